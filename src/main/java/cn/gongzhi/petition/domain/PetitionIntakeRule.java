package cn.gongzhi.petition.domain;

import cn.gongzhi.identity.CommunityStartRule;
import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract.StartRule;
import cn.gongzhi.shared.process.Starter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who records a petition for a community (首接负责: the first unit that receives it stays responsible): the community's
 * own workers and heads, its Party organisation and its residents' (villagers') committee, who all receive residents
 * at the community's desk; the 12345 hotline for any community; and administrators. The same rule for the Tasklist
 * start form and the staff API; residents file on the public page and through Open311 without a login.
 */
@Component
public class PetitionIntakeRule implements StartRule {

    private final CommunityStartRule rule;

    PetitionIntakeRule(RegistryService registry) {
        this.rule = CommunityStartRule.members(registry, "登记诉求",
                        code -> List.of(GroupIds.workers(code), GroupIds.communitySupervisors(code),
                                GroupIds.partyBranch(code), GroupIds.committee(code)))
                .orForAnyCommunity(GroupIds.HOTLINE).orAdministrators();
    }

    @Override
    public Optional<String> refusal(Starter starter, Map<String, Object> variables) {
        return rule.refusal(starter, variables);
    }

    /** Why this person may not record a petition for this community; empty when she may. */
    public Optional<String> refusal(Starter starter, String communityCode) {
        return rule.refusal(starter, communityCode == null ? Map.of() : Map.of(CommonVariables.COMMUNITY_CODE.name(), communityCode));
    }

    @Override
    public Set<String> starterGroups() {
        return rule.starterGroups();
    }
}
