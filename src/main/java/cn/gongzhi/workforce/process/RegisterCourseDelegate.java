package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.TrainingCourseProcess.ENDS_ON;
import static cn.gongzhi.workforce.process.TrainingCourseProcess.HOURS;
import static cn.gongzhi.workforce.process.TrainingCourseProcess.PROVIDER;
import static cn.gongzhi.workforce.process.TrainingCourseProcess.STARTS_ON;
import static cn.gongzhi.workforce.process.TrainingCourseProcess.TITLE;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.TrainingCourses;
import cn.gongzhi.workforce.domain.TrainingCourses.NewCourse;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_RegisterCourse: the start form becomes a course of the starter's street (the one whose Party working
 * committee seats her, from the records; 403 for anyone else); refused whole naming the field (400), nothing written.
 * The form's values leave the process: the course is the registry's record.
 */
@Component
class RegisterCourseDelegate implements JavaDelegate {

    private final TrainingCourses courses;
    private final TrainingPeople people;

    RegisterCourseDelegate(TrainingCourses courses, TrainingPeople people) {
        this.courses = courses;
        this.people = people;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String starter = Actors.starter().orElseThrow(() -> new StepRefused("培训课程须由街道党工委成员登记")).userId();
        Set<Long> streets = people.streetOffices(starter);
        if (streets.size() != 1) {
            throw new StepRefused(streets.isEmpty() ? starter + " 不是街道党工委成员，不能登记培训课程"
                    : "您在多个街道党工委任职，请由课程所属街道的其他成员登记");
        }
        long streetId = streets.iterator().next();
        long courseId = FieldRefusals.translated(() -> courses.register(read(FormInput.of(execution.getVariables())),
                streetId));
        TrainingCourseProcess.START_FIELDS.forEach(execution::removeVariable);
        TrainingCourseProcess.COURSE_ID.set(execution, courseId);
        TrainingCourseProcess.STREET_CODE.set(execution, people.streetCode(streetId).orElseThrow());
        CommonVariables.MATTER_CATEGORY.set(execution, "培训课程");
    }

    private static NewCourse read(FormInput form) {
        return new NewCourse(form.text(TITLE, "请填写课程名称", 100), form.text(PROVIDER, "请填写主办单位", 100),
                FormInput.integer(form.raw(HOURS), HOURS, "学时", Integer.MIN_VALUE, Integer.MAX_VALUE),
                FormInput.date(form.raw(STARTS_ON), STARTS_ON, "", "开课日", null),
                FormInput.date(form.raw(ENDS_ON), ENDS_ON, "", "结课日", null));
    }
}
