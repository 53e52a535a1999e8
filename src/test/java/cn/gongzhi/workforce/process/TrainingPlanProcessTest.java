package cn.gongzhi.workforce.process;

import static cn.gongzhi.workforce.process.TrainingPlanProcess.CHOOSE_COMMUNITY;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.DRAFT;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.KEY;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.MAKE_UP_HOURS;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.MESSAGE_DUE;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.REMINDER_LAPSED;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.REMINDER_POINT;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.REMINDER_WITHDRAWN;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.REVIEW;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.WORKERS_REMINDED;
import static cn.gongzhi.workforce.process.TrainingPlanProcess.YEAR_OVER;
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
import static org.mockito.ArgumentMatchers.anyBoolean;
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

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.Trainee;
import cn.gongzhi.registry.TrainingPeople.TrainingCommunity;
import cn.gongzhi.registry.WorkerTraining;
import cn.gongzhi.registry.WorkerTraining.Course;
import cn.gongzhi.registry.WorkerTraining.Plan;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepListener;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.PlanRound;
import cn.gongzhi.workforce.domain.TrainingProperties;
import cn.gongzhi.workforce.domain.TrainingRounds;
import cn.gongzhi.workforce.domain.TrainingRounds.WorkerPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
 * Every path of processes/TrainingPlanProcess.bpmn, the records mocked and the clock set: started by the launcher's
 * message or by hand, the head drafts (with a reason for a shortfall), the street office returns it once and
 * approves, the plans are written; at each reminder point the workers behind get a reminder (or nobody does), a
 * reminder not acknowledged by the year's end is withdrawn; refusals (another head, another street's office, a hand
 * start for a community already started, someone who is neither) write nothing.
 */
@Deployment(resources = {"processes/TrainingPlanProcess.bpmn", "forms/start-training-plan.form",
        "forms/choose-plan-community.form", "forms/draft-training-plan.form", "forms/review-training-plan.form",
        "forms/make-up-training-hours.form"})
class TrainingPlanProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int YEAR = 2026;
    private static final long ROUND = 7L;
    private static final long HEYUAN = 3L;
    private static final long QINGHE = 1L;
    private static final List<String> STREET = List.of("street-party-qinghe");
    private static final List<String> WORKERS = List.of("workers-heyuan");
    private final TrainingRounds rounds = mock(TrainingRounds.class);
    private final TrainingPeople people = mock(TrainingPeople.class);
    private final WorkerTraining training = mock(WorkerTraining.class);
    private final TrainingStarters starters = mock(TrainingStarters.class);
    private final PlanRound round = mock(PlanRound.class);
    private final MovableClock clock = new MovableClock(LocalDate.of(YEAR, 1, 10).atTime(9, 0).atZone(CHINA)
            .toInstant());

    /** The engine's timers are run by hand; the records' clock is set to the moment they fire. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(LocalDate day) {
            now = day.atStartOfDay(CHINA).toInstant().plus(Duration.ofMinutes(1));
        }

        @Override
        public ZoneId getZone() {
            return CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        TrainingProperties properties = new TrainingProperties("01-10", List.of("06-30", "09-30"), 120,
                Duration.ofHours(1), false);
        TrainingPlans plans = new TrainingPlans(rounds, people, properties, clock);
        Mocks.register("trainingPlans", plans);
        Mocks.register("identifyPlanStarterDelegate", new IdentifyPlanStarterDelegate(starters));
        Mocks.register("enrolWorkersDelegate", new EnrolWorkersDelegate(rounds, plans));
        Mocks.register("stepListener", new StepListener(List.of(
                new ChoosePlanCommunityStep(starters, rounds, people, clock),
                new DraftPlanStep(rounds, plans, people),
                new ReviewPlanStep(rounds, plans, people),
                new MakeUpHoursStep(plans, training, clock))));
        TrainingCommunity heyuan = new TrainingCommunity(HEYUAN, "heyuan", "和园社区", QINGHE, "qinghe");
        when(starters.planCommunities("gaojian")).thenReturn(List.of(heyuan));
        when(starters.planCommunities("chenjing")).thenReturn(List.of(heyuan));
        when(people.community(HEYUAN)).thenReturn(Optional.of(heyuan));
        when(people.head(HEYUAN)).thenReturn(Optional.of("chenjing"));
        when(people.headedCommunity("chenjing")).thenReturn(Optional.of(HEYUAN));
        when(people.headedCommunity("liming")).thenReturn(Optional.of(4L));
        when(people.streetOffices("gaojian")).thenReturn(Set.of(QINGHE));
        when(people.streetOffices("other-street")).thenReturn(Set.of(2L));
        when(people.worker(11L)).thenReturn(Optional.of(new Trainee(11L, "张伟", "zhangwei", HEYUAN)));
        when(people.worker(12L)).thenReturn(Optional.of(new Trainee(12L, "马超", "machao", HEYUAN)));
        when(rounds.requireBound(eq(ROUND), anyString())).thenReturn(round);
        when(rounds.round(ROUND)).thenReturn(round);
        when(rounds.open(HEYUAN, YEAR, "chenjing")).thenReturn(ROUND);
        when(rounds.hoursRequired()).thenReturn(48);
        Course governance = new Course(21L, QINGHE, "社区治理与居民议事实务", "清河街道社区学院", 16,
                LocalDate.of(YEAR, 3, 2), LocalDate.of(YEAR, 3, 3));
        when(rounds.offered(ROUND)).thenReturn(List.of(governance));
        Map<Trainee, WorkerPlan> proposal = new LinkedHashMap<>();
        proposal.put(new Trainee(11L, "张伟", "zhangwei", HEYUAN), new WorkerPlan(List.of(), null));
        when(rounds.proposal(ROUND)).thenReturn(proposal);
        when(round.getId()).thenReturn(ROUND);
        when(round.getCommunityId()).thenReturn(HEYUAN);
        when(round.getPlanYear()).thenReturn(YEAR);
        when(round.getStatus()).thenReturn(PlanRound.Status.DRAFTING);
        when(training.plan(11L, YEAR)).thenReturn(Optional.of(new Plan(11L, YEAR, 48, List.of(21L))));
        when(training.course(21L)).thenReturn(Optional.of(new Course(21L, QINGHE, "社区治理与居民议事实务",
                "清河街道社区学院", 16, LocalDate.of(YEAR, 10, 12), LocalDate.of(YEAR, 10, 13))));
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

    private ProcessInstance launched() {
        return runtimeService().startProcessInstanceByMessage(MESSAGE_DUE, Map.of("trainingRoundId", ROUND,
                "communityCode", "heyuan", "streetCode", "qinghe"));
    }

    private static Task only(ProcessInstance instance, String activity) {
        assertThat(instance).isWaitingAt(activity);
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
                .singleResult();
    }

    private static Object plans(String json) {
        return SpinValues.jsonValue(json).create();
    }

    private static final String SHORT_WITH_REASON =
            "[{\"worker\":\"11\",\"courses\":[\"21\"],\"reason\":\"下半年产假\"}]";

    private void draftAndApprove(ProcessInstance instance) {
        Task draft = only(instance, DRAFT);
        completeAs("chenjing", WORKERS, draft, Map.of("plans", plans(SHORT_WITH_REASON)));
        when(round.getStatus()).thenReturn(PlanRound.Status.SUBMITTED);
        completeAs("gaojian", STREET, only(instance, REVIEW), Map.of("planDecision", "APPROVE"));
    }

    private void runTimerAt(ProcessInstance instance, String activity, LocalDate firesOn) {
        Job timer = managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activity)
                .singleResult();
        assertThat(timer).as("timer at %s", activity).isNotNull();
        assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(firesOn.atStartOfDay(CHINA).toInstant()));
        clock.set(firesOn);
        managementService().executeJob(timer.getId());
    }

    @Test
    void theHeadPlansTheStreetApprovesAndWorkersBehindAreRemindedAtEachPoint() {
        ProcessInstance instance = launched();
        Task draft = only(instance, DRAFT);
        assertThat(draft.getAssignee()).isEqualTo("chenjing");
        assertThat((String) taskService().getVariableLocal(draft.getId(), "caseSummary"))
                .contains("和园社区", "48 学时", "社区治理与居民议事实务");
        completeAs("chenjing", WORKERS, draft, Map.of("plans", plans(SHORT_WITH_REASON)));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<Long, WorkerPlan>> proposed = ArgumentCaptor.forClass(Map.class);
        verify(rounds).propose(eq(ROUND), proposed.capture(), eq("chenjing"));
        assertThat(proposed.getValue()).containsEntry(11L, new WorkerPlan(List.of(21L), "下半年产假"));
        Task review = only(instance, REVIEW);
        assertThat(taskService().getIdentityLinksForTask(review.getId())).anyMatch(l ->
                "street-party-qinghe".equals(l.getGroupId()));
        completeAs("gaojian", STREET, review, Map.of("planDecision", "APPROVE"));
        verify(rounds).decide(ROUND, true, null, "gaojian");
        verify(rounds).enrol(ROUND);

        when(rounds.behind(ROUND, LocalDate.of(YEAR, 6, 30))).thenReturn(List.of(11L));
        runTimerAt(instance, REMINDER_POINT, LocalDate.of(YEAR, 7, 1));
        Task remind = only(instance, MAKE_UP_HOURS);
        assertThat(remind.getAssignee()).isEqualTo("zhangwei");
        assertThat((String) taskService().getVariableLocal(remind.getId(), "caseSummary")).contains("全年须完成 48 学时",
                "社区治理与居民议事实务");
        assertThatThrownBy(() -> completeAs("machao", WORKERS, remind, Map.of()))
                .hasRootCauseInstanceOf(StepRefused.class);
        completeAs("zhangwei", WORKERS, remind, Map.of());
        assertThat(instance).hasPassed(WORKERS_REMINDED);

        when(rounds.behind(ROUND, LocalDate.of(YEAR, 9, 30))).thenReturn(List.of());
        runTimerAt(instance, REMINDER_POINT, LocalDate.of(YEAR, 10, 1));
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).list()).isEmpty();
        assertThat(instance).isEnded().hasPassed(YEAR_OVER);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(v -> v.getName()).doesNotContain("plans", "reviewComment")
                .contains("trainingRoundId", "communityCode");
    }

    @Test
    void theStreetReturnsThePlanWithACommentAndTheHeadRevisesIt() {
        ProcessInstance instance = launched();
        completeAs("chenjing", WORKERS, only(instance, DRAFT), Map.of("plans", plans(SHORT_WITH_REASON)));
        // what the round records on the decision, which the head's reopened task shows
        when(round.getStatus()).thenReturn(PlanRound.Status.RETURNED);
        when(round.getReviewComment()).thenReturn("请为张伟补选下半年课程");
        completeAs("gaojian", STREET, only(instance, REVIEW), Map.of("planDecision", "RETURN",
                "reviewComment", "请为张伟补选下半年课程"));
        verify(rounds).decide(ROUND, false, "请为张伟补选下半年课程", "gaojian");
        verify(rounds, never()).enrol(anyLong());
        Task again = only(instance, DRAFT);
        assertThat((String) taskService().getVariableLocal(again.getId(), "caseSummary")).contains("请为张伟补选下半年课程");
        completeAs("chenjing", WORKERS, again, Map.of("plans", plans(SHORT_WITH_REASON)));
        completeAs("gaojian", STREET, only(instance, REVIEW), Map.of("planDecision", "APPROVE"));
        verify(rounds).enrol(ROUND);
        assertThat(instance).isWaitingAt(REMINDER_POINT);
    }

    @Test
    void aShortfallWithoutAReasonIsRefusedNamingThePlans() {
        doThrow(new InvalidFieldException("plans", "张伟的计划学时 16 小时，未达到每年 48 小时，请补选课程或说明原因"))
                .when(rounds).propose(eq(ROUND), anyMap(), eq("chenjing"));
        ProcessInstance instance = launched();
        assertThatThrownBy(() -> completeAs("chenjing", WORKERS, only(instance, DRAFT), Map.of("plans",
                plans("[{\"worker\":\"11\",\"courses\":[\"21\"],\"reason\":\"\"}]")))).hasMessageContaining("说明原因");
        assertThat(instance).isWaitingAt(DRAFT);
    }

    @Test
    void aCourseOrWorkerNotOfferedIsRefused() {
        ProcessInstance instance = launched();
        Task draft = only(instance, DRAFT);
        assertThatThrownBy(() -> completeAs("chenjing", WORKERS, draft, Map.of("plans",
                plans("[{\"worker\":\"11\",\"courses\":[\"99\"]}]")))).hasMessageContaining("课程只能从列出的课程中选择");
        assertThatThrownBy(() -> completeAs("chenjing", WORKERS, draft, Map.of("plans",
                plans("[{\"worker\":\"55\",\"courses\":[]}]")))).hasMessageContaining("只能为本社区的社区工作者");
        verify(rounds, never()).propose(anyLong(), anyMap(), anyString());
    }

    @Test
    void anotherCommunitysHeadCannotDraftAndAnotherStreetCannotReview() {
        ProcessInstance instance = launched();
        assertThatThrownBy(() -> completeAs("liming", List.of("workers-liushu"), only(instance, DRAFT),
                Map.of("plans", plans(SHORT_WITH_REASON)))).hasRootCauseInstanceOf(StepRefused.class);
        verify(rounds, never()).propose(anyLong(), anyMap(), anyString());
        completeAs("chenjing", WORKERS, only(instance, DRAFT), Map.of("plans", plans(SHORT_WITH_REASON)));
        assertThatThrownBy(() -> completeAs("other-street", List.of("street-party-other"), only(instance, REVIEW),
                Map.of("planDecision", "APPROVE"))).hasRootCauseInstanceOf(StepRefused.class);
        verify(rounds, never()).decide(anyLong(), anyBoolean(), any(), anyString());
    }

    @Test
    void aReminderNotAcknowledgedByTheYearsEndIsWithdrawn() {
        ProcessInstance instance = launched();
        draftAndApprove(instance);
        when(rounds.behind(ROUND, LocalDate.of(YEAR, 6, 30))).thenReturn(List.of(11L, 12L));
        runTimerAt(instance, REMINDER_POINT, LocalDate.of(YEAR, 7, 1));
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(MAKE_UP_HOURS)
                .list()).extracting(Task::getAssignee).containsExactlyInAnyOrder("zhangwei", "machao");
        runTimerAt(instance, REMINDER_POINT, LocalDate.of(YEAR, 10, 1));
        assertThat(instance).isWaitingAt(MAKE_UP_HOURS);
        runTimerAt(instance, REMINDER_LAPSED, LocalDate.of(YEAR + 1, 1, 1));
        assertThat(instance).isEnded().hasPassed(REMINDER_WITHDRAWN, YEAR_OVER);
    }

    @Test
    void aPlanApprovedAfterTheLastPointEndsWithoutReminders() {
        clock.set(LocalDate.of(YEAR, 11, 20));
        ProcessInstance instance = launched();
        draftAndApprove(instance);
        assertThat(instance).isEnded().hasPassed(YEAR_OVER).hasNotPassed(REMINDER_POINT);
    }

    @Test
    void theHeadStartsItByHandAndChoosesHerCommunityByName() {
        ProcessInstance instance = startByHand("chenjing");
        Task choose = only(instance, CHOOSE_COMMUNITY);
        assertThat(choose.getAssignee()).isEqualTo("chenjing");
        completeAs("chenjing", WORKERS, choose, Map.of("community", String.valueOf(HEYUAN), "planYear",
                String.valueOf(YEAR)));
        verify(rounds).open(HEYUAN, YEAR, "chenjing");
        verify(rounds).bind(ROUND, instance.getId());
        assertThat(runtimeService().getVariable(instance.getId(), "streetCode")).isEqualTo("qinghe");
        assertThat(only(instance, DRAFT).getAssignee()).isEqualTo("chenjing");
    }

    @Test
    void aHandStartForACommunityAndYearAlreadyStartedIsRefused() {
        when(rounds.open(HEYUAN, YEAR, "chenjing")).thenThrow(new InvalidFieldException("community",
                "和园社区" + YEAR + "年度的培训计划已经发起，不能重复发起"));
        ProcessInstance instance = startByHand("chenjing");
        assertThatThrownBy(() -> completeAs("chenjing", WORKERS, only(instance, CHOOSE_COMMUNITY), Map.of(
                "community", String.valueOf(HEYUAN), "planYear", String.valueOf(YEAR))))
                .hasMessageContaining("不能重复发起");
        verify(rounds, never()).bind(anyLong(), anyString());
        assertThat(instance).isWaitingAt(CHOOSE_COMMUNITY);
    }

    @Test
    void someoneWhoIsNeitherHeadNorStreetOfficeCannotStartIt() {
        when(starters.planCommunities("zhangwei")).thenReturn(List.of());
        assertThatThrownBy(() -> startByHand("zhangwei")).isInstanceOf(StepRefused.class);
        verify(rounds, never()).open(anyLong(), anyInt(), anyString());
    }

    private ProcessInstance startByHand(String user) {
        return as(user, WORKERS, () -> formService().submitStartForm(repositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId(),
                Map.of()));
    }
}
