package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.ModelFunctions;
import cn.gongzhi.workforce.domain.TrainingCourses;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What processes/TrainingCourseProcess.bpmn reads from the course instead of variables: when it has ended. One of
 * the few beans models may call (docs/processes/designing.md): it only reads.
 */
@Component("courseDates")
@ModelFunctions
public class CourseDates {

    private final TrainingCourses courses;
    private final Clock clock;

    CourseDates(TrainingCourses courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    /** The start of the day after the course's last day (China time): attendance is recorded from then on. */
    public Date endedAt(DelegateExecution execution) {
        long courseId = TrainingCourseProcess.COURSE_ID.required(execution);
        return courses.course(courseId).map(c -> Date.from(c.endsOn().plusDays(1).atStartOfDay(clock.getZone())
                .toInstant())).orElseThrow(() -> new IllegalStateException("no course " + courseId));
    }
}
