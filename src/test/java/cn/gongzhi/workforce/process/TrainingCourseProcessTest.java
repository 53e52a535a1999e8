package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.TrainingCourseProcess.ATTENDANCE_RECORDED;
import static cn.gongzhi.workforce.process.TrainingCourseProcess.COURSE_ENDED;
import static cn.gongzhi.workforce.process.TrainingCourseProcess.KEY;
import static cn.gongzhi.workforce.process.TrainingCourseProcess.RECORD_ATTENDANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.Trainee;
import cn.gongzhi.registry.WorkerTraining.Attendance;
import cn.gongzhi.registry.WorkerTraining.Course;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepListener;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.TrainingCourses;
import cn.gongzhi.workforce.domain.TrainingCourses.NewCourse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * Every path of processes/TrainingCourseProcess.bpmn, the records mocked: the street office registers a course, the
 * course ends, its office records who attended (hours credited) and who did not; refusals (not a street office, bad
 * input, another street's office, a worker not enrolled) write nothing.
 */
@Deployment(resources = {"processes/TrainingCourseProcess.bpmn", "forms/start-training-course.form",
        "forms/record-attendance.form"})
class TrainingCourseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final long COURSE = 5L;
    private static final long QINGHE = 1L;
    private static final List<String> STREET = List.of("street-party-qinghe");
    private final TrainingCourses courses = mock(TrainingCourses.class);
    private final TrainingPeople people = mock(TrainingPeople.class);
    private final LocalDate ends = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        Mocks.register("courseDates", new CourseDates(courses, clock));
        Mocks.register("registerCourseDelegate", new RegisterCourseDelegate(courses, people));
        Mocks.register("stepListener", new StepListener(List.of(new RecordAttendanceStep(courses, people))));
        when(people.streetOffices("gaojian")).thenReturn(Set.of(QINGHE));
        when(people.streetOffices("other-street")).thenReturn(Set.of(2L));
        when(people.streetCode(QINGHE)).thenReturn(Optional.of("qinghe"));
        when(courses.register(any(), eq(QINGHE))).thenReturn(COURSE);
        when(courses.course(COURSE)).thenReturn(Optional.of(new Course(COURSE, QINGHE, "矛盾纠纷调解技巧", "区司法局", 12,
                ends.minusDays(1), ends)));
        when(courses.enrolled(COURSE)).thenReturn(List.of(new Trainee(11L, "张伟", "zhangwei", 3L),
                new Trainee(12L, "马超", "machao", 3L)));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
        identityService().clearAuthentication();
    }

    private static <T> T as(String user, List<String> groups, Supplier<T> action) {
        identityService().setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identityService().clearAuthentication();
        }
    }

    private ProcessInstance register(String user, Map<String, Object> form) {
        return as(user, STREET, () -> formService().submitStartForm(repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(KEY).latestVersion().singleResult().getId(), form));
    }

    private Map<String, Object> course(Object hours) {
        return Map.of("title", "矛盾纠纷调解技巧", "provider", "区司法局", "hours", hours,
                "startsOn", ends.minusDays(1).toString(), "endsOn", ends.toString());
    }

    private static Task courseEnded(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(COURSE_ENDED);
        Job timer = managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        managementService().executeJob(timer.getId());
        return taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static Object rows(String json) {
        return SpinValues.jsonValue(json).create();
    }

    @Test
    void theStreetOfficeRegistersACourseAndAfterItEndsRecordsWhoAttended() {
        ProcessInstance instance = register("gaojian", course(12));
        ArgumentCaptor<NewCourse> registered = ArgumentCaptor.forClass(NewCourse.class);
        verify(courses).register(registered.capture(), eq(QINGHE));
        assertThat(registered.getValue().hours()).isEqualTo(12);
        assertThat(registered.getValue().endsOn()).isEqualTo(ends);
        Job timer = managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(ends.plusDays(1)
                .atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
        Task record = courseEnded(instance);
        assertThat(record.getTaskDefinitionKey()).isEqualTo(RECORD_ATTENDANCE);
        assertThat((String) taskService().getVariableLocal(record.getId(), "caseSummary")).contains("矛盾纠纷调解技巧",
                "12 学时");
        as("gaojian", STREET, () -> {
            formService().submitTaskForm(record.getId(), Map.of("attendance", rows(
                    "[{\"worker\":\"11\",\"attended\":true,\"certificate\":\"结业-2026-07\"},"
                            + "{\"worker\":\"12\",\"attended\":false,\"certificate\":\"\"}]")));
            return null;
        });
        verify(courses).recordAttendance(COURSE, List.of(new Attendance(11L, true, "结业-2026-07"),
                new Attendance(12L, false, null)));
        assertThat(instance).isEnded().hasPassed(ATTENDANCE_RECORDED);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(v -> v.getName()).contains("trainingCourseId", "streetCode")
                .doesNotContain("title", "hours", "attendance");
    }

    @Test
    void someoneWhoIsNoStreetOfficeCannotRegisterACourse() {
        assertThatThrownBy(() -> register("zhangwei", course(12))).isInstanceOf(StepRefused.class)
                .hasMessageContaining("不是街道党工委成员");
        verify(courses, never()).register(any(), anyLong());
    }

    @Test
    void aCourseTheRulesRefuseIsRefusedNamingTheFieldAndNothingStarts() {
        when(courses.register(any(), eq(QINGHE))).thenThrow(new InvalidFieldException("hours", "学时须在 1 至 120 小时之间"));
        assertThatThrownBy(() -> register("gaojian", course(500))).hasMessageContaining("学时须在 1 至 120 小时之间");
        assertThatThrownBy(() -> register("gaojian", Map.of("title", "课", "provider", "区司法局", "hours", 8,
                "startsOn", "2026-13-01", "endsOn", ends.toString()))).hasMessageContaining("开课日无效");
        assertThat(managementService().createJobQuery().list()).isEmpty();
    }

    @Test
    void anotherStreetsOfficeCannotRecordTheAttendance() {
        ProcessInstance instance = register("gaojian", course(12));
        Task record = courseEnded(instance);
        assertThatThrownBy(() -> as("other-street", List.of("street-party-other"), () -> {
            formService().submitTaskForm(record.getId(), Map.of("attendance", rows("[]")));
            return null;
        })).hasRootCauseInstanceOf(StepRefused.class);
        verify(courses, never()).recordAttendance(anyLong(), anyList());
        assertThat(instance).isWaitingAt(RECORD_ATTENDANCE);
    }

    @Test
    void aWorkerNotEnrolledCannotBeRecorded() {
        ProcessInstance instance = register("gaojian", course(12));
        Task record = courseEnded(instance);
        assertThatThrownBy(() -> as("gaojian", STREET, () -> {
            formService().submitTaskForm(record.getId(), Map.of("attendance", rows(
                    "[{\"worker\":\"99\",\"attended\":true}]")));
            return null;
        })).hasMessageContaining("只能为纳入本课程计划的社区工作者登记出勤");
        verify(courses, never()).recordAttendance(anyLong(), anyList());
    }
}
