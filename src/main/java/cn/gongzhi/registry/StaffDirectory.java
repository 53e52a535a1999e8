package cn.gongzhi.registry;

import cn.gongzhi.registry.RegistryDirectory.Seat;
import cn.gongzhi.registry.RegistryDirectory.StaffSeat;
import cn.gongzhi.registry.RegistryDirectory.Unit;
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
import cn.gongzhi.registry.domain.PartyMember;
import cn.gongzhi.registry.domain.PartyMemberRepository;
import cn.gongzhi.registry.domain.WorkUnitPartyOrg;
import cn.gongzhi.registry.domain.WorkUnitPartyOrgRepository;
import cn.gongzhi.registry.domain.Street;
import cn.gongzhi.registry.domain.StreetRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone with a login and the units they work for, read from the registry as it stands: committee members by their
 * committee's seat, community workers (and grid workers, community heads), department liaisons, Party members with a
 * login who serve elsewhere (in-service, 在职党员: they report to their community) and the contacts of work units'
 * Party organisations. Identity derives
 * Camunda's users and groups from it ({@link RegistryService#directory}).
 */
@Component
@Transactional(readOnly = true)
class StaffDirectory {

    private final StreetRepository streets;
    private final CommunityRepository communities;
    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final CommunityWorkerRepository workers;
    private final GridRepository grids;
    private final DepartmentRepository departments;
    private final PartyMemberRepository partyMembers;
    private final WorkUnitPartyOrgRepository orgs;

    StaffDirectory(StreetRepository streets, CommunityRepository communities, CommitteeRepository committees,
            CommitteeMemberRepository members, CommunityWorkerRepository workers, GridRepository grids,
            DepartmentRepository departments, PartyMemberRepository partyMembers, WorkUnitPartyOrgRepository orgs) {
        this.partyMembers = partyMembers;
        this.orgs = orgs;
        this.streets = streets;
        this.communities = communities;
        this.committees = committees;
        this.members = members;
        this.workers = workers;
        this.grids = grids;
        this.departments = departments;
    }

    /** Everyone with a login and the units they work for, for deriving users and groups. */
    RegistryDirectory directory() {
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
        for (PartyMember member : partyMembers.findAll(Sort.by("id"))) {
            if (member.getUsername() != null && member.isInService()) {
                seated.add(new StaffSeat(member.getUsername(), member.getName(), Seat.PARTY_MEMBER,
                        communityCodes.get(member.getRegisteredCommunityId())));
            }
        }
        for (WorkUnitPartyOrg org : orgs.findAll(Sort.by("id"))) {
            if (org.getContactUsername() != null) {
                seated.add(new StaffSeat(org.getContactUsername(), org.getContactName(), Seat.WORK_UNIT_CONTACT,
                        null));
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
