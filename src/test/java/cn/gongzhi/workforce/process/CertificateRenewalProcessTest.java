package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.CertificateRenewalProcess.EXPIRED;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.FIRST_REMINDER_DUE;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.KEY;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.LAPSED;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.RECORD_LAPSE;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.RENEW;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.RENEWAL_SCOPE;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.RENEWED;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.RENEWED_BY_WORKER;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.RENEWED_ON_BEHALF;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.SECOND_REMINDER_DUE;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.URGE;
import static cn.gongzhi.workforce.process.CertificateRenewalProcess.WORKER_REMINDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.registry.CertificateRenewals.Certificate;
import cn.gongzhi.registry.Qualification;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepListener;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.CertificateRenewal;
import cn.gongzhi.workforce.domain.CertificateRenewal.UrgeAction;
import cn.gongzhi.workforce.domain.CertificateRenewalRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
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
 * Every path of processes/CertificateRenewalProcess.bpmn, the records mocked: the cycle's dates are read through
 * {@code certificateRenewalDates} (mocked), so each timer is run as its job.
 */
@Deployment(resources = {"processes/CertificateRenewalProcess.bpmn", "forms/renew-certificate.form",
        "forms/urge-certificate-renewal.form"})
class CertificateRenewalProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final long RENEWAL = 3L;
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 1, 12);
    private final CertificateRenewalRecords records = mock(CertificateRenewalRecords.class);
    private final CertificateRenewalDates dates = mock(CertificateRenewalDates.class);
    private final CertificateRenewal renewal = mock(CertificateRenewal.class);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("certificateRenewalDates", dates);
        Mocks.register("recordCertificateLapseDelegate", new RecordCertificateLapseDelegate(records, dates));
        Mocks.register("stepListener", new StepListener(List.of(new RenewCertificateStep(records, dates),
                new UrgeCertificateRenewalStep(records, dates))));
        when(renewal.getId()).thenReturn(RENEWAL);
        when(renewal.getValidUntil()).thenReturn(LAST_DAY);
        when(dates.renewalOf(any())).thenReturn(renewal);
        when(dates.holder(any())).thenReturn("zhangwei");
        when(dates.escalatedTo(any())).thenReturn(List.of("chenjing"));
        when(dates.firstReminderAt(any())).thenReturn(Date.from(Instant.now().minusSeconds(60)));
        when(dates.secondReminderAt(any())).thenReturn(Date.from(Instant.now().plusSeconds(60 * 86_400)));
        when(dates.lapsesAt(any())).thenReturn(Date.from(Instant.now().plusSeconds(90 * 86_400)));
        when(records.certificate(renewal)).thenReturn(new Certificate(21L, 4L, "zhangwei", "张伟", "heyuan", "和园社区",
                Qualification.ASSISTANT, "**********0347", LocalDate.of(2021, 6, 30), LAST_DAY, null));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
        identityService().clearAuthentication();
    }

    /** As the launcher starts it: the cycle's id, the worker's community; then the async start and the first timer. */
    private static ProcessInstance launched() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, Map.of("certificateRenewalId",
                RENEWAL, "communityCode", "heyuan"));
        assertThat(instance).as("bound to its cycle before it goes on").isWaitingAtExactly(
                CertificateRenewalProcess.START);
        managementService().executeJob(managementService().createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());
        assertThat(instance).isWaitingAt(FIRST_REMINDER_DUE);
        fire(instance, FIRST_REMINDER_DUE);
        assertThat(instance).isWaitingAtExactly(RENEWAL_SCOPE, RENEW);
        return instance;
    }

    private static void fire(ProcessInstance instance, String activity) {
        Job timer = managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activity)
                .singleResult();
        managementService().executeJob(timer.getId());
    }

    private static Task taskAt(ProcessInstance instance, String activity) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
                .singleResult();
    }

    private static void completeAs(String user, Task task, Map<String, Object> form) {
        identityService().setAuthentication(user, List.of());
        try {
            formService().submitTaskForm(task.getId(), form);
        } finally {
            identityService().clearAuthentication();
        }
    }

    @Test
    void theWorkerRenewsBeforeTheSecondReminderWhichEndsTheCycle() {
        ProcessInstance instance = launched();
        Task renew = taskAt(instance, RENEW);
        assertThat(renew).isAssignedTo("zhangwei");
        assertThat(taskService().getVariableLocal(renew.getId(), "caseSummary").toString())
                .contains("张伟", "助理社会工作师", "**********0347", "2027-01-12").doesNotContain("ZL2021");

        completeAs("zhangwei", renew, withVariables("renewedOn", "2026-12-01", "validUntil", "2032-01-12"));
        verify(records).renewed(RENEWAL, LocalDate.of(2026, 12, 1), LocalDate.of(2032, 1, 12), "zhangwei");
        assertThat(instance).isEnded().hasPassed(RENEWED_BY_WORKER, RENEWED).hasNotPassed(URGE, RECORD_LAPSE);
        assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId()).count())
                .isZero();
    }

    @Test
    void atTheSecondReminderHerHeadGetsATaskAndHerOwnStaysOpenUntilSheRenews() {
        ProcessInstance instance = launched();
        fire(instance, SECOND_REMINDER_DUE);
        assertThat(instance).isWaitingAt(RENEW, URGE);
        Task urge = taskAt(instance, URGE);
        assertThat(urge).hasCandidateUser("chenjing");

        completeAs("chenjing", urge, withVariables("urgeAction", "REMINDED", "urgeNote", "已电话提醒本人本周办理"));
        verify(records).urged(RENEWAL, UrgeAction.REMINDED, "已电话提醒本人本周办理", "chenjing");
        verify(records, never()).renewed(anyLong(), any(), any(), anyString());
        assertThat(instance).hasPassed(WORKER_REMINDED).isWaitingAtExactly(RENEWAL_SCOPE, RENEW);
        assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKeys("urgeNote");

        completeAs("zhangwei", taskAt(instance, RENEW), withVariables("renewedOn", "2026-12-20",
                "validUntil", "2032-01-12"));
        assertThat(instance).isEnded().hasPassed(RENEWED_BY_WORKER, RENEWED);
    }

    @Test
    void herHeadRenewsOnHerBehalfWhichEndsHerOwnTaskToo() {
        ProcessInstance instance = launched();
        fire(instance, SECOND_REMINDER_DUE);
        completeAs("chenjing", taskAt(instance, URGE), withVariables("urgeAction", "RENEWED", "renewedOn",
                "2026-12-28", "validUntil", "2032-01-12", "urgeNote", "本人出差，已代为在系统登记续期结果"));
        verify(records).urged(RENEWAL, UrgeAction.RENEWED, "本人出差，已代为在系统登记续期结果", "chenjing");
        verify(records).renewed(RENEWAL, LocalDate.of(2026, 12, 28), LocalDate.of(2032, 1, 12), "chenjing");
        assertThat(instance).isEnded().hasPassed(RENEWED_ON_BEHALF, RENEWED).hasNotPassed(RENEWED_BY_WORKER);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void anUnrenewedCertificateLapsesTheDayAfterItsLastValidDayAndTheCycleEnds() {
        ProcessInstance instance = launched();
        fire(instance, SECOND_REMINDER_DUE);
        fire(instance, EXPIRED);
        verify(records).lapsed(RENEWAL);
        assertThat(instance).isEnded().hasPassed(RECORD_LAPSE, LAPSED).hasNotPassed(RENEWED);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count())
                .as("both tasks gone").isZero();
    }

    @Test
    void aRefusedRenewalLeavesTheTaskOpenAndRecordsNothing() {
        ProcessInstance instance = launched();
        Task renew = taskAt(instance, RENEW);
        doThrow(new InvalidFieldException("validUntil", "续期后的有效期须晚于原有效期")).when(records)
                .renewed(eq(RENEWAL), any(), eq(LocalDate.of(2026, 1, 1)), anyString());
        assertThatThrownBy(() -> completeAs("zhangwei", renew, withVariables("renewedOn", "2026-12-01",
                "validUntil", "2026-01-01"))).hasMessageContaining("续期后的有效期须晚于原有效期");
        assertThatThrownBy(() -> completeAs("zhangwei", renew, withVariables("renewedOn", "昨天",
                "validUntil", "2032-01-12"))).hasMessageContaining("续期日期无效");
        assertThat(instance).isWaitingAtExactly(RENEWAL_SCOPE, RENEW);

        fire(instance, SECOND_REMINDER_DUE);
        Task urge = taskAt(instance, URGE);
        doThrow(new StepRefused("zhaolei 不是该工作者所在社区的负责人")).when(records)
                .urged(eq(RENEWAL), any(), anyString(), eq("zhaolei"));
        assertThatThrownBy(() -> completeAs("zhaolei", urge, withVariables("urgeAction", "REMINDED",
                "urgeNote", "提醒了"))).hasMessageContaining("不是该工作者所在社区的负责人");
        assertThatThrownBy(() -> completeAs("chenjing", urge, withVariables("urgeAction", "REMINDED")))
                .hasMessageContaining("请说明督促情况");
        assertThatThrownBy(() -> completeAs("chenjing", urge, withVariables("urgeAction", "LATER",
                "urgeNote", "稍后"))).hasMessageContaining("请选择已提醒本人");
        verify(records, never()).urged(anyLong(), any(), anyString(), eq("chenjing"));
        assertThat(instance).isWaitingAt(RENEW, URGE);
    }
}
