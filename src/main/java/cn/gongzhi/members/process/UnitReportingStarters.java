package cn.gongzhi.members.process;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.UnitReportingAgreements;
import cn.gongzhi.shared.process.ProcessContract.StartRule;
import cn.gongzhi.shared.process.Starter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who may start a unit reporting: the contact of a work unit's Party organisation, as the registry records her. */
@Component
class UnitReportingStarters implements StartRule {

    private final UnitReportingAgreements agreements;

    UnitReportingStarters(UnitReportingAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public Optional<String> refusal(Starter starter, Map<String, Object> variables) {
        if (agreements.orgOf(starter.userId()).isEmpty()) {
            return Optional.of(starter.userId() + " 不是单位党组织联系人，不能办理单位报到");
        }
        return Optional.empty();
    }

    @Override
    public Set<String> starterGroups() {
        return Set.of(GroupIds.WORK_UNIT_CONTACTS);
    }
}
