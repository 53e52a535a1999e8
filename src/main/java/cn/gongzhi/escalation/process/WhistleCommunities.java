package cn.gongzhi.escalation.process;

import cn.gongzhi.identity.CommunityStartRule;
import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.Starter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may blow the whistle by hand, and for which communities: the members of a community's own Party organisation,
 * for that community. One rule serves the command guard (who may start) and the first steps (which communities a
 * starter is offered), so the two never disagree.
 */
@Component
class WhistleCommunities {

    private final CommunityStartRule rule;

    WhistleCommunities(RegistryService registry) {
        this.rule = CommunityStartRule.members(registry, "吹哨", code -> List.of(GroupIds.partyBranch(code)));
    }

    CommunityStartRule rule() {
        return rule;
    }

    /** The communities this starter's Party organisations belong to, in the registry's order. */
    List<CommunityRef> of(Starter starter) {
        return rule.communitiesOf(starter);
    }
}
