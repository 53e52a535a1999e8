package cn.gongzhi.workforce.process;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.QualificationRecords;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.ProcessContract.StartRule;
import cn.gongzhi.shared.process.Starter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may record a qualification: a community worker, for herself (the start form names no one: the submission is
 * the starter's), checked against the registry's worker records, not only the groups. The groups (each community's
 * workers and heads) decide which logins Tasklist offers the process to.
 */
@Component
class QualificationStarters implements StartRule {

    private final QualificationRecords records;
    private final RegistryService registry;

    QualificationStarters(QualificationRecords records, RegistryService registry) {
        this.records = records;
        this.registry = registry;
    }

    @Override
    public Optional<String> refusal(Starter starter, Map<String, Object> variables) {
        if (records.holder(starter.userId()).isEmpty()) {
            return Optional.of(starter.userId() + " 不是登记在册的社区工作者，不能登记职业资格：职业资格由工作者本人登记");
        }
        return Optional.empty();
    }

    @Override
    public Set<String> starterGroups() {
        Set<String> groups = new LinkedHashSet<>();
        for (CommunityRef community : registry.communities()) {
            groups.add(GroupIds.workers(community.code()));
            groups.add(GroupIds.communitySupervisors(community.code()));
        }
        return groups;
    }
}
