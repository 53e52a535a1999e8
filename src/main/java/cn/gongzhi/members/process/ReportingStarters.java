package cn.gongzhi.members.process;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.shared.process.ProcessContract.StartRule;
import cn.gongzhi.shared.process.Starter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may start a reporting: a Party member with a login (for herself) or the contact of a work unit's Party
 * organisation (for its members), checked against the registry's records, not only the groups. The groups decide
 * which logins Tasklist offers the process to; the records decide the rest.
 */
@Component
class ReportingStarters implements StartRule {

    private final PartyMemberReporting reporting;

    ReportingStarters(PartyMemberReporting reporting) {
        this.reporting = reporting;
    }

    @Override
    public Optional<String> refusal(Starter starter, Map<String, Object> variables) {
        if (reporting.reportableBy(starter.userId()).isEmpty()) {
            return Optional.of(starter.userId() + " 不是登记在册的党员，也不是单位党组织联系人，不能发起党员报到");
        }
        return Optional.empty();
    }

    @Override
    public Set<String> starterGroups() {
        return Set.of(GroupIds.PARTY_MEMBERS, GroupIds.WORK_UNIT_CONTACTS);
    }
}
