package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.Grid;
import cn.gongzhi.registry.domain.GridRepository;
import cn.gongzhi.registry.domain.PartyMember;
import cn.gongzhi.registry.domain.PartyMemberRepository;
import cn.gongzhi.registry.domain.ResponsibilityAreaRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Party members who serve in a community: those whose reporting the community Party organisation confirmed
 * ({@link ReportingStatus#ACTIVE}) and who have a login. Community service (members module) offers its items to them
 * and checks every claim against this, so one definition of "may serve here" holds for both.
 */
@Service
@Transactional(readOnly = true)
public class ActiveMembers {

    /** A serving member by name, with her login; no phone, no ID number. */
    public record ActiveMember(long memberId, String name, String username) {}

    /** An active member with a login who holds a responsibility area of a grid: the grid's and the area's names. */
    public record AreaHolder(long memberId, String name, String username, String gridName, String buildings) {}

    /**
     * A community's in-service members as they stand now: {@code inService} registered there (living there),
     * {@code reported} of those with an open reporting there (reported or active), {@code active} of those confirmed.
     */
    public record ReportingCounts(int inService, int reported, int active) {

        public static final ReportingCounts NONE = new ReportingCounts(0, 0, 0);

        public ReportingCounts plus(ReportingCounts other) {
            return new ReportingCounts(inService + other.inService, reported + other.reported, active + other.active);
        }
    }

    private final PartyMemberRepository members;
    private final CommunityRepository communities;
    private final GridRepository grids;
    private final ResponsibilityAreaRepository areas;

    ActiveMembers(PartyMemberRepository members, CommunityRepository communities, GridRepository grids,
            ResponsibilityAreaRepository areas) {
        this.members = members;
        this.communities = communities;
        this.grids = grids;
        this.areas = areas;
    }

    /** The community's active members with a login, in the registry's order: those who may claim a service. */
    public List<ActiveMember> of(String communityCode) {
        return confirmed(communityCode).stream().filter(m -> m.username() != null).toList();
    }

    /**
     * Every member whose reporting the community confirmed ({@link ReportingStatus#ACTIVE}), with a login or not (a
     * unit's contact may have reported her), in the registry's order: the one definition of "active here".
     */
    public List<ActiveMember> confirmed(String communityCode) {
        return communities.findByCode(communityCode == null ? "" : communityCode)
                .map(c -> members.findByRegisteredCommunityIdOrderById(c.getId()).stream()
                        .filter(m -> m.getReportingStatus() == ReportingStatus.ACTIVE).map(ActiveMembers::view)
                        .toList())
                .orElse(List.of());
    }

    /** The community's reporting counts now (the supervision dashboard's 党员作用); zeros for an unknown community. */
    public ReportingCounts counts(String communityCode) {
        return communities.findByCode(communityCode).map(c -> {
            List<PartyMember> living = members.findByRegisteredCommunityIdOrderById(c.getId()).stream()
                    .filter(PartyMember::isInService).toList();
            int reported = (int) living.stream()
                    .filter(m -> m.getReportingStatus() != null && m.getReportingStatus().isOpen()).count();
            int active = (int) living.stream().filter(m -> m.getReportingStatus() == ReportingStatus.ACTIVE).count();
            return new ReportingCounts(living.size(), reported, active);
        }).orElse(ReportingCounts.NONE);
    }

    /**
     * The holders of the grid's responsibility areas who serve in its community now: active there (confirmed, not
     * moved away) and with a login, in the areas' order. Empty for a grid of another community or none.
     */
    public List<AreaHolder> areaHolders(String communityCode, String gridCode) {
        Optional<Grid> grid = gridCode == null ? Optional.empty() : grids.findByCode(gridCode);
        Optional<Long> community = communities.findByCode(communityCode == null ? "" : communityCode)
                .map(c -> c.getId());
        if (grid.isEmpty() || community.isEmpty() || !community.get().equals(grid.get().getCommunityId())) {
            return List.of();
        }
        List<ActiveMember> serving = of(communityCode);
        return areas.findByCommunityIdOrderById(community.get()).stream()
                .filter(a -> grid.get().getId().equals(a.getGridId()) && a.getHolderMemberId() != null)
                .flatMap(a -> serving.stream().filter(m -> m.memberId() == a.getHolderMemberId())
                        .map(m -> new AreaHolder(m.memberId(), m.name(), m.username(), grid.get().getName(),
                                a.getBuildings())))
                .toList();
    }

    /** This login's record, when she is an active member of this community. */
    public Optional<ActiveMember> byLogin(String username, String communityCode) {
        if (username == null) {
            return Optional.empty();
        }
        return of(communityCode).stream().filter(m -> username.equals(m.username())).findFirst();
    }

    /** A member's name, whatever her status (the forms name who claimed). */
    public Optional<String> name(long memberId) {
        return members.findById(memberId).map(PartyMember::getName);
    }


    private static ActiveMember view(PartyMember member) {
        return new ActiveMember(member.getId(), member.getName(), member.getUsername());
    }
}
