package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.QualificationRecordProcess.CONFIRMED;
import static cn.gongzhi.workforce.process.QualificationRecordProcess.KEY;
import static cn.gongzhi.workforce.process.QualificationRecordProcess.REGISTER;
import static cn.gongzhi.workforce.process.QualificationRecordProcess.REJECTED;
import static cn.gongzhi.workforce.process.QualificationRecordProcess.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.identity.HistoryAccessPlugin;
import cn.gongzhi.registry.Qualification;
import cn.gongzhi.registry.QualificationRecords.Holder;
import cn.gongzhi.registry.QualificationRecords.Recorded;
import cn.gongzhi.registry.WorkerPost;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepListener;
import cn.gongzhi.workforce.domain.QualificationSubmission;
import cn.gongzhi.workforce.domain.QualificationSubmissions;
import cn.gongzhi.workforce.domain.QualificationSubmissions.SubmissionView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/QualificationRecordProcess.bpmn, the submissions mocked (the registry's rules and the grade
 * step have their own tests, QualificationRecordsTest and CertificateProcessesApiTest).
 */
@Deployment(resources = {"processes/QualificationRecordProcess.bpmn", "forms/record-qualification.form",
        "forms/verify-qualification.form"})
class QualificationRecordProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final long SUBMISSION = 9L;
    private static final String NUMBER = "ZJ20261101080777";
    private final QualificationSubmissions submissions = mock(QualificationSubmissions.class);
    private final CertificateGrades grades = mock(CertificateGrades.class);
    private final Holder zhangwei = new Holder(4L, "zhangwei", "张伟", "heyuan", "和园社区", "qinghe", WorkerPost.STAFF, 5,
            Qualification.ASSISTANT);
    private final SubmissionView view = new SubmissionView(SUBMISSION, zhangwei, Qualification.INTERMEDIATE,
            "************0777", LocalDate.of(2026, 11, 1), LocalDate.of(2031, 10, 31),
            QualificationSubmission.Status.SUBMITTED);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("registerQualificationDelegate", new RegisterQualificationDelegate(submissions,
                mock(HistoryAccessPlugin.class)));
        Mocks.register("stepListener", new StepListener(List.of(new VerifyQualificationStep(submissions, grades))));
        when(submissions.submit(eq("zhangwei"), eq(Qualification.INTERMEDIATE), eq(NUMBER),
                eq(LocalDate.of(2026, 11, 1)), eq(LocalDate.of(2031, 10, 31)), anyString())).thenReturn(view);
        when(submissions.bound(eq(SUBMISSION), anyString())).thenReturn(view);
        when(grades.after(view)).thenReturn(6);
        when(submissions.mayVerify("gaojian", SUBMISSION)).thenReturn(true);
        when(submissions.confirm(eq(SUBMISSION), anyString(), eq("gaojian"))).thenReturn(new Recorded(30L, 5, 6));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
        identityService().clearAuthentication();
    }

    private static <T> T as(String user, Supplier<T> action) {
        identityService().setAuthentication(user, List.of());
        try {
            return action.get();
        } finally {
            identityService().clearAuthentication();
        }
    }

    /** As Tasklist submits the start form. */
    private static ProcessInstance submitAs(String user, Map<String, Object> form) {
        String definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                .singleResult().getId();
        return as(user, () -> formService().submitStartForm(definition, form));
    }

    private static Map<String, Object> form() {
        return withVariables("level", "INTERMEDIATE", "certificateNumber", NUMBER, "issuedOn", "2026-11-01",
                "validUntil", "2031-10-31");
    }

    private static void completeAs(String user, Task task, Map<String, Object> form) {
        as(user, () -> {
            formService().submitTaskForm(task.getId(), form);
            return null;
        });
    }

    @Test
    void theStreetOfficeConfirmsAndTheQualificationIsRecordedWithItsGradeStep() {
        ProcessInstance instance = submitAs("zhangwei", form());
        assertThat(instance).hasPassed(REGISTER).isWaitingAtExactly(VERIFY).variables()
                .containsEntry("qualificationSubmissionId", SUBMISSION).containsEntry("communityCode", "heyuan")
                .containsEntry("streetCode", "qinghe")
                .doesNotContainKeys("certificateNumber", "level", "issuedOn", "validUntil");
        assertThat(runtimeService().getVariables(instance.getId()).toString()).doesNotContain(NUMBER);
        Task verify = task(instance);
        assertThat(verify).hasCandidateGroup("street-party-qinghe");
        assertThat(taskService().getVariableLocal(verify.getId(), "caseSummary").toString())
                .contains("张伟", "社会工作师", "************0777", "6 级").doesNotContain(NUMBER);

        completeAs("gaojian", verify, withVariables("qualificationDecision", "CONFIRM"));
        verify(submissions).confirm(SUBMISSION, instance.getId(), "gaojian");
        assertThat(instance).isEnded().hasPassed(CONFIRMED).hasNotPassed(REJECTED);
    }

    @Test
    void theStreetOfficeRejectsWithItsReason() {
        ProcessInstance instance = submitAs("zhangwei", form());
        completeAs("gaojian", task(instance), withVariables("qualificationDecision", "REJECT",
                "rejectReason", "证书原件与登记的等级不符"));
        verify(submissions).reject(SUBMISSION, instance.getId(), "gaojian", "证书原件与登记的等级不符");
        verify(submissions, never()).confirm(anyLong(), anyString(), anyString());
        assertThat(instance).isEnded().hasPassed(REJECTED).hasNotPassed(CONFIRMED);
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .isZero();
    }

    @Test
    void onlyTheOfficeOfHerStreetVerifiesAndARejectionNeedsItsReason() {
        ProcessInstance instance = submitAs("zhangwei", form());
        Task verify = task(instance);
        assertThatThrownBy(() -> completeAs("zhangwei", verify, withVariables("qualificationDecision", "CONFIRM")))
                .hasMessageContaining("不是该工作者所在街道的审核人员");
        assertThatThrownBy(() -> completeAs("gaojian", verify, withVariables("qualificationDecision", "REJECT")))
                .hasMessageContaining("不予确认时请说明理由");
        assertThatThrownBy(() -> completeAs("gaojian", verify, withVariables("qualificationDecision", "MAYBE")))
                .hasMessageContaining("请选择确认或不予确认");
        verify(submissions, never()).confirm(anyLong(), anyString(), anyString());
        verify(submissions, never()).reject(anyLong(), anyString(), anyString(), anyString());
        assertThat(instance).isWaitingAtExactly(VERIFY);
    }

    @Test
    void aSubmissionTheRulesRefuseStartsNothing() {
        when(submissions.submit(eq("zhangwei"), any(), any(), any(), any(), anyString()))
                .thenThrow(new InvalidFieldException("issuedOn", "取得日期须不晚于今天"));
        assertThatThrownBy(() -> submitAs("zhangwei", form())).hasMessageContaining("取得日期须不晚于今天");
        assertThatThrownBy(() -> submitAs("zhangwei", withVariables("level", "NONE", "certificateNumber", NUMBER,
                "issuedOn", "2026-11-01"))).hasMessageContaining("请选择职业资格等级");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }
}
