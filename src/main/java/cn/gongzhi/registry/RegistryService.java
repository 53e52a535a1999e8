package cn.gongzhi.registry;

import cn.gongzhi.registry.RegistryDirectory.Seat;
import cn.gongzhi.registry.RegistryDirectory.StaffSeat;
import cn.gongzhi.registry.RegistryDirectory.Unit;
import cn.gongzhi.registry.domain.AccessListItemRepository;
import cn.gongzhi.registry.domain.Committee;
import cn.gongzhi.registry.domain.CommitteeMember;
import cn.gongzhi.registry.domain.CommitteeMemberRepository;
import cn.gongzhi.registry.domain.CommitteeRepository;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import cn.gongzhi.registry.domain.Department;
import cn.gongzhi.registry.domain.DepartmentRepository;
import cn.gongzhi.registry.domain.GridRepository;
import cn.gongzhi.registry.domain.PartyMemberRepository;
import cn.gongzhi.registry.domain.Seats;
import cn.gongzhi.registry.domain.Street;
import cn.gongzhi.registry.domain.StreetRepository;
import cn.gongzhi.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's public API: what other modules may ask of committees, members, workers and departments. */
@Service
@Transactional(readOnly = true)
public class RegistryService {

    /** A community as other modules see it. */
    public record CommunityRef(String code, String name, CommunityType type, String streetCode) {}

    /** A grid and the login of its grid worker, if it has one. */
    public record GridRef(String code, String name, String communityCode, String gridWorkerUsername) {}

    /** A community worker's assignment-relevant facts. */
    public record WorkerRef(String username, String name, String communityCode, WorkerPost post,
            Qualification qualification, int openCaseload, int caseloadLimit) {

        public boolean hasCapacity() {
            return openCaseload < caseloadLimit;
        }
    }

    /** The community's access-list entry for a category of matter. */
    public record AccessEntry(String code, String name, AccessListKind kind, String departmentCode,
            String approvalReference) {}

    /**
     * Who is due to attend a meeting, drawn from the registry at the moment the meeting is opened.
     *
     * @param members the persons due, where the registry lists them (committee members, Party members); empty for an
     *              assembly of all adult residents, which the registry only counts
     * @param count how many are due
     * @param households households of the community (a villagers' assembly may meet by household representatives)
     */
    public record AttendanceRoll(List<RollMember> members, int count, int households) {

        /** The names of the persons due, in the roll's order. */
        public List<String> names() {
            return members.stream().map(RollMember::name).toList();
        }
    }

    /**
     * One person on a meeting roll: {@code id} names her registry record ({@code m12}: her first seat on one of the
     * bodies that meet; {@code p7}: her Party membership), stable while the registry stands, never shown to staff.
     */
    public record RollMember(String id, String name) {}

    /** A department as other modules see it. */
    public record DepartmentRef(String code, String name, String streetCode) {}

    private final StreetRepository streets;
    private final CommunityRepository communities;
    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final CommunityWorkerRepository workers;
    private final GridRepository grids;
    private final DepartmentRepository departments;
    private final AccessListItemRepository accessList;
    private final PartyMemberRepository partyMembers;
    private final Seats seats;
    private final Clock clock;
    private final RegistryLookups lookups;

    RegistryService(StreetRepository streets, CommunityRepository communities, CommitteeRepository committees,
            CommitteeMemberRepository members, CommunityWorkerRepository workers, GridRepository grids,
            DepartmentRepository departments, AccessListItemRepository accessList, PartyMemberRepository partyMembers,
            Seats seats, Clock clock, RegistryLookups lookups) {
        this.streets = streets;
        this.communities = communities;
        this.committees = committees;
        this.members = members;
        this.workers = workers;
        this.grids = grids;
        this.departments = departments;
        this.accessList = accessList;
        this.partyMembers = partyMembers;
        this.seats = seats;
        this.clock = clock;
        this.lookups = lookups;
    }

