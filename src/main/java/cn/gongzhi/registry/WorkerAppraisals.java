package cn.gongzhi.registry;

import cn.gongzhi.registry.WorkerRecords.TrainingYear;
import cn.gongzhi.registry.domain.Committee;
import cn.gongzhi.registry.domain.CommitteeMember;
import cn.gongzhi.registry.domain.CommitteeMemberRepository;
import cn.gongzhi.registry.domain.CommitteeRepository;
import cn.gongzhi.registry.domain.Community;
import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import cn.gongzhi.registry.domain.GradeChange;
import cn.gongzhi.registry.domain.GradeChangeRepository;
import cn.gongzhi.registry.domain.StreetRepository;
import cn.gongzhi.shared.RecordNotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the yearly appraisal (the workforce module's AnnualAppraisalProcess) reads of the registry, and only that: the
 * workers of a street, who proposes and who decides a worker's appraisal ({@link WorkerAccess}: the head of her own
 * community proposes, the office of her street decides, nobody herself), her training for a year and when her grade
 * last changed. The appraisal itself and the grade change it allows are written through {@link WorkerChanges}.
 */
@Service
@Transactional(readOnly = true)
public class WorkerAppraisals {

    /** A worker as the appraisal names her: her id, login, name, community, post and grade now. */
    public record Appraisee(long id, String username, String name, String communityCode, String streetCode,
            WorkerPost post, int grade) {}

    private final CommunityWorkerRepository workers;
    private final CommunityRepository communities;
    private final StreetRepository streets;
    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final GradeChangeRepository grades;
    private final WorkerAccess access;
    private final WorkerRecords records;

    WorkerAppraisals(CommunityWorkerRepository workers, CommunityRepository communities, StreetRepository streets,
            CommitteeRepository committees, CommitteeMemberRepository members, GradeChangeRepository grades,
            WorkerAccess access, WorkerRecords records) {
        this.workers = workers;
        this.communities = communities;
        this.streets = streets;
        this.committees = committees;
        this.members = members;
        this.grades = grades;
        this.access = access;
        this.records = records;
    }

    /** The workers of the street's communities, by id. */
    public List<Appraisee> ofStreet(String streetCode) {
        Long streetId = streets.findByCode(streetCode).map(s -> s.getId()).orElse(null);
        if (streetId == null) {
            return List.of();
        }
        List<Long> ids = communities.findByStreetIdOrderById(streetId).stream().map(Community::getId).toList();
        return workers.findByCommunityIdIn(ids).stream().sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                .map(this::view).toList();
    }

    public Appraisee worker(long workerId) {
        return view(workers.findById(workerId).orElseThrow(() -> new RecordNotFoundException("社区工作者", workerId)));
    }

    /** The logins that sit in the office (Party working committee, 街道党工委) of the street, in seat order. */
    public List<String> streetOffice(String streetCode) {
        Long streetId = streets.findByCode(streetCode).map(s -> s.getId()).orElse(null);
        if (streetId == null) {
            return List.of();
        }
        List<Long> ids = committees.findByStreetIdOrderById(streetId).stream()
                .filter(c -> c.getKind() == CommitteeKind.STREET_PARTY_WORKING_COMMITTEE).map(Committee::getId)
                .toList();
        return members.findByCommitteeIdIn(ids).stream().map(CommitteeMember::getUsername).filter(Objects::nonNull)
                .distinct().toList();
    }

    /** The heads of the worker's own community who may propose her appraisal: never she herself. */
    public List<String> proposers(long workerId) {
        CommunityWorker worker = workers.findById(workerId).orElseThrow();
        return workers.findByCommunityIdOrderById(worker.getCommunityId()).stream()
                .map(CommunityWorker::getUsername).filter(u -> access.mayPropose(u, worker)).toList();
    }

    public boolean mayPropose(String username, long workerId) {
        return workers.findById(workerId).filter(w -> access.mayPropose(username, w)).isPresent();
    }

    public boolean mayAppraise(String username, long workerId) {
        return workers.findById(workerId).filter(w -> access.mayAppraise(username, w)).isPresent();
    }

    /** The worker's training in a calendar year: hours required (her plan's, else the setting's) and credited. */
    public TrainingYear training(long workerId, int year) {
        return records.training(workerId, year);
    }

    /** The day her grade last changed, if her history has a line. */
    public Optional<LocalDate> gradeSince(long workerId) {
        List<GradeChange> history = grades.findByWorkerIdOrderByEffectiveOnAscIdAsc(workerId);
        return history.isEmpty() ? Optional.empty()
                : Optional.of(history.get(history.size() - 1).getEffectiveOn());
    }

    private Appraisee view(CommunityWorker w) {
        Community community = communities.findById(w.getCommunityId()).orElseThrow();
        String street = streets.findById(community.getStreetId()).map(s -> s.getCode()).orElse(null);
        return new Appraisee(w.getId(), w.getUsername(), w.getName(), community.getCode(), street, w.getPost(),
                w.getGrade());
    }
}
