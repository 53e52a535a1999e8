package cn.gongzhi.workforce.domain;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.Trainee;
import cn.gongzhi.registry.TrainingPeople.TrainingCommunity;
import cn.gongzhi.registry.WorkerTraining;
import cn.gongzhi.registry.WorkerTraining.Attendance;
import cn.gongzhi.registry.WorkerTraining.Course;
import cn.gongzhi.shared.InvalidFieldException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A street's training course and its attendance (processes/TrainingCourseProcess.bpmn), its rules in order:
 * <ol>
 *   <li>a course credits 1 to {@code gongzhi.training.max-course-hours} hours (400 naming {@code hours}) and ends on
 *       or after its start (400 naming {@code endsOn});</li>
 *   <li>its enrolled workers are those whose approved plan of the course's year includes it, in the course's street
 *       only;</li>
 *   <li>attendance is recorded for each of them and nobody else (400 naming {@code attendance}); the course's hours
 *       are credited to who attended, none to who did not, in one transaction and once per worker and course.</li>
 * </ol>
 */
@Service
@Transactional
public class TrainingCourses {

    public static final String HOURS_FIELD = "hours";
    public static final String ENDS_FIELD = "endsOn";
    public static final String ATTENDANCE_FIELD = "attendance";

    /** A course as the start form gives it. */
    public record NewCourse(String title, String provider, int hours, LocalDate startsOn, LocalDate endsOn) {}

    private final WorkerTraining training;
    private final TrainingPeople people;
    private final TrainingProperties properties;
    private final Clock clock;

    TrainingCourses(WorkerTraining training, TrainingPeople people, TrainingProperties properties, Clock clock) {
        this.training = training;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks the course whole (rule 1), then registers it for the street; returns its id. */
    public long register(NewCourse course, long streetId) {
        if (course.hours() < 1 || course.hours() > properties.maxCourseHours()) {
            throw new InvalidFieldException(HOURS_FIELD, "学时须在 1 至 " + properties.maxCourseHours()
                    + " 小时之间，现为 " + course.hours());
        }
        if (course.endsOn().isBefore(course.startsOn())) {
            throw new InvalidFieldException(ENDS_FIELD, "结束不能早于开始（" + course.startsOn() + "）");
        }
        return training.registerCourse(streetId, course.title(), course.provider(), course.hours(),
                course.startsOn(), course.endsOn());
    }

    @Transactional(readOnly = true)
    public Optional<Course> course(long courseId) {
        return training.course(courseId);
    }

    /** The workers enrolled in the course, of its street (rule 2). */
    @Transactional(readOnly = true)
    public List<Trainee> enrolled(long courseId) {
        Course course = training.course(courseId).orElseThrow(() -> new IllegalStateException("no course "
                + courseId));
        Set<Long> communities = new HashSet<>();
        people.communities().stream().filter(c -> course.streetId() == null || c.streetId() == course.streetId())
                .map(TrainingCommunity::id).forEach(communities::add);
        List<Trainee> enrolled = new ArrayList<>();
        for (Long workerId : training.enrolled(courseId)) {
            people.worker(workerId).filter(w -> communities.contains(w.communityId())).ifPresent(enrolled::add);
        }
        return enrolled;
    }

    /** Records the attendance (rule 3); returns the lines credited now (none for a worker credited before). */
    public int recordAttendance(long courseId, List<Attendance> lines) {
        List<Trainee> enrolled = enrolled(courseId);
        Set<Long> expected = new HashSet<>();
        enrolled.forEach(w -> expected.add(w.id()));
        Set<Long> given = new HashSet<>();
        for (Attendance line : lines) {
            if (!expected.contains(line.workerId()) || !given.add(line.workerId())) {
                throw new InvalidFieldException(ATTENDANCE_FIELD, "只能为纳入本课程计划的社区工作者登记出勤，每人一次");
            }
        }
        for (Trainee worker : enrolled) {
            if (!given.contains(worker.id())) {
                throw new InvalidFieldException(ATTENDANCE_FIELD, "还没有登记" + worker.name() + "的出勤");
            }
        }
        return training.credit(courseId, lines, LocalDate.now(clock));
    }
}
