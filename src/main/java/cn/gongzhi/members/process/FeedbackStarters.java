package cn.gongzhi.members.process;

import cn.gongzhi.identity.CommunityStartRule;
import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.Starter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may start an annual feedback by hand, and for which communities' units: a member of a community's Party
 * organisation, for the units whose members report or serve in her community. The street's Party working committee is
 * not among them: the street starts nothing by hand (identity's grants, docs/identity.md); it asks the branch. One rule
 * serves the command guard (who may start) and the choice of unit (whose units she is offered).
 */
@Component
class FeedbackStarters {

    private final CommunityStartRule rule;

    FeedbackStarters(RegistryService registry) {
        this.rule = CommunityStartRule.members(registry, "发起年度双向反馈", code -> List.of(GroupIds.partyBranch(code)));
    }

    CommunityStartRule rule() {
        return rule;
    }

    /** The communities this starter answers for, in the registry's order. */
    List<CommunityRef> of(Starter starter) {
        return rule.communitiesOf(starter);
    }
}
