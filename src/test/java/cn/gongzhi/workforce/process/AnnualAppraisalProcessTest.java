package cn.gongzhi.workforce.process;

import cn.gongzhi.workforce.domain.AppraisalProperties;
import cn.gongzhi.support.Configs;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.CHOOSE_STREET;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.COMPLETED;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.DECIDE;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.SELF_REPORT_OVERDUE;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.FILE_OBJECTION;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.FILE_SELF_REPORT;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.FOLLOW_UP;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.FOLLOW_UP_RECORDED;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.KEY;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.MESSAGE_DUE;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.PROPOSE;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.PUBLICITY_ENDED;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.RECOUNT;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.RESULT_FINAL;
import static cn.gongzhi.workforce.process.AnnualAppraisalProcess.REVIEW_OBJECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.registry.RegistryDirectory.Unit;
import cn.gongzhi.registry.WorkerAppraisals.Appraisee;
import cn.gongzhi.registry.WorkerPost;
import cn.gongzhi.shared.process.StepListener;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import cn.gongzhi.workforce.domain.AppraisalPeople;
import cn.gongzhi.workforce.domain.AppraisalRound;
import cn.gongzhi.workforce.domain.AppraisalSettlement;
import cn.gongzhi.workforce.domain.AppraisalSheet;
import cn.gongzhi.workforce.domain.AppraisalSheet.Ruling;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Every path of processes/AnnualAppraisalProcess.bpmn, the records mocked: started by the launcher's message or by the
 * street office by hand; the self-report, a recount asked by the proposer, the decision; the publicity with an
 * objection reviewed, or ended by its window; a 不合格 followed up, another result final at once; a proposal by someone
 * else refused with nothing written.
 */
@Deployment(resources = {"processes/AnnualAppraisalProcess.bpmn", "forms/start-annual-appraisal.form",
        "forms/choose-appraisal-street.form", "forms/file-self-report.form", "forms/propose-appraisal-result.form",
        "forms/decide-appraisal-result.form", "forms/file-appraisal-objection.form",
        "forms/review-appraisal-objection.form", "forms/follow-up-incompetent.form"})
class AnnualAppraisalProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final long ROUND = 4L;
    private static final long SHEET = 40L;
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private static final List<String> STREET = List.of("street-party-qinghe");
    private static final List<String> HEYUAN = List.of("workers-heyuan");
    private final AnnualAppraisals appraisals = mock(AnnualAppraisals.class);
    private final AppraisalSettlement settlement = mock(AppraisalSettlement.class);
    private final AppraisalPeople people = mock(AppraisalPeople.class);
    private final AppraisalStarters starters = mock(AppraisalStarters.class);
    private final AppraisalSheet sheet = mock(AppraisalSheet.class);
    private final AppraisalRound round = mock(AppraisalRound.class);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        Mocks.register("annualAppraisals", new AppraisalInstances(appraisals, people, clock,
                Configs.bind(AppraisalProperties.class)));
        Mocks.register("identifyAppraisalStarterDelegate", new IdentifyAppraisalStarterDelegate(starters));
        Mocks.register("countWorkFiguresDelegate", new CountWorkFiguresDelegate(appraisals));
        Mocks.register("recountWorkFiguresDelegate", new RecountWorkFiguresDelegate(appraisals));
        Mocks.register("publishResultsDelegate", new PublishResultsDelegate(settlement));
        Mocks.register("recordFinalResultDelegate", new RecordFinalResultDelegate(settlement));
        Mocks.register("appraiseeRowListener", new AppraiseeRowListener(appraisals));
        Mocks.register("stepListener", new StepListener(List.of(
                new ChooseAppraisalStreetStep(starters, appraisals, clock), new FileSelfReportStep(appraisals),
                new ProposeResultStep(appraisals, people), new DecideResultStep(appraisals),
                new FileObjectionStep(appraisals, settlement), new ReviewObjectionStep(appraisals, settlement),
                new FollowUpIncompetentStep(appraisals, settlement))));
        Appraisee liuyang = new Appraisee(5L, "liuyang", "刘洋", "heyuan", "qinghe", WorkerPost.STAFF, 8);
        when(starters.streetsOf("gaojian")).thenReturn(List.of(new Unit("qinghe", "清河街道", null)));
        when(appraisals.open("qinghe", YEAR, "gaojian")).thenReturn(ROUND);
        when(appraisals.sheets(ROUND)).thenReturn(List.of(sheet));
        when(appraisals.sheet(SHEET)).thenReturn(sheet);
        when(appraisals.round(ROUND)).thenReturn(round);
        when(appraisals.workerOf(SHEET)).thenReturn(liuyang);
        when(sheet.getId()).thenReturn(SHEET);
        when(sheet.getRoundId()).thenReturn(ROUND);
        when(round.getAppraisalYear()).thenReturn(YEAR);
        when(round.getPublicityEnds()).thenReturn(LocalDateTime.now(clock).plusDays(5));
        when(people.proposers(liuyang)).thenReturn(List.of("chenjing"));
        when(people.deciders(eq(liuyang), any())).thenReturn(List.of("gaojian", "linxiao"));
        when(people.office(liuyang)).thenReturn(List.of("gaojian", "linxiao"));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
        identityService().clearAuthentication();
    }

    private static void completeAs(String user, List<String> groups, Task task, Map<String, Object> form) {
        identityService().setAuthentication(user, groups);
        try {
            formService().submitTaskForm(task.getId(), form);
        } finally {
            identityService().clearAuthentication();
        }
    }

    /** The line Tasklist's row shows for the task (TaskRows copies what its execution reads). */
    private static Object rowLine(Task task) {
        return runtimeService().getVariable(task.getExecutionId(), "matterSummary");
    }

    private static Task only(ProcessInstance instance, String activity) {
        assertThat(instance).isWaitingAt(activity);
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
                .singleResult();
    }

    private static void throughDecision(ProcessInstance instance, AppraisalResult result) {
        Task report = only(instance, FILE_SELF_REPORT);
        assertThat(report.getAssignee()).isEqualTo("liuyang");
        completeAs("liuyang", HEYUAN, report, Map.of("selfReport", "今年负责诉求办理和楼院走访，按时完成任务。"));
        Task propose = only(instance, PROPOSE);
        assertThat(taskService().getIdentityLinksForTask(propose.getId())).extracting(l -> l.getUserId())
                .contains("chenjing");
        completeAs("chenjing", HEYUAN, propose, Map.of("appraisalDecision", "PROPOSE", "proposedResult",
                result.name()));
        completeAs("linxiao", STREET, only(instance, DECIDE), Map.of("decidedResult", result.name()));
    }

    @Test
    void launchedAppraisalWithARecountAnObjectionAndTheFollowUpOfAnIncompetent() {
        ProcessInstance instance = runtimeService().startProcessInstanceByMessage(MESSAGE_DUE,
                Map.of("appraisalRoundId", ROUND));
        assertThat(rowLine(only(instance, FILE_SELF_REPORT)))
                .as("her tasks' row names her").isEqualTo("刘洋");
        completeAs("liuyang", HEYUAN, only(instance, FILE_SELF_REPORT), Map.of("selfReport",
                "今年负责诉求办理和楼院走访，按时完成任务。"));
        verify(appraisals).selfReport(eq(SHEET), anyString(), eq("liuyang"));
        verify(appraisals).count(SHEET, false);
        completeAs("chenjing", HEYUAN, only(instance, PROPOSE), Map.of("appraisalDecision", "RECOUNT"));
        assertThat(instance).hasPassed(RECOUNT);
        verify(appraisals).count(SHEET, true);
        completeAs("chenjing", HEYUAN, only(instance, PROPOSE), Map.of("appraisalDecision", "PROPOSE",
                "proposedResult", "INCOMPETENT", "proposalComment", "多次超期"));
        verify(appraisals).propose(SHEET, AppraisalResult.INCOMPETENT, "多次超期", "chenjing");
        completeAs("gaojian", STREET, only(instance, DECIDE), Map.of("decidedResult", "INCOMPETENT"));
        verify(appraisals).decide(SHEET, AppraisalResult.INCOMPETENT, null, "gaojian");
        verify(settlement).publish(ROUND);
        when(settlement.finalise(SHEET)).thenReturn(AppraisalResult.INCOMPETENT);
        completeAs("liuyang", HEYUAN, only(instance, FILE_OBJECTION), Map.of("objection", "请复核"));
        verify(settlement).object(SHEET, "请复核", "liuyang");
        assertThat(rowLine(only(instance, REVIEW_OBJECTION)))
                .isEqualTo("刘洋");
        completeAs("gaojian", STREET, only(instance, REVIEW_OBJECTION), Map.of("objectionRuling", "UPHELD",
                "rulingReason", "实绩与结果相符"));
        verify(settlement).rule(SHEET, Ruling.UPHELD, null, "实绩与结果相符", "gaojian");
        completeAs("linxiao", STREET, only(instance, FOLLOW_UP), Map.of("followUp", "三个月整改"));
        verify(settlement).followUp(SHEET, "三个月整改", "linxiao");
        assertThat(instance).isEnded().hasPassed(FOLLOW_UP_RECORDED, COMPLETED);
    }

    @Test
    void startedByTheStreetOfficeWithoutObjectionTheResultIsFinalWhenTheWindowEnds() {
        identityService().setAuthentication("gaojian", STREET);
        ProcessInstance instance;
        try {
            instance = runtimeService().startProcessInstanceByKey(KEY);
        } finally {
            identityService().clearAuthentication();
        }
        Task choose = only(instance, CHOOSE_STREET);
        assertThat(choose.getAssignee()).isEqualTo("gaojian");
        completeAs("gaojian", STREET, choose, Map.of("appraisalStreet", "qinghe", "appraisalYear",
                String.valueOf(YEAR)));
        verify(appraisals).bind(ROUND, instance.getId());
        when(settlement.finalise(SHEET)).thenReturn(AppraisalResult.EXCELLENT);
        throughDecision(instance, AppraisalResult.EXCELLENT);
        assertThat(instance).isWaitingAt(FILE_OBJECTION);
        assertThat(rowLine(only(instance, FILE_OBJECTION)))
                .as("her name before the instance's line, the year").isEqualTo("刘洋，" + YEAR + "年度");
        Job window = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(PUBLICITY_ENDED).singleResult();
        managementService().executeJob(window.getId());
        verify(settlement).finalise(SHEET);
        verify(settlement, never()).object(anyLong(), anyString(), anyString());
        assertThat(instance).isEnded().hasPassed(RESULT_FINAL, COMPLETED);
    }

    @Test
    void aSelfReportNotFiledWithinItsDaysIsPassedOverAndTheHeadProposesWithoutIt() {
        ProcessInstance instance = runtimeService().startProcessInstanceByMessage(MESSAGE_DUE,
                Map.of("appraisalRoundId", ROUND));
        Job overdue = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(SELF_REPORT_OVERDUE).singleResult();
        long days = java.time.Duration.between(ClockUtil.getCurrentTime().toInstant(),
                overdue.getDuedate().toInstant()).toHours();
        assertThat(days).as("gongzhi.appraisal.self-report-days, 14 by default").isBetween(14 * 24L - 1, 14 * 24L);
        managementService().executeJob(overdue.getId());
        verify(appraisals, never()).selfReport(anyLong(), anyString(), anyString());
        verify(appraisals).count(SHEET, false);
        assertThat(instance).hasPassed(SELF_REPORT_OVERDUE).isWaitingAt(PROPOSE);
    }

    @Test
    void someoneElsesProposalIsRefusedAndNothingIsWritten() {
        ProcessInstance instance = runtimeService().startProcessInstanceByMessage(MESSAGE_DUE,
                Map.of("appraisalRoundId", ROUND));
        completeAs("liuyang", HEYUAN, only(instance, FILE_SELF_REPORT), Map.of("selfReport",
                "今年负责诉求办理和楼院走访，按时完成任务。"));
        Task propose = only(instance, PROPOSE);
        assertThatThrownBy(() -> completeAs("zhoumin", List.of("workers-liushu"), propose, Map.of(
                "appraisalDecision", "PROPOSE", "proposedResult", "EXCELLENT"))).hasRootCauseInstanceOf(
                StepRefused.class);
        verify(appraisals, never()).propose(anyLong(), any(), any(), anyString());
        assertThat(instance).isWaitingAt(PROPOSE);
    }
}
