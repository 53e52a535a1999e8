package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.BLOW_WHISTLE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.BUNDLED;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CLOSED;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CLOSE_LOOP;
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
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.SEND_BACK;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.SENT_BACK;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.WAIT_FOR_MEETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CHOOSE_COMMUNITY;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.deliberation.DisclosureKind;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.deliberation.process.PublicDisclosureProcess;
import cn.gongzhi.deliberation.process.DisclosureMocks;
import cn.gongzhi.deliberation.domain.Disclosures.Published;
import cn.gongzhi.escalation.domain.Convening;
import cn.gongzhi.escalation.domain.Convening.DepartmentChoice;
import cn.gongzhi.escalation.domain.EscalationCases;
import cn.gongzhi.escalation.domain.EscalationCases.CaseView;
import cn.gongzhi.escalation.domain.EscalationCases.Convened;
import cn.gongzhi.escalation.domain.EscalationClosing;
import cn.gongzhi.escalation.domain.EscalationClosing.Answer;
import cn.gongzhi.escalation.domain.Evaluations;
import cn.gongzhi.escalation.domain.FollowUpVolunteers;
import cn.gongzhi.escalation.domain.JointMeetings;
import cn.gongzhi.escalation.domain.Whistles;
import cn.gongzhi.shared.process.StepListener;
import cn.gongzhi.petition.PetitionService.OpenPetition;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.SavePoints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import cn.gongzhi.escalation.domain.Whistles.Registered;
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
        "forms/follow-up-overdue-commitment.form", "forms/evaluate-departments.form", "forms/review-objections.form",
        "forms/choose-whistle-community.form"})
class JointMeetingEscalationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .excludeProcessDefinitionKeys("PublicDisclosureProcess").assertClassCoverageAtLeast(1.0).build();

    private static final long ESCALATION = 3L;
    private final Whistles whistles = mock(Whistles.class);
    private final Convening convening = mock(Convening.class);
    private final JointMeetings meetings = mock(JointMeetings.class);
    private final Evaluations evaluations = mock(Evaluations.class);
    private final EscalationClosing closing = mock(EscalationClosing.class);
    private final EscalationCases cases = mock(EscalationCases.class);
    private final Disclosures disclosures = mock(Disclosures.class);
    private final EscalationInstances instances = new EscalationInstances(cases);
    private final WhistleCommunities communities = mock(WhistleCommunities.class);
    private final FollowUpVolunteers volunteers = mock(FollowUpVolunteers.class);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("savePoints", new SavePoints(SavePoints.DEFAULT_RETRY_CYCLE));
        Mocks.register("registerEscalationDelegate", new RegisterEscalationDelegate(whistles, cases));
        Mocks.register("identifyWhistleCommunityDelegate", new IdentifyWhistleCommunityDelegate(communities, whistles));
        Mocks.register("stepListener", new StepListener(List.of(new ChooseWhistleCommunityStep(communities, whistles),
                new BlowWhistleStep(whistles, cases, instances), new DecideConveningStep(convening, cases, instances),
                new ConfirmDepartmentsStep(convening, cases, instances), new ReportInStep(convening, cases, instances),
                new RecordJointMeetingStep(convening, meetings, cases, instances, volunteers),
                new ReportCommitmentDoneStep(meetings, cases, instances),
                new FollowUpOverdueCommitmentStep(meetings, cases, instances),
                new EvaluateDepartmentsStep(evaluations, cases, instances),
                DisclosureMocks.reviewObjections(disclosures))));
        Mocks.register("escalationCollections", new EscalationCollections(convening, meetings, closing, instances));
        Mocks.register("flagLateDepartmentDelegate", new FlagLateDepartmentDelegate(convening, instances));
        Mocks.register("markCommitmentOverdueDelegate", new MarkCommitmentOverdueDelegate(meetings, instances));
        Mocks.register("sendBackDelegate", new SendBackDelegate(closing, instances));
        Mocks.register("closeLoopDelegate", new CloseLoopDelegate(closing, instances));
        DisclosureMocks.register(disclosures);
        registered(false, false);
        when(convening.proposeDepartments(eq(ESCALATION), anyString(), anyString()))
                .thenReturn(List.of("water", "urban-mgmt"));
        when(convening.departmentChoices(ESCALATION)).thenReturn(List.of(new DepartmentChoice("water", "区水务局"),
                new DepartmentChoice("urban-mgmt", "区城市管理委员会"), new DepartmentChoice("police", "清河派出所")));
        when(cases.caseView(ESCALATION)).thenReturn(new CaseView("E-2026-000003", "供水", "和园社区", "涉及两个部门",
                "协调三次未果", null, null, List.of("P-2026-000009"), List.of(
                        new Convened("water", "区水务局", null, null, false, null),
                        new Convened("urban-mgmt", "区城市管理委员会", null, null, false, null))));
        when(cases.commitmentText(anyLong())).thenReturn("区水务局：更换主管道（2026-12-10 前完成）");
        when(convening.confirmDepartments(eq(ESCALATION), any(), any(), any()))
                .thenReturn(Date.from(Instant.parse("2026-12-01T01:30:00Z")));
        when(convening.summoned(ESCALATION)).thenReturn(List.of("water", "urban-mgmt"));
        when(convening.reportDue(eq(ESCALATION), anyString())).thenReturn(Date.from(Instant.parse("2026-11-28T02:00:00Z")));
        when(meetings.openCommitments(ESCALATION)).thenReturn(List.of(11L, 12L));
        when(meetings.departmentOf(11L)).thenReturn("water");
        when(meetings.departmentOf(12L)).thenReturn("urban-mgmt");
        when(meetings.deadlineOf(anyLong())).thenReturn(Date.from(Instant.parse("2026-12-10T16:00:00Z")));
        when(closing.outcomeTitle(ESCALATION)).thenReturn("吹哨办理结果：小区停水三天");
        when(closing.outcomeSubjects(ESCALATION)).thenReturn("E-2026-000003,P-2026-000009");
        when(closing.outcomeContent(ESCALATION)).thenReturn("主管道已更换");
        when(closing.close(ESCALATION)).thenReturn(new Answer(List.of("P-2026-000009"), "主管道已更换"));
        when(closing.sendBack(ESCALATION)).thenReturn(new Answer(List.of("P-2026-000009"), "退回社区"));
        when(disclosures.publish(any(), anyString(), any(), any(), any(), any(), anyString()))
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
                .containsEntry("dutyCodes", "WATER_SUPPLY,DRAINAGE,ROAD_REPAIR").containsEntry("reportInLimit", "P1D");
        assertThat(taskService().getVariableLocal(task(escalation).getId(), "departments").toString())
                .as("the proposal is pre-ticked").isEqualTo("[\"water\",\"urban-mgmt\"]");
        complete(task(escalation), withVariables("departments", json("[\"water\",\"urban-mgmt\"]"),
                "meetingTime", "2026-12-01T09:30"));

        List<Task> reportIns = taskQuery().processInstanceId(escalation.getId()).taskDefinitionKey(REPORT_IN).list();
        assertThat(reportIns).hasSize(2);
        reportIns.forEach(t -> complete(t, withVariables("liaisonName", "联络员")));
        verify(convening).reportedIn(eq(ESCALATION), eq("water"), any(), any());
        verify(convening).reportedIn(eq(ESCALATION), eq("urban-mgmt"), any(), any());
        assertThat(escalation).isWaitingAt(WAIT_FOR_MEETING);
        managementService().executeJob(managementService().createJobQuery().activityId(WAIT_FOR_MEETING)
                .singleResult().getId());

        assertThat(escalation).isWaitingAt(RECORD_MEETING);
        verify(convening).closeReportIn(ESCALATION);
        FollowUpVolunteers.Request asked = new FollowUpVolunteers.Request(2, "协助回访沿街住户");
        when(volunteers.read(2L, "协助回访沿街住户")).thenReturn(asked);
        complete(task(escalation), withVariables("attendance", json("[\"water\",\"urban-mgmt\"]"), "minutes", "会议记录",
                "commitments", json("[{\"department\":\"water\",\"measure\":\"更换主管道\",\"dueDate\":\"2026-12-10\"},"
                        + "{\"department\":\"urban-mgmt\",\"measure\":\"恢复路面\",\"dueDate\":\"2026-12-10\"}]"),
                "volunteers", 2L, "volunteerTask", "协助回访沿街住户"));
        // the convener asks the community's members for two volunteers: recorded after the meeting, form values gone
        verify(volunteers).request(eq(ESCALATION), eq(asked), any());
        assertThat(runtimeService().getVariables(escalation.getId())).doesNotContainKeys("volunteers", "volunteerTask");
        List<Task> commitments = taskQuery().processInstanceId(escalation.getId())
                .taskDefinitionKey(REPORT_COMMITMENT_DONE).list();
        assertThat(commitments).extracting(Task::getDueDate).containsOnly(
                Date.from(Instant.parse("2026-12-10T16:00:00Z")));
        commitments.forEach(t -> complete(t, withVariables("completionReport", "已完成")));

        assertThat(escalation).isWaitingAt(EVALUATE);
        assertThat(taskService().getVariableLocal(task(escalation).getId(), "ratings").toString())
                .as("one row per convened department").isEqualTo("[{\"department\":\"water\"},{\"department\":\"urban-mgmt\"}]");
        complete(task(escalation), withVariables("ratings", json("[{\"department\":\"water\",\"onTime\":5,"
                + "\"effective\":5,\"cooperative\":5},{\"department\":\"urban-mgmt\",\"onTime\":4,\"effective\":4,"
                + "\"cooperative\":5}]"), "outcome", "主管道已更换"));
        assertThat(escalation).as("the street's rating is saved before the petitions are answered")
                .isWaitingAt(CLOSE_LOOP).hasNotPassed(CLOSE_LOOP);
        execute(job(CLOSE_LOOP));
        execute(job(DISCLOSE_OUTCOME));

        assertThat(escalation).as("the petitions hear the outcome before the notice's objection window runs")
                .hasPassed(CLOSE_LOOP).isWaitingAt(DISCLOSE_OUTCOME);
        verify(closing).close(ESCALATION);
        verify(closing).resumed(ESCALATION, "P-2026-000009");
        ProcessInstance notice = processInstanceQuery().superProcessInstanceId(escalation.getId()).singleResult();
        assertThat(notice).isWaitingAt(PublicDisclosureProcess.WINDOW_ELAPSED);
        verify(disclosures).publish(isNull(), eq("heyuan"), eq(DisclosureKind.OUTCOME), eq("吹哨办理结果：小区停水三天"),
                eq("主管道已更换"), eq(List.of("E-2026-000003", "P-2026-000009")), eq(notice.getId()));
        managementService().executeJob(managementService().createJobQuery().processInstanceId(notice.getId())
                .singleResult().getId());

        assertThat(escalation).isEnded().hasPassed(CLOSED);
        verify(closing, times(1)).resumed(ESCALATION, "P-2026-000009");
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
        ProcessInstance escalation = runtimeService().startProcessInstanceByKey(KEY, Map.of("communityCode", "heyuan",
                "category", "NOISE"));
        complete(task(escalation), withVariables("convene", "RETURN", "instructions", "属物业管理范围"));
        execute(job(SEND_BACK));
        assertThat(escalation).isEnded().hasPassed(SENT_BACK);
        verify(closing).resumed(ESCALATION, "P-2026-000009");
        verify(closing, never()).close(anyLong());
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
        verify(convening).flagLate(eq(ESCALATION), anyString());
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
        complete(task(escalation), withVariables("attendance", json("[\"water\"]"), "minutes", "会议记录",
                "commitments", json("[{\"department\":\"water\",\"measure\":\"更换主管道\",\"dueDate\":\"2026-12-10\"}]")));
        managementService().executeJob(managementService().createJobQuery().activityId(COMMITMENT_OVERDUE).list()
                .get(0).getId());
        verify(meetings).commitmentOverdue(anyLong());
        Task followUp = taskQuery().processInstanceId(escalation.getId()).taskDefinitionKey(FOLLOW_UP).singleResult();
        assertThat(followUp).isNotNull();
        complete(followUp, withVariables("followUpNote", "限三日内完成"));
        assertThat(escalation).isNotEnded();
        taskQuery().processInstanceId(escalation.getId()).taskDefinitionKey(REPORT_COMMITMENT_DONE).list()
                .forEach(t -> complete(t, withVariables("completionReport", "已完成")));
        assertThat(escalation).isWaitingAt(EVALUATE);
    }

    @Test
    void aSecretaryOfSeveralCommunitiesChoosesTheCommunityAndItsOpenPetitionsByName() {
        registered(false, true);
        when(communities.of(any())).thenReturn(List.of(
                new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe"),
                new CommunityRef("liushu", "柳树村", CommunityType.RURAL, "qinghe")));
        when(whistles.openPetitions("heyuan")).thenReturn(List.of(new OpenPetition("P-2026-000009", "供水")));
        when(whistles.openPetitions("liushu")).thenReturn(List.of(new OpenPetition("P-2026-000010", "村内道路")));
        identityService().setAuthentication("wangfang", List.of("party-branch-heyuan", "party-branch-liushu"));
        ProcessInstance escalation;
        try {
            escalation = runtimeService().startProcessInstanceByKey(KEY, Map.of("category", "WATER_SUPPLY",
                    "reason", "多部门", "triedSoFar", "协调未果"));
        } finally {
            identityService().clearAuthentication();
        }
        assertThat(escalation).isWaitingAt(CHOOSE_COMMUNITY);
        Task choose = task(escalation);
        assertThat(choose).isAssignedTo("wangfang");
        assertThat(labels(choose, "communityOptions")).containsExactly("和园社区", "柳树村");
        assertThat(labels(choose, "relatedPetitionOptions")).containsExactly("P-2026-000009 供水（和园社区）", "P-2026-000010 村内道路（柳树村）");

        assertThatThrownBy(() -> complete(choose, withVariables("community", "liushu",
                "relatedPetitions", json("[\"P-2026-000009\"]")))).hasMessageContaining("不属于柳树村");
        assertThatThrownBy(() -> complete(choose, withVariables("community", "qinghe-elsewhere")))
                .hasMessageContaining("社区（村）只能从列出的选项中选择");
        complete(choose, withVariables("community", "heyuan", "relatedPetitions", json("[\"P-2026-000009\"]")));
        verify(whistles).register(argThat(vars -> "heyuan".equals(vars.get("communityCode"))),
                eq(List.of("P-2026-000009")), any(), anyString());
        assertThat(escalation).isWaitingAt(DECIDE_CONVENING).variables().doesNotContainKeys("relatedPetitions",
                "community", "reason", "triedSoFar");
    }

    @Test
    void aSecretaryOfOneCommunityWithoutOpenPetitionsGoesStraightToTheStreet() {
        registered(false, true);
        when(communities.of(any())).thenReturn(List.of(
                new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe")));
        identityService().setAuthentication("wangfang", List.of("party-branch-heyuan"));
        ProcessInstance escalation;
        try {
            escalation = runtimeService().startProcessInstanceByKey(KEY, Map.of("category", "WATER_SUPPLY",
                    "reason", "多部门", "triedSoFar", "协调未果"));
        } finally {
            identityService().clearAuthentication();
        }
        assertThat(escalation).isWaitingAt(DECIDE_CONVENING).hasNotPassed(CHOOSE_COMMUNITY).variables()
                .containsEntry("communityCode", "heyuan").containsEntry("matterNumber", "E-2026-000003")
                .containsEntry("matterCategory", "供水").containsEntry("matterPlace", "和园社区");
    }

    private ProcessInstance toReportIn() {
        ProcessInstance escalation = runtimeService().startProcessInstanceByKey(KEY, Map.of("communityCode", "heyuan",
                "category", "WATER_SUPPLY"));
        complete(task(escalation), withVariables("convene", "CONVENE", "instructions", "召集"));
        complete(task(escalation), withVariables("departments", json("[\"water\",\"urban-mgmt\"]"),
                "meetingTime", "2026-12-01T09:30"));
        return escalation;
    }

    private ProcessInstance fromPetition() {
        return runtimeService().createMessageCorrelation("Message_EscalationRequested")
                .processInstanceBusinessKey("P-2026-000009").setVariable("petitionNumber", "P-2026-000009")
                .setVariable("communityCode", "heyuan").setVariable("category", "WATER_SUPPLY").correlateStartMessage();
    }

    private static List<String> labels(Task task, String optionsKey) {
        List<String> labels = new java.util.ArrayList<>();
        try {
            new ObjectMapper().readTree(taskService().getVariableLocal(task.getId(), optionsKey).toString())
                    .forEach(option -> labels.add(option.get("label").asText()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return labels;
    }

    private static JsonValue json(String text) {
        return SpinValues.jsonValue(text).create();
    }

    private void registered(boolean bundled, boolean whistleFiled) {
        when(whistles.register(any(), any(), any(), anyString())).thenReturn(new Registered(ESCALATION, "E-2026-000003",
                "heyuan", "qinghe", "WATER_SUPPLY", bundled, whistleFiled));
    }
}
