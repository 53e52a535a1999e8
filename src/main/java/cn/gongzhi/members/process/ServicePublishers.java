package cn.gongzhi.members.process;

import cn.gongzhi.identity.CommunityStartRule;
import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.Starter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who publishes a community service item, and for which community: the members of a community's Party organisation
 * or its residents' (villagers') committee, for that community. One rule serves the command guard and the publish
 * step, so the two never disagree.
 */
@Component
class ServicePublishers {

    private final CommunityStartRule rule;

    ServicePublishers(RegistryService registry) {
        this.rule = CommunityStartRule.members(registry, "发布社区服务",
                code -> List.of(GroupIds.partyBranch(code), GroupIds.committee(code)));
    }

    CommunityStartRule rule() {
        return rule;
    }

    List<CommunityRef> of(Starter starter) {
        return rule.communitiesOf(starter);
    }
}
