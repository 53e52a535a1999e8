package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.AnnualFeedbackProcess.CHOOSE_UNIT;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.CONFIRM_RECEIPT;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.KEY;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.MESSAGE_DUE;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.RECEIPT_OVERDUE;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.RECEIVED;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.RECOUNT;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.REMINDER_DUE;
import static cn.gongzhi.members.process.AnnualFeedbackProcess.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.members.FeedbackFigures;
import cn.gongzhi.members.FeedbackStatus;
import cn.gongzhi.members.domain.AnnualFeedbackReport;
import cn.gongzhi.members.domain.AnnualFeedbacks;
import cn.gongzhi.members.domain.AnnualFeedbacks.PartView;
import cn.gongzhi.members.domain.FeedbackCollection;
import cn.gongzhi.members.domain.FeedbackCollection.MemberLine;
import cn.gongzhi.members.domain.FeedbackDelivery;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.registry.PartyMemberLogins.UnitOrg;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepListener;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * Every path of processes/AnnualFeedbackProcess.bpmn, the records mocked: started by the launcher's message or by
 * hand, each community's branch sends its part or asks for a recount first, the unit's contact confirms in time or
 * after the reminder and the overdue record; refusals (a duplicate hand start, another branch, another login) write
 * nothing.
 */
@Deployment(resources = {"processes/AnnualFeedbackProcess.bpmn", "forms/start-annual-feedback.form",
        "forms/choose-feedback-unit.form", "forms/review-feedback.form", "forms/confirm-receipt.form"})
class AnnualFeedbackProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final long REPORT = 9L;
    private static final long ORG = 3L;
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private static final List<String> HEYUAN = List.of("party-branch-heyuan");
    private static final List<String> LIUSHU = List.of("party-branch-liushu");
    private final AnnualFeedbacks feedbacks = mock(AnnualFeedbacks.class);
    private final FeedbackDelivery delivery = mock(FeedbackDelivery.class);
    private final FeedbackCollection collection = mock(FeedbackCollection.class);
    private final PartyMemberLogins logins = mock(PartyMemberLogins.class);
    private final RegistryService registry = mock(RegistryService.class);
    private final FeedbackStarters starters = mock(FeedbackStarters.class);
    private final AnnualFeedbackReport report = mock(AnnualFeedbackReport.class);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        FeedbackReports reports = new FeedbackReports(feedbacks, delivery, clock);
        Mocks.register("annualFeedbacks", reports);
        Mocks.register("identifyFeedbackStarterDelegate", new IdentifyFeedbackStarterDelegate(starters));
        Mocks.register("collectFeedbackDelegate", new CollectFeedbackDelegate(feedbacks, logins));
        Mocks.register("recountFeedbackDelegate", new RecountFeedbackDelegate(feedbacks, reports));
        Mocks.register("sendFeedbackDelegate", new SendFeedbackDelegate(delivery, reports));
        Mocks.register("remindUnitDelegate", new RemindUnitDelegate(delivery, reports));
        Mocks.register("recordReceiptOverdueDelegate", new RecordReceiptOverdueDelegate(delivery, reports));
        Mocks.register("stepListener", new StepListener(List.of(
                new ChooseFeedbackUnitStep(starters, collection, feedbacks, logins, clock),
                new ReviewFeedbackStep(feedbacks, reports, logins, registry),
                new ConfirmReceiptStep(feedbacks, delivery, reports, logins, registry))));
        CommunityRef heyuan = new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe");
        CommunityRef liushu = new CommunityRef("liushu", "柳树村", CommunityType.RURAL, "qinghe");
        when(registry.community("heyuan")).thenReturn(Optional.of(heyuan));
        when(registry.community("liushu")).thenReturn(Optional.of(liushu));
        when(starters.of(any())).thenReturn(List.of(heyuan));
        UnitOrg unit = new UnitOrg(ORG, "区教育委员会机关党委", "区教育委员会", "李老师", "138****0001");
        when(logins.unit(ORG)).thenReturn(Optional.of(unit));
        when(logins.units()).thenReturn(List.of(unit));
        when(collection.collect(eq(ORG), anyInt())).thenReturn(List.of(new MemberLine("heyuan", 7L, "郑国华",
                "ACTIVE", LocalDate.of(YEAR, 3, 1), null, FeedbackFigures.NONE, List.of())));
        when(feedbacks.open(ORG, YEAR, "wangfang")).thenReturn(REPORT);
        when(feedbacks.report(REPORT)).thenReturn(report);
        when(report.getOrgId()).thenReturn(ORG);
        when(report.getYear()).thenReturn(YEAR);
        when(report.getConfirmDue()).thenReturn(LocalDateTime.now().plusDays(14));
        when(feedbacks.collect(REPORT)).thenReturn(List.of("heyuan", "liushu"));
        PartView heyuanPart = part("heyuan");
        PartView liushuPart = part("liushu");
        when(feedbacks.partViews(REPORT)).thenReturn(List.of(heyuanPart, liushuPart));
        when(feedbacks.partView(REPORT, "heyuan")).thenReturn(heyuanPart);
        when(feedbacks.partView(REPORT, "liushu")).thenReturn(liushuPart);
        when(delivery.contact(REPORT)).thenReturn("jiaowei-party");
        when(delivery.confirmDue(REPORT)).thenReturn(LocalDateTime.now().plusDays(14));
        when(delivery.reminderAt(REPORT)).thenReturn(LocalDateTime.now().plusDays(11));
    }

    private static PartView part(String community) {
        return new PartView(1L, community, FeedbackStatus.COLLECTED, null, 0, LocalDateTime.now(), null, null,
                List.of());
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

    private static void completeAs(String user, List<String> groups, Task task, Map<String, Object> form) {
        as(user, groups, () -> {
            formService().submitTaskForm(task.getId(), form);
            return null;
        });
    }

    /** As the launcher starts it: the report is opened, the message carries its id and the unit's. */
    private ProcessInstance launched() {
        when(report.getProcessInstanceId()).thenReturn(null);
        return runtimeService().startProcessInstanceByMessage(MESSAGE_DUE,
                Map.of("annualFeedbackId", REPORT, "workUnitOrgId", ORG));
    }

    private static Task review(ProcessInstance instance, String community) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REVIEW)
                .taskCandidateGroup("party-branch-" + community).singleResult();
    }

    private static Task only(ProcessInstance instance, String activity) {
        assertThat(instance).isWaitingAt(activity);
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
                .singleResult();
    }

    private static void runTimer(ProcessInstance instance, String activity) {
        Job timer = managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activity)
                .singleResult();
        assertThat(timer).as("timer at %s", activity).isNotNull();
        managementService().executeJob(timer.getId());
    }

    private static void sendBoth(ProcessInstance instance) {
        completeAs("wangfang", HEYUAN, review(instance, "heyuan"), Map.of("feedbackDecision", "SEND"));
        completeAs("liming", LIUSHU, review(instance, "liushu"), Map.of("feedbackDecision", "SEND",
                "overallComment", "服务积极"));
    }

    @Test
    void eachCommunityReviewsItsPartAndTheUnitsContactConfirmsReceipt() {
        ProcessInstance instance = launched();
        verify(feedbacks).bindOrRequire(REPORT, instance.getId());
        verify(feedbacks).collect(REPORT);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REVIEW)
                .list()).hasSize(2);
        Task heyuan = review(instance, "heyuan");
        assertThat((String) taskService().getVariableLocal(heyuan.getId(), "caseSummary"))
                .contains("区教育委员会机关党委", "和园社区", "| 党员 |");
        sendBoth(instance);
        verify(feedbacks).send(eq(REPORT), eq("heyuan"), eq(null), anyMap(), eq("wangfang"));
        verify(feedbacks).send(eq(REPORT), eq("liushu"), eq("服务积极"), anyMap(), eq("liming"));
        verify(delivery).send(REPORT);
        Task confirm = only(instance, CONFIRM_RECEIPT);
        assertThat(confirm.getAssignee()).isEqualTo("jiaowei-party");
        assertThat(confirm.getDueDate()).isNotNull();
        completeAs("jiaowei-party", List.of("work-unit-contacts"), confirm, Map.of());
        verify(delivery).confirm(REPORT, "jiaowei-party");
        verify(delivery, never()).reminded(anyLong());
        assertThat(instance).isEnded().hasPassed(RECEIVED);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(v -> v.getName()).doesNotContain("overallComment", "memberComments", "unit")
                .contains("annualFeedbackId", "communityCode");
    }

    @Test
    void aBranchAsksForARecountAndSendsTheNewFigures() {
        ProcessInstance instance = launched();
        completeAs("wangfang", HEYUAN, review(instance, "heyuan"), Map.of("feedbackDecision", "RECOUNT"));
        verify(feedbacks).recount(REPORT, "heyuan");
        verify(feedbacks, never()).send(anyLong(), anyString(), any(), anyMap(), anyString());
        assertThat(instance).hasPassed(RECOUNT);
        sendBoth(instance);
        verify(delivery).send(REPORT);
        assertThat(instance).isWaitingAt(CONFIRM_RECEIPT);
    }

    @Test
    void aLateContactIsRemindedThenRecordedOverdueAndStillConfirms() {
        ProcessInstance instance = launched();
        sendBoth(instance);
        runTimer(instance, REMINDER_DUE);
        verify(delivery).reminded(REPORT);
        runTimer(instance, RECEIPT_OVERDUE);
        verify(delivery).overdue(REPORT);
        Task confirm = only(instance, CONFIRM_RECEIPT);
        completeAs("jiaowei-party", List.of("work-unit-contacts"), confirm, Map.of());
        assertThat(instance).isEnded().hasPassed(RECEIVED);
    }

    @Test
    void anotherLoginCannotConfirmReceiptAndNothingIsWritten() {
        ProcessInstance instance = launched();
        sendBoth(instance);
        doThrow(new StepRefused("只有区教育委员会机关党委的联系人可以确认收到反馈")).when(delivery)
                .confirm(REPORT, "yiyuan-party");
        Task confirm = only(instance, CONFIRM_RECEIPT);
        assertThatThrownBy(() -> completeAs("yiyuan-party", List.of("work-unit-contacts"), confirm, Map.of()))
                .hasRootCauseInstanceOf(StepRefused.class);
        assertThat(instance).isWaitingAt(CONFIRM_RECEIPT);
    }

    @Test
    void anotherCommunitysBranchCannotSendThisPart() {
        ProcessInstance instance = launched();
        Task heyuan = review(instance, "heyuan");
        assertThatThrownBy(() -> completeAs("liming", LIUSHU, heyuan, Map.of("feedbackDecision", "SEND")))
                .hasRootCauseInstanceOf(StepRefused.class).hasMessageContaining("只有本社区党组织");
        verify(feedbacks, never()).send(anyLong(), anyString(), any(), anyMap(), anyString());
    }

    @Test
    void aCommentOnAMemberNotInThePartIsRefusedNamingTheField() {
        ProcessInstance instance = launched();
        Task heyuan = review(instance, "heyuan");
        assertThatThrownBy(() -> completeAs("wangfang", HEYUAN, heyuan, Map.of("feedbackDecision", "SEND",
                "memberComments", SpinValues.jsonValue(
                        "[{\"member\":\"99\",\"comment\":\"很好\"}]").create())))
                .hasMessageContaining("评语只能写给本社区反馈中列出的党员");
        verify(feedbacks, never()).send(anyLong(), anyString(), any(), anyMap(), anyString());
    }

    @Test
    void aBranchStartsItByHandForAUnitThatMissedTheDate() {
        ProcessInstance instance = startByHand();
        Task choose = only(instance, CHOOSE_UNIT);
        assertThat(choose.getAssignee()).isEqualTo("wangfang");
        completeAs("wangfang", HEYUAN, choose, Map.of("unit", String.valueOf(ORG), "feedbackYear",
                String.valueOf(YEAR)));
        verify(feedbacks).open(ORG, YEAR, "wangfang");
        verify(feedbacks).bind(REPORT, instance.getId());
        verify(feedbacks).collect(REPORT);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REVIEW)
                .list()).hasSize(2);
    }

    @Test
    void aHandStartForAUnitAndYearAlreadyStartedIsRefused() {
        when(feedbacks.open(ORG, YEAR, "wangfang")).thenThrow(new InvalidFieldException("unit",
                "区教育委员会机关党委" + YEAR + "年度的双向反馈已经发起，不能重复发起"));
        ProcessInstance instance = startByHand();
        Task choose = only(instance, CHOOSE_UNIT);
        assertThatThrownBy(() -> completeAs("wangfang", HEYUAN, choose, Map.of("unit", String.valueOf(ORG),
                "feedbackYear", String.valueOf(YEAR)))).hasMessageContaining("不能重复发起");
        verify(feedbacks, never()).bind(anyLong(), anyString());
        assertThat(instance).isWaitingAt(CHOOSE_UNIT);
    }

    @Test
    void aStarterOfNoCommunityIsRefused() {
        when(starters.of(any())).thenReturn(List.of());
        assertThatThrownBy(this::startByHand).isInstanceOf(StepRefused.class);
    }

    private ProcessInstance startByHand() {
        return as("wangfang", HEYUAN, () -> formService().submitStartForm(repositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId(),
                Map.of()));
    }
}
