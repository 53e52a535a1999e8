package cn.gongzhi.registry;

import cn.gongzhi.registry.RegistryService.AttendanceRoll;
import cn.gongzhi.registry.RegistryService.RollMember;
import cn.gongzhi.registry.domain.Committee;
import cn.gongzhi.registry.domain.CommitteeMemberRepository;
import cn.gongzhi.registry.domain.CommitteeRepository;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.PartyMemberRepository;
import cn.gongzhi.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is due to attend a meeting of a community's body, as the registry stands now: the members of the body's current
 * committees (each person once), the Party members registered in the community, or, for an assembly of all
 * residents, the community's adult residents by count ({@link RegistryService#attendanceRoll}).
 */
@Component
@Transactional(readOnly = true)
class AttendanceRolls {

    private final CommunityRepository communities;
    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final PartyMemberRepository partyMembers;
    private final Clock clock;

    AttendanceRolls(CommunityRepository communities, CommitteeRepository committees, CommitteeMemberRepository members,
            PartyMemberRepository partyMembers, Clock clock) {
        this.communities = communities;
        this.committees = committees;
        this.members = members;
        this.partyMembers = partyMembers;
        this.clock = clock;
    }

    /**
     * Who is due to attend a meeting of the given body in the community, as the registry stands now. Where the
     * registry holds more than one committee of a kind (an outgoing and a new term), the one whose term includes today
     * counts, the most recent first.
     */
    AttendanceRoll roll(String communityCode, AssemblyBody body) {
        Community community = communities.findByCode(communityCode)
                .orElseThrow(() -> new RecordNotFoundException("社区", communityCode));
        List<Committee> bodies = committees.findByCommunityIdOrderById(community.getId());
        return switch (body) {
            case TWO_COMMITTEES_JOINT_MEETING -> roll(Stream.concat(
                    current(bodies, CommitteeKind::isPartyOrganisation).stream(),
                    current(bodies, CommitteeKind::isSelfGoverningCommittee).stream()).toList(), community);
            case VILLAGER_REPRESENTATIVE_ASSEMBLY -> roll(current(bodies,
                    k -> k == CommitteeKind.VILLAGER_REPRESENTATIVE_ASSEMBLY).stream().toList(), community);
            case RESIDENT_REPRESENTATIVE_ASSEMBLY -> roll(current(bodies,
                    k -> k == CommitteeKind.RESIDENT_REPRESENTATIVE_ASSEMBLY).stream().toList(), community);
            case PARTY_MEMBERS_ASSEMBLY -> {
                List<RollMember> due = partyMembers.findByRegisteredCommunityIdOrderById(community.getId()).stream()
                        .filter(m -> !m.isInService()).map(m -> new RollMember("p" + m.getId(), m.getName())).toList();
                yield new AttendanceRoll(due, due.size(), community.getHouseholds());
            }
            case VILLAGERS_ASSEMBLY, RESIDENTS_ASSEMBLY ->
                    new AttendanceRoll(List.of(), community.getAdultResidents(), community.getHouseholds());
        };
    }

    private Optional<Committee> current(List<Committee> bodies, java.util.function.Predicate<CommitteeKind> kind) {
        LocalDate today = LocalDate.now(clock);
        return bodies.stream().filter(c -> kind.test(c.getKind()))
                .sorted(Comparator.comparing((Committee c) -> !(c.getTermStart().isAfter(today)
                                || c.getTermEnd().isBefore(today)) ? 0 : 1)
                        .thenComparing(Committee::getTermStart, Comparator.reverseOrder()))
                .findFirst();
    }

    private AttendanceRoll roll(List<Committee> bodies, Community community) {
        Map<String, RollMember> persons = new java.util.LinkedHashMap<>();
        if (!bodies.isEmpty()) {
            members.findByCommitteeIdIn(bodies.stream().map(Committee::getId).toList())
                    .forEach(m -> persons.putIfAbsent(m.personKey(), new RollMember("m" + m.getId(), m.getPersonName())));
        }
        return new AttendanceRoll(List.copyOf(persons.values()), persons.size(), community.getHouseholds());
    }
}
