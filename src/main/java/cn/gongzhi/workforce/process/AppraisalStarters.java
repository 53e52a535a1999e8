package cn.gongzhi.workforce.process;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.RegistryDirectory.Unit;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.WorkerAppraisals;
import cn.gongzhi.shared.process.ProcessContract.StartRule;
import cn.gongzhi.shared.process.Starter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may start an appraisal by hand, and for which streets: a member of a street's office (街道党工委), for her own
 * street, as the registry seats her. One rule serves the command guard (who may start at all) and the choice of street.
 */
@Component
class AppraisalStarters implements StartRule {

    private final RegistryService registry;
    private final WorkerAppraisals workers;

    AppraisalStarters(RegistryService registry, WorkerAppraisals workers) {
        this.registry = registry;
        this.workers = workers;
    }

    @Override
    public Optional<String> refusal(Starter starter, Map<String, Object> variables) {
        return streetsOf(starter.userId()).isEmpty()
                ? Optional.of(starter.userId() + " 不是街道党工委成员，不能发起社区工作者年度考核") : Optional.empty();
    }

    @Override
    public Set<String> starterGroups() {
        Set<String> groups = new LinkedHashSet<>();
        registry.directory().streets().forEach(s -> groups.add(GroupIds.streetParty(s.code())));
        return groups;
    }

    /** The streets whose office seats this login, in the registry's order. */
    List<Unit> streetsOf(String username) {
        return registry.directory().streets().stream().filter(s -> workers.streetOffice(s.code()).contains(username))
                .toList();
    }
}
