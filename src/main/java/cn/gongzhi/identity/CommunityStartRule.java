package cn.gongzhi.identity;

import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.ProcessContract.StartRule;
import cn.gongzhi.shared.process.Starter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * "Started only by these people of the community the instance is for": the start form's {@code communityCode} names
 * the community, and the starter must belong to one of the groups this rule derives for it (or to a group that may
 * start for any community, such as the hotline). The same derivation decides which groups hold CREATE_INSTANCE on the
 * definition, so Camunda's authorizations and this check can never disagree.
 */
public final class CommunityStartRule implements StartRule {

    private final RegistryService registry;
    private final String action;
    private final Function<String, List<String>> groupsOfCommunity;
    private final CommunityType onlyType;
    private final List<String> anyCommunity;
    private final boolean administrators;

    private CommunityStartRule(RegistryService registry, String action, Function<String, List<String>> groups,
            CommunityType onlyType, List<String> anyCommunity, boolean administrators) {
        this.registry = registry;
        this.action = action;
        this.groupsOfCommunity = groups;
        this.onlyType = onlyType;
        this.anyCommunity = anyCommunity;
        this.administrators = administrators;
    }

    /**
     * Members of these groups of the named community may start ({@code action} says what, in the refusal).
     *
     * @param groups the groups of one community, from its code, e.g. {@code c -> List.of(GroupIds.partyBranch(c))}
     */
    public static CommunityStartRule members(RegistryService registry, String action,
            Function<String, List<String>> groups) {
        return new CommunityStartRule(registry, action, groups, null, List.of(), false);
    }

    /** The process is for communities of this type only (a village deliberation for villages). */
    public CommunityStartRule of(CommunityType type) {
        return new CommunityStartRule(registry, action, groupsOfCommunity, type, anyCommunity, administrators);
    }

    /** Members of these groups may start it for any community. */
    public CommunityStartRule orForAnyCommunity(String... groups) {
        return new CommunityStartRule(registry, action, groupsOfCommunity, onlyType, List.of(groups), administrators);
    }

    /** Camunda's administrators may start it for any community too. */
    public CommunityStartRule orAdministrators() {
        return new CommunityStartRule(registry, action, groupsOfCommunity, onlyType, anyCommunity, true);
    }

    @Override
    public Optional<String> refusal(Starter starter, Map<String, Object> variables) {
        if (administrators && starter.isAdmin() || anyCommunity.stream().anyMatch(starter::isIn)) {
            return Optional.empty();
        }
        Object value = variables.get(CommonVariables.COMMUNITY_CODE.name());
        String code = value == null ? "" : value.toString().trim();
        Optional<CommunityRef> community = code.isEmpty() ? Optional.empty() : registry.community(code);
        if (community.isEmpty()) {
            // the register step names the missing or unknown community (400); here only whether she may start at all
            return starterGroups().stream().anyMatch(starter::isIn) ? Optional.empty()
                    : Optional.of(starter.userId() + " 无权" + action);
        }
        if (groupsOfCommunity.apply(community.get().code()).stream().anyMatch(starter::isIn)) {
            return Optional.empty();
        }
        return Optional.of("只有" + community.get().name() + "的" + who() + "可以为" + community.get().name() + action
                + "，" + starter.userId() + " 不是");
    }

    /**
     * The communities this starter may start the process for as one of their own people, in the registry's order:
     * the choices a start form or a first step offers her by name. Empty for a starter who may start it for any
     * community (the hotline, an administrator) and holds no community's group.
     */
    public List<CommunityRef> communitiesOf(Starter starter) {
        List<CommunityRef> own = new ArrayList<>();
        for (CommunityRef community : registry.communities()) {
            if ((onlyType == null || community.type() == onlyType)
                    && groupsOfCommunity.apply(community.code()).stream().anyMatch(starter::isIn)) {
                own.add(community);
            }
        }
        return own;
    }

    /** Whether this starter may start the process for any community (the hotline, an administrator). */
    public boolean anyCommunity(Starter starter) {
        return administrators && starter.isAdmin() || anyCommunity.stream().anyMatch(starter::isIn);
    }

    @Override
    public Set<String> starterGroups() {
        Set<String> groups = new LinkedHashSet<>(anyCommunity);
        for (CommunityRef community : registry.communities()) {
            if (onlyType == null || community.type() == onlyType) {
                groups.addAll(groupsOfCommunity.apply(community.code()));
            }
        }
        return groups;
    }

    private String who() {
        List<String> kinds = new ArrayList<>(new LinkedHashSet<>(
                groupsOfCommunity.apply("").stream().map(CommunityStartRule::label).toList()));
        if (kinds.size() == 1) {
            return kinds.get(0);
        }
        return String.join("、", kinds.subList(0, kinds.size() - 1)) + "或" + kinds.get(kinds.size() - 1);
    }

    private static String label(String groupPrefix) {
        if (groupPrefix.equals(GroupIds.partyBranch(""))) {
            return "党组织成员";
        }
        if (groupPrefix.equals(GroupIds.committee(""))) {
            return "居（村）民委员会成员";
        }
        if (groupPrefix.equals(GroupIds.workers("")) || groupPrefix.equals(GroupIds.communitySupervisors(""))) {
            return "社区工作者";
        }
        if (groupPrefix.equals(GroupIds.supervisionCommittee(""))) {
            return "监督委员会成员";
        }
        return groupPrefix;
    }
}