    /** Everyone with a login and the units they work for, for deriving users and groups. */
    public RegistryDirectory directory() {
        Map<Long, String> streetCodes = streets.findAll().stream()
                .collect(Collectors.toMap(Street::getId, Street::getCode));
        List<Community> allCommunities = communities.findAll(Sort.by("id"));
        Map<Long, String> communityCodes = allCommunities.stream()
                .collect(Collectors.toMap(Community::getId, Community::getCode));
        List<Department> allDepartments = departments.findAll(Sort.by("id"));

        List<StaffSeat> seated = new ArrayList<>();
        List<Committee> allCommittees = committees.findAll(Sort.by("id"));
        Map<Long, Committee> byId = allCommittees.stream().collect(Collectors.toMap(Committee::getId, c -> c));
        for (CommitteeMember member : members.findAll(Sort.by("id"))) {
            Committee committee = byId.get(member.getCommitteeId());
            if (member.getUsername() == null || committee == null) {
                continue;
            }
            String unit = committee.getKind().isStreetLevel() ? streetCodes.get(committee.getStreetId())
                    : communityCodes.get(committee.getCommunityId());
            seated.add(new StaffSeat(member.getUsername(), member.getPersonName(), seatOf(committee.getKind()), unit));
        }
        Set<Long> gridWorkerIds = grids.findAll().stream().map(g -> g.getGridWorkerId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (CommunityWorker worker : workers.findAll(Sort.by("id"))) {
            String unit = communityCodes.get(worker.getCommunityId());
            seated.add(new StaffSeat(worker.getUsername(), worker.getName(), Seat.COMMUNITY_WORKER, unit));
            if (gridWorkerIds.contains(worker.getId())) {
                seated.add(new StaffSeat(worker.getUsername(), worker.getName(), Seat.GRID_WORKER, unit));
            }
            if (worker.getPost() == WorkerPost.HEAD) {
                seated.add(new StaffSeat(worker.getUsername(), worker.getName(), Seat.COMMUNITY_HEAD, unit));
            }
        }
        for (Department department : allDepartments) {
            if (department.getLiaisonUsername() != null) {
                seated.add(new StaffSeat(department.getLiaisonUsername(), department.getName() + "联络员",
                        Seat.DEPARTMENT_LIAISON, department.getCode()));
            }
        }
        return new RegistryDirectory(
                streets.findAll(Sort.by("id")).stream().map(s -> new Unit(s.getCode(), s.getName(), null)).toList(),
                allCommunities.stream()
                        .map(c -> new Unit(c.getCode(), c.getName(), streetCodes.get(c.getStreetId()))).toList(),
                allDepartments.stream()
                        .map(d -> new Unit(d.getCode(), d.getName(), streetCodes.get(d.getStreetId()))).toList(),
                seated);
    }

    /** Whether one person holds both chairs in the community (一肩挑), so that proposal and deliberation may merge. */
    public boolean isOneShoulder(String communityCode) {
        Community community = communities.findByCode(communityCode)
                .orElseThrow(() -> new RecordNotFoundException("社区", communityCode));
        return !seats.oneShoulderHolders(community.getId()).isEmpty();
    }

    /**
     * Who is due to attend a meeting of the given body in the community, as the registry stands now. Where the
     * registry holds more than one committee of a kind (an outgoing and a new term), the one whose term includes today
     * counts, the most recent first.
     */
    public AttendanceRoll attendanceRoll(String communityCode, AssemblyBody body) {
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

    /** The code of the street a community belongs to, if the community exists. */
    public Optional<String> streetOf(String communityCode) {
        return community(communityCode).map(CommunityRef::streetCode);
    }

    /** The community with this code (cached, see {@link RegistryLookups}). */
    public Optional<CommunityRef> community(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(lookups.community(code));
    }

    public List<CommunityRef> communities() {
        return communities.findAll(Sort.by("id")).stream().map(this::ref).toList();
    }

    public Optional<GridRef> grid(String code) {
        return grids.findByCode(code).map(g -> new GridRef(g.getCode(), g.getName(),
                communities.findById(g.getCommunityId()).map(Community::getCode).orElseThrow(),
                g.getGridWorkerId() == null ? null
                        : workers.findById(g.getGridWorkerId()).map(CommunityWorker::getUsername).orElse(null)));
    }

    public List<GridRef> grids(String communityCode) {
        return communities.findByCode(communityCode)
                .map(c -> grids.findByCommunityIdOrderById(c.getId()).stream()
                        .map(g -> grid(g.getCode()).orElseThrow()).toList())
                .orElse(List.of());
    }

    public Optional<WorkerRef> worker(String username) {
        return workers.findByUsername(username).map(this::ref);
    }

    public List<WorkerRef> workers(String communityCode) {
        return communities.findByCode(communityCode)
                .map(c -> workers.findByCommunityIdOrderById(c.getId()).stream().map(this::ref).toList())
                .orElse(List.of());
    }

    /** Changes a worker's open caseload by {@code delta} (never below zero): petitions assigned and closed. */
    @Transactional
    public void adjustCaseload(String username, int delta) {
        workers.findByUsername(username)
                .ifPresent(w -> w.setOpenCaseload(Math.max(0, w.getOpenCaseload() + delta)));
    }

    /** The community's access-list entry for a category, if the list names it. */
    public Optional<AccessEntry> accessEntry(String communityCode, String categoryCode) {
        return communities.findByCode(communityCode)
                .flatMap(c -> accessList.findByCommunityIdOrderById(c.getId()).stream()
                        .filter(i -> i.getCategoryCode().equals(categoryCode)).findFirst())
                .map(i -> new AccessEntry(i.getCode(), i.getName(), i.getKind(),
                        i.getDepartmentId() == null ? null
                                : departments.findById(i.getDepartmentId()).map(Department::getCode).orElse(null),
                        i.getApprovalReference()));
    }

    /**
     * Departments whose duties include the category; those of the given street first, then district-wide ones.
     */
    public List<DepartmentRef> departmentsWithDuty(String categoryCode, String streetCode) {
        return lookups.departmentDuties().stream()
                .filter(d -> d.duties().contains(categoryCode))
                .map(RegistryLookups.DepartmentDuties::department)
                .filter(d -> d.streetCode() == null || d.streetCode().equals(streetCode))
                .sorted(java.util.Comparator.comparing(d -> d.streetCode() == null ? 1 : 0))
                .toList();
    }

    public Optional<DepartmentRef> department(String code) {
        return departments.findByCode(code).map(d -> new DepartmentRef(d.getCode(), d.getName(),
                d.getStreetId() == null ? null : streets.findById(d.getStreetId()).map(Street::getCode).orElse(null)));
    }

    private CommunityRef ref(Community c) {
        return lookups.ref(c);
    }

    private WorkerRef ref(CommunityWorker w) {
        return new WorkerRef(w.getUsername(), w.getName(),
                communities.findById(w.getCommunityId()).map(Community::getCode).orElse(null), w.getPost(),
                w.getQualification(), w.getOpenCaseload(), w.getCaseloadLimit());
    }

    private static Seat seatOf(CommitteeKind kind) {
        return switch (kind) {
            case PARTY_BRANCH, PARTY_COMMITTEE -> Seat.PARTY_ORGANISATION;
            case RESIDENTS_COMMITTEE, VILLAGERS_COMMITTEE -> Seat.SELF_GOVERNING_COMMITTEE;
            case RESIDENT_REPRESENTATIVE_ASSEMBLY, VILLAGER_REPRESENTATIVE_ASSEMBLY -> Seat.REPRESENTATIVE_ASSEMBLY;
            case AFFAIRS_SUPERVISION_COMMITTEE -> Seat.SUPERVISION_COMMITTEE;
            case STREET_PARTY_WORKING_COMMITTEE -> Seat.STREET_PARTY_WORKING_COMMITTEE;
            case JOINT_MEETING -> Seat.JOINT_MEETING;
        };
    }
}
