package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.TrainingAttendance;
import cn.gongzhi.registry.domain.TrainingAttendanceRepository;
import cn.gongzhi.registry.domain.TrainingCourse;
import cn.gongzhi.registry.domain.TrainingCourseRepository;
import cn.gongzhi.registry.domain.TrainingPlan;
import cn.gongzhi.registry.domain.TrainingPlanCourse;
import cn.gongzhi.registry.domain.TrainingPlanCourseRepository;
import cn.gongzhi.registry.domain.TrainingPlanRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path of the training processes into the registry's training records (V20: {@code training_course},
 * {@code training_attendance}, {@code training_plan}, {@code training_plan_course}); the processes check who asks and
 * what the form says first (module workforce, docs/processes/workers.md):
 * <ol>
 *   <li>a course is registered for a street (district-wide ones come from the records);</li>
 *   <li>attendance is credited once per worker and course: a worker who has a line for the course keeps it, a second
 *       recording writes nothing for her (the unique key on worker and course holds it too);</li>
 *   <li>a plan is written for a worker and year with the hours then required and its courses, replacing an earlier
 *       plan of that year;</li>
 *   <li>a worker is enrolled in a course when the course is in her plan of the course's year.</li>
 * </ol>
 */
@Component
@Transactional(readOnly = true)
public class WorkerTraining {

    /** A course as the processes see it; {@code streetId} empty: district-wide. */
    public record Course(long id, Long streetId, String title, String provider, int hours, LocalDate startsOn,
            LocalDate endsOn) {}

    /** One worker's attendance of a course as recorded: attended or not, the completion certificate's reference. */
    public record Attendance(long workerId, boolean attended, String certificateReference) {}

    /** A worker's plan for a year: the hours required and the courses planned. */
    public record Plan(long workerId, int year, int hoursRequired, List<Long> courseIds) {}

    private final TrainingCourseRepository courses;
    private final TrainingAttendanceRepository attendance;
    private final TrainingPlanRepository plans;
    private final TrainingPlanCourseRepository planCourses;

    WorkerTraining(TrainingCourseRepository courses, TrainingAttendanceRepository attendance,
            TrainingPlanRepository plans, TrainingPlanCourseRepository planCourses) {
        this.courses = courses;
        this.attendance = attendance;
        this.plans = plans;
        this.planCourses = planCourses;
    }

    /** Registers a course of a street; returns its id. */
    @Transactional
    public long registerCourse(long streetId, String title, String provider, int hours, LocalDate startsOn,
            LocalDate endsOn) {
        return courses.save(new TrainingCourse(streetId, title, provider, hours, startsOn, endsOn)).getId();
    }

    public Optional<Course> course(long courseId) {
        return courses.findById(courseId).map(WorkerTraining::course);
    }

    /** The courses a street's workers may attend in a year: the street's own and district-wide, by start. */
    public List<Course> offered(long streetId, int year) {
        return courses.findAll().stream()
                .filter(c -> c.getStreetId() == null || c.getStreetId() == streetId)
                .filter(c -> c.getStartsOn().getYear() == year)
                .sorted(Comparator.comparing(TrainingCourse::getStartsOn).thenComparing(TrainingCourse::getId))
                .map(WorkerTraining::course).toList();
    }

    /** The workers enrolled in a course: those whose plan of the course's year includes it, by id. */
    public List<Long> enrolled(long courseId) {
        Optional<TrainingCourse> course = courses.findById(courseId);
        if (course.isEmpty()) {
            return List.of();
        }
        int year = course.get().getStartsOn().getYear();
        Set<Long> workers = new LinkedHashSet<>();
        for (TrainingPlanCourse line : planCourses.findByCourseId(courseId)) {
            plans.findById(line.getPlanId()).filter(p -> p.getPlanYear() == year)
                    .ifPresent(p -> workers.add(p.getWorkerId()));
        }
        return workers.stream().sorted().toList();
    }

    /**
     * Credits a course's attendance on {@code on}: the course's hours to each worker who attended, none to one who
     * did not; a worker who already has a line for this course is left as she is. Returns the lines written.
     */
    @Transactional
    public int credit(long courseId, List<Attendance> lines, LocalDate on) {
        TrainingCourse course = courses.findById(courseId)
                .orElseThrow(() -> new IllegalArgumentException("no course " + courseId));
        int written = 0;
        for (Attendance line : lines) {
            if (attendance.existsByWorkerIdAndCourseId(line.workerId(), courseId)) {
                continue;
            }
            attendance.save(new TrainingAttendance(line.workerId(), courseId, line.attended(), course.getHours(), on,
                    line.attended() ? line.certificateReference() : null, RecordSource.RECORDED));
            written++;
        }
        return written;
    }

    /** Whether the worker's attendance of the course is recorded already. */
    public boolean isCredited(long workerId, long courseId) {
        return attendance.existsByWorkerIdAndCourseId(workerId, courseId);
    }

    /** Hours credited to the worker from the first day of {@code upTo}'s year to {@code upTo}, both included. */
    public int creditedHours(long workerId, LocalDate upTo) {
        return attendance.findByWorkerIdAndCreditedOnBetweenOrderByCreditedOnAscIdAsc(workerId,
                upTo.withDayOfYear(1), upTo).stream().mapToInt(TrainingAttendance::getHoursCredited).sum();
    }

    /** Writes each worker's plan for the year (replacing an earlier one): the hours required and her courses. */
    @Transactional
    public void writePlans(int year, int hoursRequired, Map<Long, List<Long>> coursesByWorker) {
        coursesByWorker.forEach((workerId, courseIds) -> {
            TrainingPlan plan = plans.findByWorkerIdAndPlanYear(workerId, year).map(p -> {
                planCourses.deleteByPlanId(p.getId());
                planCourses.flush();
                p.setHoursRequired(hoursRequired);
                return p;
            }).orElseGet(() -> plans.save(new TrainingPlan(workerId, year, hoursRequired)));
            courseIds.stream().distinct().forEach(c -> planCourses.save(new TrainingPlanCourse(plan.getId(), c)));
        });
    }

    public Optional<Plan> plan(long workerId, int year) {
        return plans.findByWorkerIdAndPlanYear(workerId, year).map(p -> new Plan(workerId, year,
                p.getHoursRequired(), planCourses.findByPlanIdOrderById(p.getId()).stream()
                        .map(TrainingPlanCourse::getCourseId).toList()));
    }

    private static Course course(TrainingCourse c) {
        return new Course(c.getId(), c.getStreetId(), c.getTitle(), c.getProvider(), c.getHours(), c.getStartsOn(),
                c.getEndsOn());
    }
}
