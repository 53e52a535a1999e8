package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.TrainingCourseProcess.ATTENDANCE;
import static cn.gongzhi.workforce.process.TrainingCourseProcess.WORKER_OPTIONS;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.Trainee;
import cn.gongzhi.registry.WorkerTraining.Attendance;
import cn.gongzhi.registry.WorkerTraining.Course;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.TrainingCourses;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Activity_RecordAttendance (登记培训出勤): the office of the course's street (from the records; 403 for anyone
 * else) ticks, for each enrolled worker, attended or not and gives the completion certificate's reference; the hours
 * are credited once per worker and course ({@link TrainingCourses#recordAttendance}: 400 naming {@code attendance}).
 */
@Component
class RecordAttendanceStep implements StepHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TrainingCourses courses;
    private final TrainingPeople people;

    RecordAttendanceStep(TrainingCourses courses, TrainingPeople people) {
        this.courses = courses;
        this.people = people;
    }

    @Override
    public String step() {
        return "recordAttendance";
    }

    @Override
    public void opened(DelegateTask task) {
        Course course = course(task);
        List<Trainee> enrolled = courses.enrolled(course.id());
        FormView.summary(task, List.of("#### 登记培训出勤：" + FormView.plain(TrainingForms.course(course), " "),
                "纳入年度培训计划的社区工作者 " + enrolled.size() + " 人。出勤的认定 " + course.hours()
                        + " 学时，缺勤的不认定学时；每人每门课程只认定一次。"));
        FormView.offer(task, WORKER_OPTIONS, enrolled.stream()
                .map(w -> new Choice(String.valueOf(w.id()), w.name())).toList());
        ArrayNode rows = JSON.createArrayNode();
        enrolled.forEach(w -> rows.addObject().put("worker", String.valueOf(w.id())).put("attended", true)
                .put("certificate", ""));
        task.setVariableLocal(ATTENDANCE, SpinValues.jsonValue(rows.toString()).create());
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        Course course = course(task);
        String actor = Actors.current();
        if (course.streetId() == null || !people.streetOffices(actor).contains(course.streetId())) {
            throw new StepRefused("只有课程所属街道的党工委可以登记出勤；" + actor + " 不是");
        }
        Set<String> offered = Set.copyOf(FormView.offered(task, WORKER_OPTIONS).stream().map(Choice::value).toList());
        List<Attendance> lines = new ArrayList<>();
        for (FormInput.Row row : form.rows(ATTENDANCE, "出勤")) {
            String worker = row.cell("worker");
            if (worker == null || !offered.contains(worker)) {
                throw new InvalidFieldException(ATTENDANCE, "只能为纳入本课程计划的社区工作者登记出勤，每人一次");
            }
            boolean attended = "true".equals(row.cell("attended"));
            lines.add(new Attendance(Long.parseLong(worker), attended,
                    FormInput.textOf(row.cell("certificate"), ATTENDANCE, 64)));
        }
        courses.recordAttendance(course.id(), lines);
        TrainingForms.recorded(task, Set.of(ATTENDANCE));
    }

    private Course course(DelegateTask task) {
        long courseId = TrainingCourseProcess.COURSE_ID.required(task);
        return courses.course(courseId).orElseThrow(() -> new IllegalStateException("no course " + courseId));
    }
}
