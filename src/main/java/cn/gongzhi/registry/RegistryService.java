package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.AccessListItemRepository;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import cn.gongzhi.registry.domain.Department;
import cn.gongzhi.registry.domain.DepartmentRepository;
import cn.gongzhi.registry.domain.GridRepository;
import cn.gongzhi.registry.domain.Seats;
import cn.gongzhi.registry.domain.Street;
import cn.gongzhi.registry.domain.StreetRepository;
import cn.gongzhi.shared.RecordNotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /**
     * A community worker's assignment-relevant facts; {@code qualification} is the highest level among her
     * certificates valid today in China (an expired one does not count, {@link WorkerRules#isValidOn}).
     */
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
    private final CommunityWorkerRepository workers;
    private final GridRepository grids;
    private final DepartmentRepository departments;
    private final AccessListItemRepository accessList;
    private final Seats seats;
    private final RegistryLookups lookups;
    private final StaffDirectory staff;
    private final AttendanceRolls rolls;
    private final WorkerQualifications qualifications;

    RegistryService(StreetRepository streets, CommunityRepository communities, CommunityWorkerRepository workers,
            GridRepository grids, DepartmentRepository departments, AccessListItemRepository accessList, Seats seats,
            RegistryLookups lookups, StaffDirectory staff, AttendanceRolls rolls,
            WorkerQualifications qualifications) {
        this.qualifications = qualifications;
        this.streets = streets;
        this.communities = communities;
        this.workers = workers;
        this.grids = grids;
        this.departments = departments;
        this.accessList = accessList;
        this.seats = seats;
        this.lookups = lookups;
        this.staff = staff;
        this.rolls = rolls;
    }

    /** Everyone with a login and the units they work for, for deriving users and groups. */
    public RegistryDirectory directory() {
        return staff.directory();
    }

    /**
     * Who is due to attend a meeting of the given body in the community, as the registry stands now
     * ({@link AttendanceRolls}).
     */
    public AttendanceRoll attendanceRoll(String communityCode, AssemblyBody body) {
        return rolls.roll(communityCode, body);
    }

    /** Whether one person holds both chairs in the community (一肩挑), so that proposal and deliberation may merge. */
    public boolean isOneShoulder(String communityCode) {
        Community community = communities.findByCode(communityCode)
                .orElseThrow(() -> new RecordNotFoundException("社区", communityCode));
        return !seats.oneShoulderHolders(community.getId()).isEmpty();
    }

    /** The code of the street a community belongs to, if the community exists. */
    public Optional<String> streetOf(String communityCode) {
        return community(communityCode).map(CommunityRef::streetCode);
    }

    /** The community with this code (cached, see {@link RegistryLookups}). */
    public Optional<CommunityRef> community(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(lookups.community(code));
    }

    /** Every community of the district, by id: the street codes read once, not once per community. */
    public List<CommunityRef> communities() {
        Map<Long, String> streetCodes = streets.findAll().stream()
                .collect(Collectors.toMap(Street::getId, Street::getCode));
        return communities.findAll(Sort.by("id")).stream()
                .map(c -> RegistryLookups.ref(c, streetCodes.get(c.getStreetId()))).toList();
    }

    /**
     * The communities of these streets, each street's by id; an unknown street code has none. Costs the same in a
     * district of a hundred streets as in one of a single street.
     */
    public List<CommunityRef> communitiesOf(Collection<String> streetCodes) {
        List<CommunityRef> found = new ArrayList<>();
        for (String code : streetCodes) {
            streets.findByCode(code).ifPresent(street -> communities.findByStreetIdOrderById(street.getId())
                    .forEach(c -> found.add(RegistryLookups.ref(c, code))));
        }
        return found;
    }

    /** The street's name, if there is a street with this code. */
    public Optional<String> streetName(String code) {
        return code == null ? Optional.empty() : streets.findByCode(code).map(Street::getName);
    }

    /** The grid with this code (cached, see {@link RegistryLookups}). */
    public Optional<GridRef> grid(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(lookups.grid(code));
    }

    public List<GridRef> grids(String communityCode) {
        return communities.findByCode(communityCode)
                .map(c -> grids.findByCommunityIdOrderById(c.getId()).stream()
                        .map(g -> grid(g.getCode()).orElseThrow()).toList())
                .orElse(List.of());
    }

    /** The name of the community worker with this login (cached, see {@link RegistryLookups}). */
    public Optional<String> workerName(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(lookups.workerName(username));
    }

    public Optional<WorkerRef> worker(String username) {
        return workers.findByUsername(username).map(w -> ref(w, qualifications.levelToday(w.getId())));
    }

    public List<WorkerRef> workers(String communityCode) {
        List<CommunityWorker> found = communities.findByCode(communityCode)
                .map(c -> workers.findByCommunityIdOrderById(c.getId())).orElse(List.of());
        Map<Long, Qualification> levels = qualifications.levelsToday(found.stream().map(CommunityWorker::getId)
                .toList());
        return found.stream().map(w -> ref(w, levels.get(w.getId()))).toList();
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
                .sorted(Comparator.comparing(d -> d.streetCode() == null ? 1 : 0))
                .toList();
    }

    public Optional<DepartmentRef> department(String code) {
        return departments.findByCode(code).map(d -> new DepartmentRef(d.getCode(), d.getName(),
                d.getStreetId() == null ? null : streets.findById(d.getStreetId()).map(Street::getCode).orElse(null)));
    }

    private WorkerRef ref(CommunityWorker w, Qualification qualification) {
        return new WorkerRef(w.getUsername(), w.getName(),
                communities.findById(w.getCommunityId()).map(Community::getCode).orElse(null), w.getPost(),
                qualification, w.getOpenCaseload(), w.getCaseloadLimit());
    }
}
