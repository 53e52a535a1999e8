package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.BLOW_WHISTLE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.BUNDLED;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CLOSED;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMITMENT_OVERDUE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CONFIRM_DEPARTMENTS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DECIDE_CONVENING;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DISCLOSE_OUTCOME;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.EVALUATE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.FOLLOW_UP;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.KEY;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.MEETING_TIME_ARRIVED;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RECORD_MEETING;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.REPORT_COMMITMENT_DONE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.REPORT_IN;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.REPORT_IN_LATE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.SENT_BACK;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.WAIT_FOR_MEETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.deliberation.process.DisclosureMocks;
import cn.gongzhi.deliberation.domain.Disclosures.Published;
import cn.gongzhi.escalation.domain.EscalationRecords;
import cn.gongzhi.escalation.domain.EscalationRecords.Answer;
import cn.gongzhi.escalation.domain.EscalationRecords.Registered;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
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

/** Every path of processes/JointMeetingEscalationProcess.bpmn, with the real department table and disclosure model. */
@Deployment(resources = {"processes/JointMeetingEscalationProcess.bpmn", "processes/EscalationDepartmentDecision.dmn",
        "processes/PublicDisclosureProcess.bpmn", "forms/start-escalation.form", "forms/blow-whistle.form",
        "forms/decide-convening.form", "forms/confirm-departments.form", "forms/report-in.form",
        "forms/record-joint-meeting.form", "forms/report-commitment-done.form",
        "forms/follow-up-overdue-commitment.form", "forms/evaluate-departments.form", "forms/review-objections.form"})
class JointMeetingEscalationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .excludeProcessDefinitionKeys("PublicDisclosureProcess").assertClassCoverageAtLeast(1.0).build();

    private static final long ESCALATION = 3L;
    private final EscalationRecords records = mock(EscalationRecords.class);
    private final Disclosures disclosures = mock(Disclosures.class);
    private final EscalationInstances instances = new EscalationInstances(records);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("registerEscalationDelegate", new RegisterEscalationDelegate(records));
        Mocks.register("escalationTaskListener", new EscalationTaskListener(records, instances));
        Mocks.register("escalationCollections", new EscalationCollections(records, instances));
        Mocks.register("flagLateDepartmentDelegate", new FlagLateDepartmentDelegate(records, instances));
        Mocks.register("markCommitmentOverdueDelegate", new MarkCommitmentOverdueDelegate(records, instances));
        Mocks.register("sendBackDelegate", new SendBackDelegate(records, instances));
        Mocks.register("closeLoopDelegate", new CloseLoopDelegate(records, instances));
        DisclosureMocks.register(disclosures);
        registered(false, false);
        when(records.decideConvening(eq(ESCALATION), any(), any())).thenReturn("CONVENE");
        when(records.proposeDepartments(eq(ESCALATION), anyString(), anyString())).thenReturn("water,urban-mgmt");
        when(records.confirmDepartments(eq(ESCALATION), any(), any()))
                .thenReturn(Date.from(Instant.parse("2026-12-01T01:30:00Z")));
        when(records.summoned(ESCALATION)).thenReturn(List.of("water", "urban-mgmt"));
        when(records.reportDue(eq(ESCALATION), anyString())).thenReturn(Date.from(Instant.parse("2026-11-28T02:00:00Z")));
        when(records.openCommitments(ESCALATION)).thenReturn(List.of(11L, 12L));
        when(records.departmentOf(11L)).thenReturn("water");
        when(records.departmentOf(12L)).thenReturn("urban-mgmt");
        when(records.deadlineOf(anyLong())).thenReturn(Date.from(Instant.parse("2026-12-10T16:00:00Z")));
        when(records.outcomeTitle(ESCALATION)).thenReturn("吹哨办理结果：E-2026-000003");
        when(records.outcomeContent(ESCALATION)).thenReturn("主管道已更换");
        when(records.close(ESCALATION)).thenReturn(new Answer(List.of("P-2026-000009"), "主管道已更换"));
        when(records.sendBack(ESCALATION)).thenReturn(new Answer(List.of("P-2026-000009"), "退回社区"));
        when(disclosures.publish(any(), anyString(), any(), any(), any(), anyString()))
                .thenReturn(new Published(70L, "N-2026-000070", Date.from(Instant.parse("2026-12-20T00:00:00Z"))));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
    }

    @Test
    void petitionsWhistleIsConvenedReportedInMetSupervisedEvaluatedAndAnswered() {
        ProcessInstance escalation = fromPetition();
        assertThat(escalation).hasBusinessKey("E-2026-000003").isWaitingAt(BLOW_WHISTLE);
        assertThat(task(escalation)).hasCandidateGroup("party-branch-heyuan");
        complete(task(escalation), withVariables("reason", "涉及供水和道路两个部门", "triedSoFar", "协调三次未果"));
        assertThat(escalation).isWaitingAt(DECIDE_CONVENING);
        assertThat(task(escalation)).hasCandidateGroup("street-party-qinghe");
        complete(task(escalation), withVariables("convene", "CONVENE", "instructions", "召集"));

        assertThat(escalation).isWaitingAt(CONFIRM_DEPARTMENTS).variables()
                .containsEntry("dutyCodes", "WATER_SUPPLY,DRAINAGE,ROAD_REPAIR").containsEntry("reportInLimit", "P1D")
                .containsEntry("proposedDepartments", "water,urban-mgmt");
        complete(task(escalation), withVariables("departmentCodes", "water,urban-mgmt", "meetingTime", "2026-12-01T09:30"));

        List<Task> reportIns = taskQuery().processInstanceId(escalation.getId()).taskDefinitionKey(REPORT_IN).list();
        assertThat(reportIns).hasSize(2);
        reportIns.forEach(t -> complete(t, withVariables("liaisonName", "联络员")));
        verify(records).reportedIn(eq(ESCALATION), eq("water"), any(), any());
        verify(records).reportedIn(eq(ESCALATION), eq("urban-mgmt"), any(), any());
        assertThat(escalation).isWaitingAt(WAIT_FOR_MEETING);
        managementService().executeJob(managementService().createJobQuery().activityId(WAIT_FOR_MEETING)
                .singleResult().getId());

        assertThat(escalation).isWaitingAt(RECORD_MEETING);
        complete(task(escalation), withVariables("attendance", "water,urban-mgmt", "minutes", "会议记录",
                "commitments", "water：更换主管道；2026-12-10\nurban-mgmt：恢复路面；2026-12-10"));
        List<Task> commitments = taskQuery().processInstanceId(escalation.getId())
                .taskDefinitionKey(REPORT_COMMITMENT_DONE).list();
        assertThat(commitments).extracting(Task::getDueDate).containsOnly(
                Date.from(Instant.parse("2026-12-10T16:00:00Z")));
        commitments.forEach(t -> complete(t, withVariables("completionReport", "已完成")));

        assertThat(escalation).isWaitingAt(EVALUATE);
        complete(task(escalation), withVariables("ratings", "water：5,5,5\nurban-mgmt：4,4,5", "outcome", "主管道已更换"));
        assertThat(escalation).isWaitingAt(DISCLOSE_OUTCOME);
        ProcessInstance notice = processInstanceQuery().superProcessInstanceId(escalation.getId()).singleResult();
        managementService().executeJob(managementService().createJobQuery().processInstanceId(notice.getId())
                .singleResult().getId());

        assertThat(escalation).isEnded().hasPassed(CLOSED);
        verify(records).resumed(ESCALATION, "P-2026-000009");
    }

    @Test
    void communityBlowsTheWhistleByHand() {
        registered(false, true);
        ProcessInstance escalation = runtimeService().startProcessInstanceByKey(KEY, Map.of("communityCode", "heyuan",
                "category", "WATER_SUPPLY", "reason", "多部门", "triedSoFar", "协调未果"));
        assertThat(escalation).isWaitingAt(DECIDE_CONVENING).hasNotPassed(BLOW_WHISTLE).variables()
                .doesNotContainKeys("reason", "triedSoFar");
    }

    @Test
    void streetSendsTheMatterBackAndThePetitionsResumeWithItsInstructions() {
        registered(false, true);
        when(records.decideConvening(eq(ESCALATION), any(), any())).thenReturn("RETURN");
        ProcessInstance escalation = runtimeService().startProcessInstanceByKey(KEY, Map.of("communityCode", "heyuan",
                "category", "NOISE"));
        complete(task(escalation), withVariables("convene", "RETURN", "instructions", "属物业管理范围"));
        assertThat(escalation).isEnded().hasPassed(SENT_BACK);
        verify(records).resumed(ESCALATION, "P-2026-000009");
        verify(records, never()).close(anyLong());
    }

    @Test
    void aSecondPetitionOnTheSameMatterJoinsTheOpenEscalation() {
        registered(true, true);
        ProcessInstance escalation = fromPetition();
        assertThat(escalation).isEnded().hasPassed(BUNDLED);
    }

    @Test
    void lateDepartmentIsFlaggedAndTheMeetingStillGoesAhead() {
        registered(false, true);
        ProcessInstance escalation = toReportIn();
        managementService().executeJob(managementService().createJobQuery().activityId(REPORT_IN_LATE).list().get(0)
                .getId());
        verify(records).flagLate(eq(ESCALATION), anyString());
        managementService().executeJob(managementService().createJobQuery().activityId(MEETING_TIME_ARRIVED)
                .singleResult().getId());
        assertThat(escalation).isWaitingAt(RECORD_MEETING);
        assertThat(taskQuery().processInstanceId(escalation.getId()).taskDefinitionKey(REPORT_IN).count()).isZero();
    }

    @Test
    void overdueCommitmentIsFollowedUpAndTheEscalationWaitsUntilItIsDone() {
        registered(false, true);
        ProcessInstance escalation = toReportIn();
        managementService().executeJob(managementService().createJobQuery().activityId(MEETING_TIME_ARRIVED)
                .singleResult().getId());
        complete(task(escalation), withVariables("attendance", "water", "minutes", "会议记录",
                "commitments", "water：更换主管道；2026-12-10"));
        managementService().executeJob(managementService().createJobQuery().activityId(COMMITMENT_OVERDUE).list()
                .get(0).getId());
        verify(records).commitmentOverdue(anyLong());
        Task followUp = taskQuery().processInstanceId(escalation.getId()).taskDefinitionKey(FOLLOW_UP).singleResult();
        assertThat(followUp).isNotNull();
        complete(followUp, withVariables("followUpNote", "限三日内完成"));
        assertThat(escalation).isNotEnded();
        taskQuery().processInstanceId(escalation.getId()).taskDefinitionKey(REPORT_COMMITMENT_DONE).list()
                .forEach(t -> complete(t, withVariables("completionReport", "已完成")));
        assertThat(escalation).isWaitingAt(EVALUATE);
    }

    private ProcessInstance toReportIn() {
        ProcessInstance escalation = runtimeService().startProcessInstanceByKey(KEY, Map.of("communityCode", "heyuan",
                "category", "WATER_SUPPLY"));
        complete(task(escalation), withVariables("convene", "CONVENE", "instructions", "召集"));
        complete(task(escalation), withVariables("departmentCodes", "water,urban-mgmt", "meetingTime", "2026-12-01T09:30"));
        return escalation;
    }

    private ProcessInstance fromPetition() {
        return runtimeService().createMessageCorrelation("Message_EscalationRequested")
                .processInstanceBusinessKey("P-2026-000009").setVariable("petitionNumber", "P-2026-000009")
                .setVariable("communityCode", "heyuan").setVariable("category", "WATER_SUPPLY").correlateStartMessage();
    }

    private void registered(boolean bundled, boolean whistleFiled) {
        when(records.register(any(), any(), anyString())).thenReturn(new Registered(ESCALATION, "E-2026-000003",
                "heyuan", "qinghe", "WATER_SUPPLY", bundled, whistleFiled));
    }
}
