package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.GradeChange;
import cn.gongzhi.registry.domain.GradeChangeRepository;
import cn.gongzhi.registry.domain.TrainingAttendance;
import cn.gongzhi.registry.domain.TrainingAttendanceRepository;
import cn.gongzhi.registry.domain.TrainingCourse;
import cn.gongzhi.registry.domain.TrainingCourseRepository;
import cn.gongzhi.registry.domain.TrainingPlan;
import cn.gongzhi.registry.domain.TrainingPlanCourse;
import cn.gongzhi.registry.domain.TrainingPlanCourseRepository;
import cn.gongzhi.registry.domain.TrainingPlanRepository;
import cn.gongzhi.registry.domain.WorkerAppraisal;
import cn.gongzhi.registry.domain.WorkerAppraisalRepository;
import cn.gongzhi.registry.domain.WorkerQualification;
import cn.gongzhi.registry.domain.WorkerQualificationRepository;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.RecordNotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community worker's professional record as people read it (GET /api/workers/..., docs/processes/workers.md): post,
 * grade and its history, qualifications with the certificate number masked, this year's plan and credited hours,
 * appraisal results. Who reads whose is {@link WorkerAccess}'s, checked against the records.
 */
@Service
@Transactional(readOnly = true)
public class WorkerRecords {

    /** The record of one worker. {@code qualification} is the level that counts today (valid certificates only). */
    public record WorkerRecord(long id, String username, String name, String communityCode, String communityName,
            WorkerPost post, String postLabel, int grade, int gradeMin, int gradeMax, List<GradeLine> gradeHistory,
            Qualification qualification, String qualificationLabel, List<QualificationLine> qualifications,
            TrainingYear training, List<AppraisalLine> appraisals) {}

    /** A change of grade; {@code fromGrade} is null on the line the record began with. */
    public record GradeLine(Integer fromGrade, int toGrade, LocalDate effectiveOn, GradeChangeReason reason,
            String reasonLabel, String changedBy) {}

    /**
     * A qualification. {@code certificateNumber} is always masked; {@code valid}: it counts today;
     * {@code renewalDue}: still valid, but its registration ends within the warning period.
     */
    public record QualificationLine(Qualification level, String levelLabel, String certificateNumber,
            LocalDate issuedOn, LocalDate validUntil, LocalDate renewedOn, boolean valid, boolean renewalDue,
            RecordSource source) {}

    /** The calendar year's training: hours required (the plan's, else the configured figure) and credited. */
    public record TrainingYear(int year, int hoursRequired, int hoursCredited, int hoursShort,
            List<CourseLine> plannedCourses, List<CreditLine> credited) {}

    public record CourseLine(long id, String title, String provider, int hours, LocalDate startsOn,
            LocalDate endsOn) {}

    /** An attendance line; {@code courseTitle} is null for hours credited without a course (MIGRATED). */
    public record CreditLine(String courseTitle, boolean attended, int hoursCredited, LocalDate creditedOn,
            String certificateReference, RecordSource source, String sourceLabel) {}

    public record AppraisalLine(int year, AppraisalResult result, String resultLabel, String proposedBy,
            String appraisedBy, Instant appraisedAt) {}

    private final WorkerAccess access;
    private final WorkerRules rules;
    private final WorkerQualifications levels;
    private final CommunityRepository communities;
    private final GradeChangeRepository grades;
    private final WorkerQualificationRepository qualifications;
    private final TrainingPlanRepository plans;
    private final TrainingPlanCourseRepository planCourses;
    private final TrainingCourseRepository courses;
    private final TrainingAttendanceRepository attendance;
    private final WorkerAppraisalRepository appraisals;

    WorkerRecords(WorkerAccess access, WorkerRules rules, WorkerQualifications levels,
            CommunityRepository communities, GradeChangeRepository grades,
            WorkerQualificationRepository qualifications, TrainingPlanRepository plans,
            TrainingPlanCourseRepository planCourses, TrainingCourseRepository courses,
            TrainingAttendanceRepository attendance, WorkerAppraisalRepository appraisals) {
        this.access = access;
        this.rules = rules;
        this.levels = levels;
        this.communities = communities;
        this.grades = grades;
        this.qualifications = qualifications;
        this.plans = plans;
        this.planCourses = planCourses;
        this.courses = courses;
        this.attendance = attendance;
        this.appraisals = appraisals;
    }

    /** What the registry's worker list shows of her records: the level that counts today, this year's hours. */
    public record Standing(Qualification qualification, int hoursCredited) {}

