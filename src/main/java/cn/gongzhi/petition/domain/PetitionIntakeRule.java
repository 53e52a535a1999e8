package cn.gongzhi.petition.domain;

import cn.gongzhi.identity.CommunityStartRule;
import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.GridRef;
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

    /** Where a petition its recorder enters lies, as her registry record says. */
    public record OwnPlace(String communityCode, String gridCode) {}

    private final RegistryService registry;
    private final CommunityStartRule rule;

    PetitionIntakeRule(RegistryService registry) {
        this.registry = registry;
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

    /**
     * The community (and grid) a petition entered by this person lies in when her login decides it: she records for
     * exactly one community, and not for any (the hotline, administrators); the grid is the one she serves as its grid
     * worker, when she serves exactly one there. Empty when her first step has to ask.
     */
    public Optional<OwnPlace> ownPlace(Starter starter) {
        if (starter == null || rule.anyCommunity(starter)) {
            return Optional.empty();
        }
        List<CommunityRef> own = rule.communitiesOf(starter);
        if (own.size() != 1) {
            return Optional.empty();
        }
        String community = own.get(0).code();
        List<GridRef> served = registry.grids(community).stream()
                .filter(g -> starter.userId().equals(g.gridWorkerUsername())).toList();
        return Optional.of(new OwnPlace(community, served.size() == 1 ? served.get(0).code() : null));
    }

    /**
     * The communities this person may choose for a petition she entered, in the registry's order: every community for
     * the hotline and administrators, otherwise her own.
     */
    public List<CommunityRef> communitiesToChoose(Starter starter) {
        if (starter == null) {
            return List.of();
        }
        return rule.anyCommunity(starter) ? registry.communities() : rule.communitiesOf(starter);
    }

    @Override
    public Set<String> starterGroups() {
        return rule.starterGroups();
    }
}
