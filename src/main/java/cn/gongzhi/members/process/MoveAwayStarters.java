package cn.gongzhi.members.process;

import cn.gongzhi.identity.CommunityStartRule;
import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.Starter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may record a member's moving away, and for which communities: the members of a community's own Party
 * organisation, for that community's active members. One rule serves the command guard (who may start) and the record
 * step (whose members she is offered), so the two never disagree.
 */
@Component
class MoveAwayStarters {

    private final CommunityStartRule rule;

    MoveAwayStarters(RegistryService registry) {
        this.rule = CommunityStartRule.members(registry, "办理党员迁出", code -> List.of(GroupIds.partyBranch(code)));
    }

    CommunityStartRule rule() {
        return rule;
    }

    /** The communities whose Party organisation this starter belongs to, in the registry's order. */
    List<CommunityRef> of(Starter starter) {
        return rule.communitiesOf(starter);
    }
}