    /** The worker's qualification valid today and her hours credited this calendar year. */
    public Standing standing(long workerId) {
        return new Standing(levels.levelToday(workerId),
                training(workerId, levels.today().getYear()).hoursCredited());
    }

    /** The login's own record, if she is a community worker. */
    public Optional<WorkerRecord> own(String username) {
        return access.worker(username).map(this::record);
    }

    /**
     * The records of the workers the login supervises with her own: her community's if she heads it, her street's if
     * she sits in its office; empty when she supervises nobody.
     */
    public Optional<List<WorkerRecord>> supervised(String username) {
        if (!access.supervises(username)) {
            return Optional.empty();
        }
        return Optional.of(access.visibleTo(username).stream().map(this::record).toList());
    }

    /** One worker's record, if the login may read it (herself, her community's head, her street's office). */
    public Optional<WorkerRecord> one(String username, long workerId) {
        CommunityWorker worker = access.visibleTo(username).stream().filter(w -> w.getId() == workerId).findFirst()
                .orElse(null);
        if (worker == null) {
            access.exists(workerId).orElseThrow(() -> new RecordNotFoundException("社区工作者", workerId));
            return Optional.empty();
        }
        return Optional.of(record(worker));
    }

    private WorkerRecord record(CommunityWorker w) {
        LocalDate today = levels.today();
        var community = communities.findById(w.getCommunityId()).orElseThrow();
        var range = rules.gradeRange(w.getPost());
        List<GradeLine> history = grades.findByWorkerIdOrderByEffectiveOnAscIdAsc(w.getId()).stream()
                .map(WorkerRecords::line).toList();
        List<WorkerQualification> held = qualifications.findByWorkerIdOrderByIssuedOnAscIdAsc(w.getId());
        Qualification level = WorkerQualifications.best(held, today);
        List<QualificationLine> lines = held.stream().map(q -> new QualificationLine(q.getLevel(),
                q.getLevel().label(), Masking.certificateNumber(q.getCertificateNumber()), q.getIssuedOn(),
                q.getValidUntil(), q.getRenewedOn(), q.isValidOn(today),
                q.isValidOn(today) && rules.isExpiringSoon(q.getValidUntil(), today), q.getSource())).toList();
        List<AppraisalLine> results = appraisals.findByWorkerIdOrderByAppraisalYearAsc(w.getId()).stream()
                .map(a -> line(a)).toList();
        return new WorkerRecord(w.getId(), w.getUsername(), w.getName(), community.getCode(), community.getName(),
                w.getPost(), w.getPost().label(), w.getGrade(), range.min(), range.max(), history, level,
                level.label(), lines, training(w.getId(), today.getYear()), results);
    }

    /** The year's plan and credited hours of a worker. */
    TrainingYear training(long workerId, int year) {
        Optional<TrainingPlan> plan = plans.findByWorkerIdAndPlanYear(workerId, year);
        int required = plan.map(TrainingPlan::getHoursRequired).orElse(rules.trainingHoursPerYear());
        List<CourseLine> planned = plan.map(p -> planCourses.findByPlanIdOrderById(p.getId()).stream()
                .map(TrainingPlanCourse::getCourseId).map(courses::findById).flatMap(Optional::stream)
                .map(WorkerRecords::line).toList()).orElse(List.of());
        List<CreditLine> credited = attendance.findByWorkerIdAndCreditedOnBetweenOrderByCreditedOnAscIdAsc(workerId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream().map(this::line).toList();
        int hours = credited.stream().mapToInt(CreditLine::hoursCredited).sum();
        return new TrainingYear(year, required, hours, Math.max(0, required - hours), planned, credited);
    }

    private static GradeLine line(GradeChange g) {
        return new GradeLine(g.getFromGrade(), g.getToGrade(), g.getEffectiveOn(), g.getReason(),
                g.getReason().label(), g.getChangedBy());
    }

    private static CourseLine line(TrainingCourse c) {
        return new CourseLine(c.getId(), c.getTitle(), c.getProvider(), c.getHours(), c.getStartsOn(),
                c.getEndsOn());
    }

    private CreditLine line(TrainingAttendance a) {
        String title = a.getCourseId() == null ? null
                : courses.findById(a.getCourseId()).map(TrainingCourse::getTitle).orElse(null);
        return new CreditLine(title, a.isAttended(), a.getHoursCredited(), a.getCreditedOn(),
                a.getCertificateReference(), a.getSource(), a.getSource().label());
    }

    private static AppraisalLine line(WorkerAppraisal a) {
        return new AppraisalLine(a.getAppraisalYear(), a.getResult(), a.getResult().label(), a.getProposedBy(),
                a.getAppraisedBy(), a.getAppraisedAt());
    }
}
