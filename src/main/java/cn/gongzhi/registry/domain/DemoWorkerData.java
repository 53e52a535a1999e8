package cn.gongzhi.registry.domain;

import static cn.gongzhi.registry.GradeChangeReason.APPRAISAL;
import static cn.gongzhi.registry.GradeChangeReason.POST_CHANGE;
import static cn.gongzhi.registry.GradeChangeReason.QUALIFICATION;
import static cn.gongzhi.registry.GradeChangeReason.SERVICE_YEARS;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.registry.GradeChangeReason;
import cn.gongzhi.registry.Qualification;
import cn.gongzhi.registry.RecordSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for community workers' professional records (docs/processes/workers.md), default profile only, dated
 * from today in China so that it reads the same whenever the demo starts: qualifications (张伟's assistant
 * certificate ends within 90 days, 马超's ended last month and no longer counts), three courses of this year with
 * attendance, each worker's plan for the year, grade histories that end at the grade the registry holds, and last
 * year's appraisals by the street office (高建) on the heads' proposals. Loaded once, after the demo registry, when no
 * qualification exists yet.
 */
@Component
@Profile("default")
@Order(2)
class DemoWorkerData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkerData.class);
    private static final String STREET_OFFICE = "gaojian";

    private final CommunityWorkerRepository workers;
    private final StreetRepository streets;
    private final WorkerQualificationRepository qualifications;
    private final TrainingCourseRepository courses;
    private final TrainingAttendanceRepository attendance;
    private final TrainingPlanRepository plans;
    private final TrainingPlanCourseRepository planCourses;
    private final GradeChangeRepository grades;
    private final WorkerAppraisalRepository appraisals;
    private final WorkerProperties properties;
    private final Clock clock;

    DemoWorkerData(CommunityWorkerRepository workers, StreetRepository streets,
            WorkerQualificationRepository qualifications, TrainingCourseRepository courses,
            TrainingAttendanceRepository attendance, TrainingPlanRepository plans,
            TrainingPlanCourseRepository planCourses, GradeChangeRepository grades,
            WorkerAppraisalRepository appraisals, WorkerProperties properties, Clock clock) {
        this.workers = workers;
        this.streets = streets;
        this.qualifications = qualifications;
        this.courses = courses;
        this.attendance = attendance;
        this.plans = plans;
        this.planCourses = planCourses;
        this.grades = grades;
        this.appraisals = appraisals;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (qualifications.count() > 0 || grades.count() > 0 || workers.findByUsername("chenjing").isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        qualify("chenjing", Qualification.SENIOR, "GJ20191101080012", LocalDate.of(2019, 6, 30), today.plusYears(2));
        qualify("zhangwei", Qualification.ASSISTANT, "ZL20211101080347", LocalDate.of(2021, 6, 30),
                today.plusDays(45));
        qualify("liuyang", Qualification.INTERMEDIATE, "ZJ20221101080126", LocalDate.of(2022, 6, 30),
                today.plusYears(3));
        qualify("zhoumin", Qualification.INTERMEDIATE, "ZJ20201101080558", LocalDate.of(2020, 6, 30),
                today.plusYears(1));
        qualify("sunli", Qualification.ASSISTANT, "ZL20231101080913", LocalDate.of(2023, 6, 30), today.plusYears(3));
        qualify("machao", Qualification.ASSISTANT, "ZL20201101080702", LocalDate.of(2020, 6, 30),
                today.minusMonths(1));

        Long qinghe = streets.findAll().stream().filter(s -> "qinghe".equals(s.getCode())).findFirst()
                .map(Street::getId).orElse(null);
        TrainingCourse governance = courses.save(new TrainingCourse(qinghe, "社区治理与居民议事实务", "清河街道社区学院",
                16, thisYear(today, 90), thisYear(today, 88)));
        TrainingCourse mediation = courses.save(new TrainingCourse(qinghe, "矛盾纠纷调解技巧", "区司法局", 12,
                thisYear(today, 40), thisYear(today, 39)));
        TrainingCourse ethics = courses.save(new TrainingCourse(null, "社会工作伦理与继续教育", "区民政局", 24,
                today.plusDays(20), today.plusDays(22)));
        for (CommunityWorker worker : workers.findAll()) {
            TrainingPlan plan = plans.save(new TrainingPlan(worker.getId(), today.getYear(),
                    properties.trainingHoursPerYear()));
            for (TrainingCourse course : List.of(governance, mediation, ethics)) {
                planCourses.save(new TrainingPlanCourse(plan.getId(), course.getId()));
            }
            boolean attendedGovernance = !"machao".equals(worker.getUsername());
            attend(worker, governance, attendedGovernance);
            if (worker.getGrade() >= 5) {
                attend(worker, mediation, true);
            }
        }

        history("chenjing", POST_CHANGE, 10, LocalDate.of(2019, 3, 1), SERVICE_YEARS, 11, LocalDate.of(2022, 3, 1),
                QUALIFICATION, 12, LocalDate.of(2024, 1, 1));
        history("zhaolei", POST_CHANGE, 5, LocalDate.of(2022, 7, 1), APPRAISAL, 6, LocalDate.of(2025, 1, 1));
        history("zhangwei", POST_CHANGE, 3, LocalDate.of(2021, 9, 1), QUALIFICATION, 4, LocalDate.of(2022, 1, 1),
                SERVICE_YEARS, 5, LocalDate.of(2024, 1, 1));
        history("liuyang", POST_CHANGE, 6, LocalDate.of(2020, 9, 1), QUALIFICATION, 8, LocalDate.of(2023, 1, 1));
        history("zhoumin", POST_CHANGE, 9, LocalDate.of(2023, 3, 1));
        history("sunli", POST_CHANGE, 2, LocalDate.of(2023, 3, 1), QUALIFICATION, 3, LocalDate.of(2024, 1, 1));
        history("machao", POST_CHANGE, 2, LocalDate.of(2024, 3, 1));

        int lastYear = today.getYear() - 1;
        appraise("zhangwei", lastYear, AppraisalResult.EXCELLENT, "chenjing");
        appraise("liuyang", lastYear, AppraisalResult.COMPETENT, "chenjing");
        appraise("zhaolei", lastYear, AppraisalResult.COMPETENT, "chenjing");
        appraise("chenjing", lastYear, AppraisalResult.EXCELLENT, null);
        appraise("sunli", lastYear, AppraisalResult.COMPETENT, "zhoumin");
        appraise("machao", lastYear, AppraisalResult.BASICALLY_COMPETENT, "zhoumin");
        log.info("Demo worker records loaded: qualifications, this year's courses and plans, grade histories, "
                + "appraisals of {}", lastYear);
    }

    /** A day {@code daysAgo} before today, but not before this year began (so its hours count this year). */
    private static LocalDate thisYear(LocalDate today, int daysAgo) {
        LocalDate day = today.minusDays(daysAgo);
        return day.getYear() < today.getYear() ? today.withDayOfYear(1) : day;
    }

    private Long id(String username) {
        return workers.findByUsername(username).orElseThrow().getId();
    }

    private void qualify(String username, Qualification level, String number, LocalDate issued, LocalDate until) {
        qualifications.save(new WorkerQualification(id(username), level, number, issued, until,
                RecordSource.RECORDED));
    }

    private void attend(CommunityWorker worker, TrainingCourse course, boolean attended) {
        attendance.save(new TrainingAttendance(worker.getId(), course.getId(), attended, course.getHours(),
                course.getEndsOn(), attended ? "结业-" + course.getId() + "-" + worker.getId() : null,
                RecordSource.RECORDED));
    }

    /** Grade history as (reason, grade, from) triples, the first taking up the post; the last grade is the registry's. */
    private void history(String username, Object... steps) {
        Long worker = id(username);
        Integer from = null;
        for (int i = 0; i < steps.length; i += 3) {
            int to = (Integer) steps[i + 1];
            grades.save(new GradeChange(worker, from, to, (LocalDate) steps[i + 2], (GradeChangeReason) steps[i],
                    i == 0 ? "admin" : STREET_OFFICE, clock.instant()));
            from = to;
        }
    }

    private void appraise(String username, int year, AppraisalResult result, String proposedBy) {
        appraisals.save(new WorkerAppraisal(id(username), year, result, proposedBy, STREET_OFFICE,
                clock.instant()));
    }
}
