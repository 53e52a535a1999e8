package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.ASSIGN;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.CALLBACK;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.CHOOSE_COMMUNITY;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.CLOSED;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.CONTACT;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.CONTACT_OVERDUE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.CONTACT_REMINDER;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.ESCALATION_OUTCOME;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.ESCALATION_REQUESTED;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.ESCALATION_RESOLVED;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.HANDLE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.HANDLE_RETURNED;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.HANDLING_OVERDUE;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.HANDLING_REMINDER;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.KEY;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.MESSAGE_ESCALATION_RESOLVED;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.SUPERVISE_OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionSubmission;
import cn.gongzhi.petition.domain.PetitionCaseSummaries;
import cn.gongzhi.petition.domain.PetitionDispatch;
import cn.gongzhi.petition.domain.PetitionDispatch.DecisionInputs;
import cn.gongzhi.petition.domain.PetitionDispatch.AccessDecision;
import cn.gongzhi.petition.domain.PetitionDispatch.Dues;
import cn.gongzhi.petition.domain.PetitionEscalations;
import cn.gongzhi.petition.domain.PetitionHandling;
import cn.gongzhi.petition.domain.PetitionHandling.CallbackVerdict;
import cn.gongzhi.petition.domain.PetitionHandling.HandlingOutcome;
import cn.gongzhi.petition.domain.PetitionRegistration;
import cn.gongzhi.petition.domain.PetitionRegistration.Matter;
import cn.gongzhi.petition.domain.PetitionRegistration.Registered;
import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.shared.process.StepListener;
import java.util.Optional;
import org.camunda.bpm.engine.variable.Variables;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.shared.process.SavePoints;
import cn.gongzhi.shared.process.Starter;
import java.util.List;
import java.util.Set;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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

/** Every path of processes/ResidentPetitionProcess.bpmn, with the real dispatch table and a mocked petition record. */
@Deployment(resources = {"processes/ResidentPetitionProcess.bpmn", "processes/PetitionDispatchDecision.dmn",
        "forms/petition-intake.form", "forms/contact-petitioner.form", "forms/handle-petition.form",
        "forms/call-back-petitioner.form", "forms/answer-returned-petition.form",
        "forms/supervise-overdue-petition.form", "forms/choose-petition-community.form"})
class ResidentPetitionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final long PETITION = 17L;
    private static final String NUMBER = "P-2026-000017";
    private static final Date CONTACT_DUE = Date.from(Instant.parse("2026-11-27T08:00:00Z"));
    private static final Date RESOLUTION_DUE = Date.from(Instant.parse("2026-12-03T08:00:00Z"));
    private static final Dues DUES = new Dues(CONTACT_DUE,
            Date.from(Instant.parse("2026-11-27T02:00:00Z")), RESOLUTION_DUE,
            Date.from(Instant.parse("2026-12-01T14:00:00Z")));

    private final PetitionRegistration registration = mock(PetitionRegistration.class);
    private final PetitionDispatch dispatch = mock(PetitionDispatch.class);
    private final PetitionHandling handling = mock(PetitionHandling.class);
    private final PetitionEscalations escalations = mock(PetitionEscalations.class);
    private final PetitionCaseSummaries summaries = mock(PetitionCaseSummaries.class);
    private final PetitionInstances instances = new PetitionInstances(registration);
    private final PetitionForms forms = new PetitionForms(summaries, registration, instances);
    private final HistoryAccessPlugin historyAccess = mock(HistoryAccessPlugin.class);

    @BeforeEach
    void wireDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("savePoints", new SavePoints(SavePoints.DEFAULT_RETRY_CYCLE));
        Mocks.register("registerPetitionDelegate", new RegisterPetitionDelegate(registration, historyAccess));
        Mocks.register("dispatchInputsListener", new DispatchInputsListener(dispatch, instances));
        Mocks.register("recordDispatchListener", new RecordDispatchListener(dispatch, instances));
        Mocks.register("checkAccessListDelegate", new CheckAccessListDelegate(dispatch, instances));
        Mocks.register("assignPetitionDelegate", new AssignPetitionDelegate(dispatch, instances));
        Mocks.register("petitionRecords", new PetitionRecords(dispatch, instances));
        Mocks.register("sendReminderDelegate", new SendReminderDelegate(dispatch, instances));
        Mocks.register("recordOverdueDelegate", new RecordOverdueDelegate(dispatch, instances));
        Mocks.register("stepListener", new StepListener(List.of(new ChoosePetitionCommunityStep(forms, registration, historyAccess),
                new ContactPetitionerStep(forms, handling), new HandlePetitionStep(forms, handling),
                new CallBackPetitionerStep(forms, handling), new AnswerReturnedPetitionStep(forms, handling),
                new SuperviseOverduePetitionStep(forms, handling))));
        Mocks.register("evaluateCallbackDelegate", new EvaluateCallbackDelegate(handling, instances));
        Mocks.register("reopenPetitionDelegate", new ReopenPetitionDelegate(handling, instances));
        Mocks.register("requestEscalationDelegate", new RequestEscalationDelegate(escalations, instances));
        Mocks.register("recordEscalationOutcomeListener", new RecordEscalationOutcomeListener(escalations, instances));
        Mocks.register("closePetitionDelegate", new ClosePetitionDelegate(handling, instances));
        when(dispatch.dues(PETITION)).thenReturn(DUES);
        when(dispatch.assignee(PETITION)).thenReturn("zhangwei");
        when(dispatch.checkAccessList(PETITION)).thenReturn(new AccessDecision(true, null, "依法履职事项"));
        when(dispatch.assign(PETITION)).thenReturn(Optional.of("zhangwei"));
        when(summaries.taskSummary(PETITION)).thenReturn(NUMBER + " · 邻里纠纷");
        when(registration.matter(PETITION)).thenReturn(new Matter(NUMBER, "邻里纠纷", "和园社区 和园第一网格",
                "楼上漏水"));
        when(summaries.caseSummary(eq(PETITION), any())).thenReturn(List.of("#### 诉求 " + NUMBER + " · 邻里纠纷"));
        when(handling.evaluateCallback(PETITION)).thenReturn(CallbackVerdict.CLOSE);
        when(escalations.requested(PETITION)).thenReturn(new PetitionEscalations.EscalationRequest(NUMBER,
                "heyuan", "NEIGHBOUR_DISPUTE", "zhangwei"));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
    }

    @Test
    void petitionIsDispatchedAssignedHandledCalledBackAndClosed() {
        ProcessInstance petition = start("NEIGHBOUR_DISPUTE", "URBAN");

        verify(registration).register(any(), eq(null), eq(petition.getId()));
        verify(historyAccess).communityKnown(any());
        verify(dispatch).dispatched(PETITION, "COMMUNITY", "ORDINARY", "PT24H", "P7D");
        assertThat(petition).isWaitingAt(CONTACT).hasPassed(ASSIGN);
        assertThat(task(petition)).isAssignedTo("zhangwei").hasDueDate(CONTACT_DUE)
                .hasDescription(NUMBER + " · 邻里纠纷");
        // the petition holds its number, category and place: the task's row shows them, no process variable copies them
        assertThat(BpmnAwareTests.taskService().getVariablesLocal(task(petition).getId()))
                .containsEntry("matterNumber", NUMBER).containsEntry("matterCategory", "邻里纠纷")
                .containsEntry("matterPlace", "和园社区 和园第一网格").containsEntry("matterSummary", "楼上漏水");
        assertThat(petition).hasPassed("Gateway_MergeCommunityKnown").hasNotPassed(CHOOSE_COMMUNITY).variables()
                .containsOnlyKeys("petitionId", "communityCode");
        verify(summaries).caseSummary(PETITION, PetitionStep.CONTACT);
        assertThat(BpmnAwareTests.taskService().getVariableLocal(task(petition).getId(), "caseSummary"))
                .isEqualTo("#### 诉求 " + NUMBER + " · 邻里纠纷");
        assertThat(candidateGroups(task(petition))).containsExactly("workers-heyuan");

        complete(task(petition), withVariables("contactNote", "已电话联系，约定明日上门"));
        verify(handling).contacted(eq(PETITION), any(), eq("已电话联系，约定明日上门"));
        assertThat(petition).isWaitingAt(HANDLE);
        assertThat(task(petition)).hasDueDate(RESOLUTION_DUE).isAssignedTo("zhangwei");

        complete(task(petition), withVariables("handlingOutcome", "RESOLVED", "measures", "双方达成调解协议"));
        assertThat(petition).isWaitingAt(CALLBACK);
        assertThat(task(petition)).hasCandidateGroup("supervisors-heyuan").hasCandidateGroup("workers-heyuan");

        complete(task(petition), withVariables("resolved", true, "satisfaction", 5, "callbackComment", "满意"));
        assertThat(petition).isEnded().hasPassed(CLOSED);
        verify(handling).close(PETITION);
        // the verdicts the gateways routed on were transient: only the ids and the handling form's outcome were stored
        assertThat(BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(petition.getId()).list()).filteredOn(v -> v.getTaskId() == null)
                .extracting(v -> v.getName()).containsExactlyInAnyOrder("petitionId", "communityCode", "handlingOutcome");
    }

    @Test
    void petitionReturnsToDepartmentWhenNotOnAccessList() {
        when(dispatch.checkAccessList(PETITION)).thenReturn(new AccessDecision(false, "enforcement", "负面清单事项"));
        ProcessInstance petition = start("ILLEGAL_CONSTRUCTION", "URBAN");

        verify(dispatch).dispatched(PETITION, "DEPARTMENT", "COMPLEX", "PT24H", "P15D");
        assertThat(petition).isWaitingAt(HANDLE_RETURNED).hasNotPassed(ASSIGN);
        assertThat(task(petition)).hasCandidateGroup("dept-enforcement");
        assertThat(task(petition).getDueDate()).as("the department answers by the resolution limit the resident is told")
                .isEqualTo(RESOLUTION_DUE);
        verify(dispatch, never()).assign(anyLong());

        complete(task(petition), withVariables("departmentResponse", "已立案查处"));
        assertThat(petition).isWaitingAt(CALLBACK);
        complete(task(petition), withVariables("resolved", true, "satisfaction", 4));
        assertThat(petition).isEnded().hasPassed(CLOSED);
    }

    @Test
    void remindersFireBeforeTheDueDatesAndTheWorkContinuesOnTime() {
        ProcessInstance petition = start("NEIGHBOUR_DISPUTE", "URBAN");

        execute(job(CONTACT_REMINDER, petition));
        verify(dispatch).reminded(PETITION, PetitionStep.CONTACT);
        assertThat(petition).isWaitingAt(CONTACT).hasPassed("Event_ContactReminderSent");
        complete(task(petition), withVariables("contactNote", "已联系"));

        execute(job(HANDLING_REMINDER, petition));
        verify(dispatch).reminded(PETITION, PetitionStep.HANDLING);
        complete(task(petition), withVariables("handlingOutcome", "RESOLVED", "measures", "已处理"));
        complete(task(petition), withVariables("resolved", true, "satisfaction", 5));
        assertThat(petition).isEnded();
        verify(dispatch, never()).overdue(anyLong(), any());
    }

    @Test
    void overdueStepsGoToTheSupervisorsAndTheWorkIsNotLost() {
        ProcessInstance petition = start("NEIGHBOUR_DISPUTE", "URBAN");

        execute(job(CONTACT_OVERDUE, petition));
        verify(dispatch).overdue(PETITION, PetitionStep.CONTACT);
        assertThat(petition).isWaitingAt(CONTACT, SUPERVISE_OVERDUE);
        assertThat(task(SUPERVISE_OVERDUE, petition)).hasCandidateGroup("supervisors-heyuan");
        complete(task(SUPERVISE_OVERDUE, petition), withVariables("supervisionNote", "请今日内联系"));
        complete(task(CONTACT, petition), withVariables("contactNote", "已联系"));

        execute(job(HANDLING_OVERDUE, petition));
        verify(dispatch).overdue(PETITION, PetitionStep.HANDLING);
        assertThat(petition).isWaitingAt(HANDLE, SUPERVISE_OVERDUE);
        complete(task(SUPERVISE_OVERDUE, petition), withVariables("supervisionNote", "限期办结"));
        complete(task(HANDLE, petition), withVariables("handlingOutcome", "RESOLVED", "measures", "已处理"));
        complete(task(petition), withVariables("resolved", true, "satisfaction", 3));
        assertThat(petition).isEnded().hasPassed(CLOSED, "Event_OverdueSupervised");
    }

    @Test
    void unsatisfiedCallbackReopensOnceThenTheSecondRoundCloses() {
        when(handling.evaluateCallback(PETITION)).thenReturn(CallbackVerdict.REOPEN, CallbackVerdict.CLOSE);
        ProcessInstance petition = start("NEIGHBOUR_DISPUTE", "URBAN");
        complete(task(petition), withVariables("contactNote", "已联系"));
        complete(task(petition), withVariables("handlingOutcome", "RESOLVED", "measures", "第一次处理"));
        complete(task(petition), withVariables("resolved", false, "satisfaction", 2, "callbackComment", "仍有噪声"));

        verify(handling).reopen(PETITION);
        assertThat(petition).isWaitingAt(HANDLE).hasPassed(ResidentPetitionProcess.REOPEN);
        assertThat(task(petition)).isAssignedTo("zhangwei");
        complete(task(petition), withVariables("handlingOutcome", "RESOLVED", "measures", "第二次处理"));
        complete(task(petition), withVariables("resolved", true, "satisfaction", 5));
        assertThat(petition).isEnded().hasPassed(CLOSED);
    }

    @Test
    void secondFailedCallbackEscalatesAndThePetitionResumesAtCallback() {
        when(handling.evaluateCallback(PETITION))
                .thenReturn(CallbackVerdict.REOPEN, CallbackVerdict.ESCALATE, CallbackVerdict.CLOSE);
        ProcessInstance petition = start("NEIGHBOUR_DISPUTE", "URBAN");
        complete(task(petition), withVariables("contactNote", "已联系"));
        complete(task(petition), withVariables("handlingOutcome", "RESOLVED", "measures", "第一次处理"));
        complete(task(petition), withVariables("resolved", false, "satisfaction", 1));
        complete(task(petition), withVariables("handlingOutcome", "RESOLVED", "measures", "第二次处理"));
        complete(task(petition), withVariables("resolved", false, "satisfaction", 2));
        execute(job(ESCALATION_REQUESTED));

        verify(escalations).requested(PETITION);
        assertThat(petition).isWaitingAt(ESCALATION_RESOLVED);
        resolveEscalation("联席会议：区城管执法局限期拆除");
        verify(escalations).resolved(PETITION, "联席会议：区城管执法局限期拆除");
        assertThat(petition).isWaitingAt(CALLBACK).variables().doesNotContainKey(ESCALATION_OUTCOME.name());
        complete(task(petition), withVariables("resolved", true, "satisfaction", 4));
        assertThat(petition).isEnded().hasPassed(CLOSED);
    }

    @Test
    void workerEscalatesAMatterBeyondTheCommunity() {
        ProcessInstance petition = start("NEIGHBOUR_DISPUTE", "URBAN");
        complete(task(petition), withVariables("contactNote", "已联系"));
        complete(task(petition), withVariables("handlingOutcome", "BEYOND_COMMUNITY", "measures", "多次协调未果",
                "escalationReason", "涉及供水、住建两个部门"));
        assertThat(petition).as("the worker's completion is saved before the escalation is requested")
                .hasPassed(HANDLE).isWaitingAt(ESCALATION_REQUESTED);
        verify(escalations, never()).requested(PETITION);
        execute(job(ESCALATION_REQUESTED));

        verify(escalations).requested(PETITION);
        assertThat(petition).isWaitingAt(ESCALATION_RESOLVED).hasNotPassed(CALLBACK);
        resolveEscalation("供水公司更换主管道");
        assertThat(petition).isWaitingAt(CALLBACK);
        complete(task(petition), withVariables("resolved", true, "satisfaction", 5));
        assertThat(petition).isEnded();
    }

    @Test
    void aFailedEscalationRequestKeepsTheWorkersCompletionAndBecomesAnIncidentAfterTheConfiguredAttempts() {
        Mocks.register("savePoints", new SavePoints("R2/PT1M"));
        when(escalations.requested(PETITION)).thenThrow(new IllegalStateException("吹哨流程暂不可用"));
        ProcessInstance petition = start("NEIGHBOUR_DISPUTE", "URBAN");
        complete(task(petition), withVariables("contactNote", "已联系"));
        complete(task(petition), withVariables("handlingOutcome", "BEYOND_COMMUNITY", "measures", "多次协调未果",
                "escalationReason", "涉及供水、住建两个部门"));
        verify(handling).handled(eq(PETITION), any(), eq(HandlingOutcome.BEYOND_COMMUNITY), eq("多次协调未果"),
                eq("涉及供水、住建两个部门"));

        String handOver = job(ESCALATION_REQUESTED).getId();
        assertThatThrownBy(() -> managementService().executeJob(handOver)).hasMessageContaining("吹哨流程暂不可用");
        assertThat(managementService().createJobQuery().jobId(handOver).singleResult().getRetries())
                .as("the first of two attempts failed").isEqualTo(1);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(petition.getId()).count()).isZero();
        assertThatThrownBy(() -> managementService().executeJob(handOver)).hasMessageContaining("吹哨流程暂不可用");

        assertThat(managementService().createJobQuery().jobId(handOver).singleResult().getRetries()).isZero();
        assertThat(runtimeService().createIncidentQuery().processInstanceId(petition.getId()).singleResult())
                .satisfies(incident -> {
                    assertThat(incident.getActivityId()).isEqualTo(ESCALATION_REQUESTED);
                    assertThat(incident.getIncidentMessage()).contains("吹哨流程暂不可用");
                });
        assertThat(petition).as("the worker's step stays done; the petition waits at the save point")
                .hasPassed(HANDLE).isWaitingAt(ESCALATION_REQUESTED);
    }

    @Test
    void tasklistStartFormRegistersThePetitionWithoutKeepingPersonalData() {
        when(registration.register(any(), any(), anyString()))
                .thenReturn(new Registered(PETITION, NUMBER, "liushu", "RURAL", "WATER_SUPPLY"));
        ProcessInstance petition = startFromTasklistAs("sunli", "workers-liushu");

        assertThat(petition).hasBusinessKey(NUMBER).isWaitingAt(CONTACT).hasNotPassed(CHOOSE_COMMUNITY).variables()
                .doesNotContainKeys("petitionerName", "petitionerPhone", "petitionerIdNumber", "description")
                .containsEntry("petitionId", PETITION).doesNotContainKeys("communityType")
                .containsEntry("recordedBy", "sunli");
        verify(registration).fromStartForm(any(), eq(new Starter("sunli", Set.of("workers-liushu"))));
        verify(registration).register(any(), eq(null), eq(petition.getId()));
        verify(dispatch).dispatched(PETITION, "COMMUNITY", "UTILITIES", "PT24H", "PT24H");
    }

    @Test
    void aRecorderServingSeveralCommunitiesChoosesTheCommunityAndGridByNameFirst() {
        when(registration.register(any(), any(), anyString()))
                .thenReturn(new Registered(PETITION, NUMBER, null, null, "WATER_SUPPLY"));
        when(registration.communitiesToChoose(any())).thenReturn(List.of(
                new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe"),
                new CommunityRef("liushu", "柳树村", CommunityType.RURAL, "qinghe")));
        when(registration.gridsOf("heyuan")).thenReturn(List.of(new GridRef("heyuan-g1", "和园第一网格", "heyuan", null)));
        when(registration.gridsOf("liushu")).thenReturn(List.of(new GridRef("liushu-g1", "柳树村东片网格", "liushu", null),
                new GridRef("liushu-g2", "柳树村西片网格", "liushu", null)));
        when(registration.placeChosen(eq(PETITION), eq("liushu"), any(), eq("grid"), any()))
                .thenReturn(new Registered(PETITION, NUMBER, "liushu", "RURAL", "WATER_SUPPLY"));

        ProcessInstance petition = startFromTasklistAs("qianhong", "hotline");

        assertThat(petition).isWaitingAt(CHOOSE_COMMUNITY).hasNotPassed("Gateway_MergeCommunityKnown");
        assertThat(task(petition)).isAssignedTo("qianhong");
        String choose = task(petition).getId();
        assertThat(BpmnAwareTests.taskService().getVariableLocal(choose, "communityOptions").toString())
                .isEqualTo("[{\"label\":\"和园社区\",\"value\":\"heyuan\"},{\"label\":\"柳树村\",\"value\":\"liushu\"}]");
        assertThat(BpmnAwareTests.taskService().getVariableLocal(choose, "gridOptions").toString())
                .isEqualTo("{\"heyuan\":[{\"label\":\"和园第一网格\",\"value\":\"heyuan-g1\"}],"
                        + "\"liushu\":[{\"label\":\"柳树村东片网格\",\"value\":\"liushu-g1\"},"
                        + "{\"label\":\"柳树村西片网格\",\"value\":\"liushu-g2\"}]}");
        verify(dispatch, never()).dispatched(anyLong(), anyString(), anyString(), anyString(), anyString());
        verify(historyAccess, never()).communityKnown(any());

        assertThatThrownBy(() -> complete(task(petition), withVariables("community", "atlantis")))
                .hasMessageContaining("所在社区（村）只能从列出的选项中选择");
        verify(registration, never()).placeChosen(anyLong(), anyString(), any(), anyString(), any());

        complete(task(petition), withVariables("community", "liushu", "grid", "liushu-g2"));
        verify(registration).placeChosen(PETITION, "liushu", "liushu-g2", "grid", null);
        verify(historyAccess).communityKnown(any());
        assertThat(petition).isWaitingAt(CONTACT).variables().containsEntry("communityCode", "liushu")
                .doesNotContainKeys("community", "grid", "communityType");
        assertThat(candidateGroups(task(petition))).containsExactly("workers-liushu");
        verify(dispatch).dispatched(PETITION, "COMMUNITY", "UTILITIES", "PT24H", "PT24H");
    }

    @Test
    void theIntakeCannotBeHandedInFromOutside() {
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, Map.of(ResidentPetitionProcess.INTAKE,
                "category=NOISE", "category", "NOISE", "location", "和园", "description", "噪声")))
                .hasMessageContaining("cannot be set");
        verify(registration, never()).register(any(), any(), anyString());
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    private ProcessInstance startFromTasklistAs(String user, String group) {
        when(dispatch.decisionInputs(PETITION)).thenReturn(new DecisionInputs("WATER_SUPPLY", "RURAL"));
        Map<String, Object> form = new HashMap<>(Map.of("category", "WATER_SUPPLY", "location", "柳树村东口",
                "description", "自来水发黄", "petitionerName", "赵大爷", "petitionerPhone", "13912345678"));
        BpmnAwareTests.processEngine().getIdentityService().setAuthentication(user, List.of(group));
        try {
            return runtimeService().startProcessInstanceByKey(KEY, form);
        } finally {
            BpmnAwareTests.processEngine().getIdentityService().clearAuthentication();
        }
    }

    /** A petition filed through our APIs: the service hands the instance its submission, transient. */
    private ProcessInstance start(String category, String communityType) {
        PetitionSubmission submission = new PetitionSubmission(category, "heyuan", null, "和园小区5号楼", null, null,
                "楼上漏水", null, null, null, PetitionChannel.HOTLINE, "12345");
        when(registration.register(eq(submission), eq(null), anyString()))
                .thenReturn(new Registered(PETITION, NUMBER, "heyuan", communityType, category));
        when(dispatch.decisionInputs(PETITION)).thenReturn(new DecisionInputs(category, communityType));
        return runtimeService().startProcessInstanceByKey(KEY, Variables.createVariables().putValueTyped(
                ResidentPetitionProcess.INTAKE, Variables.objectValue(new ResidentPetitionProcess.Intake(submission,
                        null), true).create()));
    }

    private static java.util.List<String> candidateGroups(org.camunda.bpm.engine.task.Task task) {
        return BpmnAwareTests.taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
    }

    private void resolveEscalation(String outcome) {
        runtimeService().createMessageCorrelation(MESSAGE_ESCALATION_RESOLVED).processInstanceBusinessKey(NUMBER)
                .setVariable(ESCALATION_OUTCOME.name(), outcome).correlate();
    }
}
