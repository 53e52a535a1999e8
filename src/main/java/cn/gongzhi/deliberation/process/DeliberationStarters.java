package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.identity.CommunityStartRule;
import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.Starter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may start a deliberation, and for which village or community: a village deliberation is proposed by that
 * village's Party branch or villagers' committee, a residents' consultation raised by that community's residents'
 * committee or Party organisation. The same rules guard the start ({@link DeliberationContractConfiguration}) and
 * tell the register step the starter's own villages (communities), by name, so no form asks for a code.
 */
@Component
class DeliberationStarters {

    private final CommunityStartRule village;
    private final CommunityStartRule urban;

    DeliberationStarters(RegistryService registry) {
        this.village = village(registry);
        this.urban = urban(registry);
    }

    private static CommunityStartRule village(RegistryService registry) {
        return CommunityStartRule.members(registry, "发起“四议两公开”",
                code -> List.of(GroupIds.partyBranch(code), GroupIds.committee(code))).of(CommunityType.RURAL);
    }

    private static CommunityStartRule urban(RegistryService registry) {
        return CommunityStartRule.members(registry, "发起居民协商议事",
                code -> List.of(GroupIds.committee(code), GroupIds.partyBranch(code))).of(CommunityType.URBAN);
    }

    /** The rule that guards the start of a deliberation of this kind. */
    CommunityStartRule rule(DeliberationKind kind) {
        return kind == DeliberationKind.VILLAGE ? village : urban;
    }

    /** The villages (communities) this starter may start a deliberation of this kind for, as one of their people. */
    List<CommunityRef> communitiesOf(DeliberationKind kind, Starter starter) {
        return rule(kind).communitiesOf(starter);
    }
}
