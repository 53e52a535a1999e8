package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.ARCHIVED;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.MESSAGE_OBJECTION_FILED;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.OUTCOME;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.REVIEW;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.WINDOW_ELAPSED;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.WITHDRAWN;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.deliberation.DisclosureKind;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.deliberation.domain.MeetingRecorder;
import cn.gongzhi.deliberation.domain.Disclosures.Published;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import cn.gongzhi.shared.process.MatterParticipants;
import cn.gongzhi.shared.process.StepListener;
import cn.gongzhi.shared.process.StepRefused;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of processes/PublicDisclosureProcess.bpmn, with the notice records mocked. */
@Deployment(resources = {"processes/PublicDisclosureProcess.bpmn", "forms/review-objections.form",
        "cn/gongzhi/deliberation/process/DisclosureCallerTestProcess.bpmn"})
class PublicDisclosureProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .excludeProcessDefinitionKeys("DisclosureCallerTestProcess").assertClassCoverageAtLeast(1.0).build();

    private static final long NOTICE = 5L;
    private static final String NUMBER = "N-2026-000005";

    private final Disclosures disclosures = mock(Disclosures.class);
    private final DeliberationRecords records = mock(DeliberationRecords.class);
    private final DeliberationInstances instances = new DeliberationInstances(records, mock(MeetingRecorder.class),
            disclosures);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        DisclosureMocks.register(disclosures, instances);
        Mocks.register("stepListener", new StepListener(List.of(DisclosureMocks.reviewObjections(disclosures,
                instances, List.of()))));
        when(disclosures.publish(any(), anyString(), any(), any(), any(), any(), anyString())).thenReturn(
                new Published(NOTICE, NUMBER, Date.from(Instant.parse("2026-12-03T08:00:00Z"))));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
    }

    @Test
    void windowExpiringWithoutObjectionArchivesTheNotice() {
        ProcessInstance notice = start();
        verify(disclosures).publish(eq(12L), eq("liushu"), eq(DisclosureKind.RESOLUTION), isNull(), isNull(),
                eq(List.of()), eq(notice.getId()));
        assertThat(notice).hasBusinessKey(NUMBER).isWaitingAt(WINDOW_ELAPSED);

        execute(job(WINDOW_ELAPSED, notice));
        assertThat(notice).isEnded().hasPassed(ARCHIVED).variables().containsEntry(OUTCOME.name(), "NO_OBJECTION");
        verify(disclosures).archive(NOTICE);
    }

    @Test
    void dismissedObjectionIsAnsweredPubliclyAndTheNoticeArchived() {
        ProcessInstance notice = start();
        when(disclosures.objectionCount(NOTICE)).thenReturn(1L);
        object();
        assertThat(notice).isWaitingAt(WINDOW_ELAPSED).hasPassed("Event_ObjectionRecorded").variables()
                .containsEntry("objectionCount", 1L);

        when(disclosures.closeWindow(NOTICE)).thenReturn(1L);
        execute(job(WINDOW_ELAPSED, notice));
        assertThat(notice).isWaitingAt(REVIEW);
        assertThat(task(notice)).hasCandidateGroup("supervision-committee-liushu");
        complete(task(notice), withVariables("objectionRuling", "DISMISSED", "rulingReasons", "方案符合村规民约"));
        verify(disclosures).rule(NOTICE, Disclosures.DISMISSED, "方案符合村规民约");

        verify(disclosures).publishRuling(NOTICE);
        assertThat(notice).isEnded().hasPassed(ARCHIVED).variables().containsEntry(OUTCOME.name(), "DISMISSED")
                .doesNotContainKey("rulingReasons");
    }

    @Test
    void upheldObjectionWithdrawsTheNoticeAndTellsTheCaller() {
        ProcessInstance notice = start();
        object();
        object();
        when(disclosures.closeWindow(NOTICE)).thenReturn(2L);
        execute(job(WINDOW_ELAPSED, notice));
        complete(task(notice), withVariables("objectionRuling", "UPHELD", "rulingReasons", "补偿标准未经公示"));
        verify(disclosures).rule(NOTICE, Disclosures.UPHELD, "补偿标准未经公示");

        assertThat(notice).isEnded().hasPassed(WITHDRAWN).hasNotPassed(ARCHIVED).variables()
                .containsEntry(OUTCOME.name(), "UPHELD");
        verify(disclosures).withdraw(NOTICE);
        verify(disclosures, never()).archive(NOTICE);
    }

    @Test
    void aSupervisionCommitteeMemberWhoTookPartInTheMatterDoesNotRuleOnItsObjections() {
        ProcessInstance notice = start();
        String caller = runtimeService().createProcessInstanceQuery().subProcessInstanceId(notice.getId())
                .singleResult().getId();
        MatterParticipants matter = processInstance -> processInstance.equals(caller) ? Set.of("mayuzhen") : Set.of();
        Mocks.register("stepListener", new StepListener(List.of(DisclosureMocks.reviewObjections(disclosures,
                instances, List.of(matter)))));
        object();
        when(disclosures.closeWindow(NOTICE)).thenReturn(1L);
        execute(job(WINDOW_ELAPSED, notice));
        String review = task(notice).getId();

        identityService().setAuthenticatedUserId("mayuzhen");
        try {
            assertThatThrownBy(() -> taskService().complete(review, withVariables("objectionRuling", "DISMISSED",
                    "rulingReasons", "我组织的表决没有问题")))
                    .hasRootCauseInstanceOf(StepRefused.class).rootCause().hasMessageContaining("mayuzhen");
            verify(disclosures, never()).rule(anyLong(), any(), any());
            assertThat(notice).isWaitingAt(REVIEW);

            identityService().setAuthenticatedUserId("yangshulin");
            taskService().complete(review, withVariables("objectionRuling", "DISMISSED", "rulingReasons", "符合程序"));
        } finally {
            identityService().clearAuthentication();
        }
        assertThat(notice).isEnded().hasPassed(ARCHIVED);
    }

    /** The disclosure is only ever called: a deliberation of liushu calls it here. */
    private ProcessInstance start() {
        ProcessInstance caller = runtimeService().startProcessInstanceByKey("DisclosureCallerTestProcess",
                Map.of("deliberationId", 12L, "communityCode", "liushu", "disclosureKind", "RESOLUTION"));
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    }

    private void object() {
        runtimeService().createMessageCorrelation(MESSAGE_OBJECTION_FILED).processInstanceBusinessKey(NUMBER)
                .correlate();
    }
}
