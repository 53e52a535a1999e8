package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.CommunityServiceProcess.CANCELLED;
import static cn.gongzhi.members.process.CommunityServiceProcess.CLAIM;
import static cn.gongzhi.members.process.CommunityServiceProcess.CLOSED;
import static cn.gongzhi.members.process.CommunityServiceProcess.CONFIRM_SERVICE;
import static cn.gongzhi.members.process.CommunityServiceProcess.KEY;
import static cn.gongzhi.members.process.CommunityServiceProcess.RECORD_NO_SHOW;
import static cn.gongzhi.members.process.CommunityServiceProcess.RECORD_RESIDENT;
import static cn.gongzhi.members.process.CommunityServiceProcess.RECORD_SERVICE;
import static cn.gongzhi.members.process.CommunityServiceProcess.REMINDER_DUE;
import static cn.gongzhi.members.process.CommunityServiceProcess.REVIEW_UNCLAIMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.members.ClaimStatus;
import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.members.domain.ServiceClaim;
import cn.gongzhi.members.domain.ServiceItem;
import cn.gongzhi.members.domain.ServiceOffers;
import cn.gongzhi.members.domain.ServicePublishing;
import cn.gongzhi.members.domain.ServiceRecords;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.StepListener;
import cn.gongzhi.shared.process.StepRefused;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/CommunityServiceProcess.bpmn, the records mocked: the item's times are read from the
 * records through {@code serviceItems} (mocked), so each timer is run as its job.
 */
@Deployment(resources = {"processes/CommunityServiceProcess.bpmn", "forms/start-service-item.form",
        "forms/claim-service-item.form", "forms/review-unclaimed-places.form", "forms/record-service.form",
        "forms/confirm-service.form", "forms/record-no-show.form", "forms/record-resident-confirmation.form"})
class CommunityServiceProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final long ITEM = 5L;
    private static final long CLAIM_ZHENG = 11L;
    private static final long CLAIM_HE = 12L;
    private static final List<String> BRANCH = List.of("party-branch-heyuan");
    private final ServicePublishing publishing = mock(ServicePublishing.class);
    private final ServiceRecords records = mock(ServiceRecords.class);
    private final ActiveMembers members = mock(ActiveMembers.class);
    private final ServicePublishers publishers = mock(ServicePublishers.class);
    private final ServiceOffers offers = mock(ServiceOffers.class);
    private final ServiceItems items = mock(ServiceItems.class);
    private final ServiceItem item = mock(ServiceItem.class);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("publishServiceItemDelegate", new PublishServiceItemDelegate(publishing, publishers,
                offers, java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai"))));
        Mocks.register("settleLapsedOfferDelegate", new SettleLapsedOfferDelegate(offers, items));
        Mocks.register("remindMembersDelegate", new RemindMembersDelegate(publishing, items));
        Mocks.register("closeServiceItemDelegate", new CloseServiceItemDelegate(records, items));
        Mocks.register("serviceItems", items);
        Mocks.register("stepListener", new StepListener(List.of(new ClaimServiceItemStep(publishing, records),
                new ReviewUnclaimedPlacesStep(publishing, records), new RecordServiceStep(publishing, records, members),
                new ConfirmServiceStep(publishing, records, members), new RecordNoShowStep(publishing, records, members),
                new RecordResidentConfirmationStep(publishing, records))));
        when(publishers.of(any())).thenReturn(List.of(
                new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe")));
        when(publishing.publish(any(), eq("heyuan"), anyString(), anyString())).thenReturn(ITEM);
        when(publishing.kind(ITEM)).thenReturn(ServiceKind.MICRO_WISH);
        when(publishing.communityName(ITEM)).thenReturn("和园社区");
        when(items.itemOf(any())).thenReturn(ITEM);
        when(items.claimants(any())).thenReturn(List.of("zhengguohua", "hexiaoyan"));
        when(items.claimDeadline(any())).thenReturn(Date.from(Instant.now().plusSeconds(86_400)));
        when(items.reminderAt(any())).thenReturn(Date.from(Instant.now().plusSeconds(2 * 86_400)));
        when(items.claimIds(any())).thenReturn(List.of(CLAIM_ZHENG));
        when(items.claimant(CLAIM_ZHENG)).thenReturn("zhengguohua");
        when(items.claimant(CLAIM_HE)).thenReturn("hexiaoyan");
        when(items.recordDue(anyLong())).thenReturn(Date.from(Instant.now().plusSeconds(5 * 86_400)));
        when(item.getKind()).thenReturn(ServiceKind.MICRO_WISH);
        when(item.getTitle()).thenReturn("帮独居老人修理水龙头");
        when(item.getDescription()).thenReturn("3号楼一位独居老人家的水龙头漏水");
        when(item.getCommunityCode()).thenReturn("heyuan");
        when(item.getStartsAt()).thenReturn(LocalDateTime.of(2026, 12, 5, 9, 0));
        when(item.getEndsAt()).thenReturn(LocalDateTime.of(2026, 12, 5, 11, 0));
        when(item.getClaimDeadline()).thenReturn(LocalDateTime.of(2026, 12, 4, 18, 0));
        when(item.getPlaces()).thenReturn(1);
        when(item.getResidentName()).thenReturn("李*");
        when(item.getResidentPhone()).thenReturn("13812345678");
        when(records.item(ITEM)).thenReturn(item);
        when(records.claimIds(ITEM)).thenReturn(List.of(CLAIM_ZHENG));
        claim(CLAIM_ZHENG, 7L);
        claim(CLAIM_HE, 8L);
        when(members.name(7L)).thenReturn(Optional.of("郑国华"));
        when(members.name(8L)).thenReturn(Optional.of("何晓燕"));
    }

    private void claim(long claimId, long memberId) {
        ServiceClaim claim = mock(ServiceClaim.class);
        when(claim.getItemId()).thenReturn(ITEM);
        when(claim.getMemberId()).thenReturn(memberId);
        when(claim.getStatus()).thenReturn(ClaimStatus.CLAIMED);
        when(records.claim(claimId)).thenReturn(claim);
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

    private static ProcessInstance publish(String kind) {
        Map<String, Object> form = new HashMap<>(Map.of("kind", kind, "title", "帮独居老人修理水龙头",
                "description", "3号楼一位独居老人家的水龙头漏水", "places", 1L, "startsAt", "2026-12-05T09:00",
                "endsAt", "2026-12-05T11:00", "claimDeadline", "2026-12-04T18:00"));
        if (kind.equals("MICRO_WISH")) {
            form.put("residentName", "李秀英");
            form.put("residentPhone", "13812345678");
        }
        return as("wangfang", BRANCH, () -> formService().submitStartForm(org.camunda.bpm.engine.test.assertions.bpmn
                .BpmnAwareTests.repositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult().getId(), form));
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

    /** From the start to the member's record task: zhengguohua claims the only place, the reminder runs. */
    private ProcessInstance claimedAndReminded(String kind) {
        when(publishing.claim(ITEM, "zhengguohua")).thenReturn(0);
        ProcessInstance instance = publish(kind);
        completeAs("zhengguohua", List.of("party-members"), only(instance, CLAIM), Map.of());
        assertThat(instance).isWaitingAt(REMINDER_DUE);
        runTimer(instance, REMINDER_DUE);
        return instance;
    }

    private static Map<String, Object> served() {
        return Map.of("hours", 2.5, "workDone", "更换了水龙头的阀芯");
    }

    @Test
    void aMicroWishIsClaimedServedConfirmedAndMetAsTheResidentSays() {
        ProcessInstance instance = claimedAndReminded("MICRO_WISH");
        verify(publishing).reminded(ITEM);
        Task record = only(instance, RECORD_SERVICE);
        assertThat(record.getAssignee()).isEqualTo("zhengguohua");
        completeAs("zhengguohua", List.of("party-members"), record, served());
        verify(records).record(CLAIM_ZHENG, "zhengguohua", new BigDecimal("2.5"), "更换了水龙头的阀芯");
        completeAs("wangfang", BRANCH, only(instance, CONFIRM_SERVICE), Map.of("serviceConfirmed", "CONFIRM"));
        verify(records).confirm(CLAIM_ZHENG, "wangfang");
        Task resident = only(instance, RECORD_RESIDENT);
        assertThat((String) taskService().getVariableLocal(resident.getId(), "caseSummary"))
                .contains("138****5678").doesNotContain("13812345678");
        completeAs("chenjing", List.of("workers-heyuan"), resident, Map.of("wishMet", "true", "residentNote", "很满意"));
        verify(records).residentAnswered(ITEM, true, "很满意", "chenjing");
        verify(records).close(ITEM);
        assertThat(instance).isEnded().hasPassed(CLOSED);
        // the resident's phone, name and the form's values never reach the process's variables or history
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(v -> v.getName()).doesNotContain("residentPhone", "residentName", "hours", "workDone")
                .contains("serviceItemId", "communityCode");
    }

    @Test
    void theClaimTaskOpensAgainWhilePlacesRemain() {
        when(publishing.claim(ITEM, "zhengguohua")).thenReturn(1);
        when(publishing.claim(ITEM, "hexiaoyan")).thenReturn(0);
        ProcessInstance instance = publish("VOLUNTEER_ACTIVITY");
        Task first = only(instance, CLAIM);
        assertThat(taskService().getIdentityLinksForTask(first.getId())).extracting(l -> l.getUserId())
                .contains("zhengguohua", "hexiaoyan");
        completeAs("zhengguohua", List.of("party-members"), first, Map.of());
        completeAs("hexiaoyan", List.of("party-members"), only(instance, CLAIM), Map.of());
        assertThat(instance).isWaitingAt(REMINDER_DUE);
        verify(publishing).claim(ITEM, "hexiaoyan");
    }

    @Test
    void atTheClaimDeadlineTheBranchGoesAheadWithThoseWhoClaimed() {
        when(items.claimIds(any())).thenReturn(List.of(CLAIM_ZHENG, CLAIM_HE));
        when(publishing.kind(ITEM)).thenReturn(ServiceKind.AREA_TASK);
        ProcessInstance instance = publish("AREA_TASK");
        runTimer(instance, CommunityServiceProcess.CLAIM_DEADLINE);
        completeAs("wangfang", BRANCH, only(instance, REVIEW_UNCLAIMED), Map.of("goAhead", "GO_AHEAD"));
        verify(publishing).closeClaims(ITEM);
        runTimer(instance, REMINDER_DUE);
        List<Task> recordTasks = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(RECORD_SERVICE).list();
        assertThat(recordTasks).extracting(Task::getAssignee).containsExactlyInAnyOrder("zhengguohua", "hexiaoyan");
        for (Task t : recordTasks) {
            completeAs(t.getAssignee(), List.of("party-members"), t, served());
        }
        for (Task t : taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(CONFIRM_SERVICE).list()) {
            completeAs("wangfang", BRANCH, t, Map.of("serviceConfirmed", "CONFIRM"));
        }
        // not a micro-wish: no resident to call back
        assertThat(instance).isEnded().hasPassed(CLOSED).hasNotPassed(RECORD_RESIDENT);
    }

    @Test
    void atTheClaimDeadlineTheBranchWithdrawsTheItem() {
        ProcessInstance instance = publish("VOLUNTEER_ACTIVITY");
        runTimer(instance, CommunityServiceProcess.CLAIM_DEADLINE);
        completeAs("huangqiang", List.of("committee-heyuan"), only(instance, REVIEW_UNCLAIMED),
                Map.of("goAhead", "CANCEL"));
        verify(publishing).cancel(ITEM);
        assertThat(instance).isEnded().hasPassed(CANCELLED);
    }

    /** An item a procedure offered: started with its id and no form, as {@code MemberHelp} starts it. */
    private ProcessInstance offered(ServiceKind kind) {
        when(publishing.kind(ITEM)).thenReturn(kind);
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService().startProcessInstanceByKey(
                KEY, Map.of("serviceItemId", ITEM, "communityCode", "heyuan"));
    }

    @Test
    void anOfferedPetitionHelpIsTakenServedAndConfirmedWithoutTheStartForm() {
        when(items.claimants(any())).thenReturn(List.of("zhengguohua"));
        when(publishing.claim(ITEM, "zhengguohua")).thenReturn(0);
        ProcessInstance instance = offered(ServiceKind.PETITION_HELP);
        verify(offers).bind(ITEM, instance.getId());
        verify(publishing, never()).publish(any(), anyString(), anyString(), anyString());
        Task claim = only(instance, CLAIM);
        assertThat(taskService().getIdentityLinksForTask(claim.getId())).extracting(l -> l.getUserId())
                .containsExactly("zhengguohua");
        completeAs("zhengguohua", List.of("party-members"), claim, Map.of());
        runTimer(instance, REMINDER_DUE);
        completeAs("zhengguohua", List.of("party-members"), only(instance, RECORD_SERVICE), served());
        completeAs("wangfang", BRANCH, only(instance, CONFIRM_SERVICE), Map.of("serviceConfirmed", "CONFIRM"));
        verify(records).confirm(CLAIM_ZHENG, "wangfang");
        assertThat(instance).isEnded().hasPassed(CLOSED).hasNotPassed(RECORD_RESIDENT);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("matterCategory").singleResult().getValue()).isEqualTo("协助办理诉求");
    }

    @Test
    void anOfferNobodyTookLapsesAtTheClaimDeadlineWithoutAskingTheBranch() {
        when(offers.lapse(ITEM)).thenReturn(false);
        ProcessInstance instance = offered(ServiceKind.PETITION_HELP);
        runTimer(instance, CommunityServiceProcess.CLAIM_DEADLINE);
        verify(offers).lapse(ITEM);
        assertThat(instance).isEnded().hasPassed(CommunityServiceProcess.SETTLE_LAPSED_OFFER, CANCELLED)
                .hasNotPassed(REVIEW_UNCLAIMED);
    }

    @Test
    void anOfferSomeTookGoesAheadWithThemAtTheClaimDeadline() {
        when(offers.lapse(ITEM)).thenReturn(true);
        ProcessInstance instance = offered(ServiceKind.FOLLOW_UP_VOLUNTEER);
        runTimer(instance, CommunityServiceProcess.CLAIM_DEADLINE);
        assertThat(instance).isWaitingAt(REMINDER_DUE).hasNotPassed(REVIEW_UNCLAIMED);
    }

    @Test
    void aReturnedServiceIsRecordedAgainBeforeItCounts() {
        ProcessInstance instance = claimedAndReminded("MICRO_WISH");
        completeAs("zhengguohua", List.of("party-members"), only(instance, RECORD_SERVICE), served());
        completeAs("wangfang", BRANCH, only(instance, CONFIRM_SERVICE),
                Map.of("serviceConfirmed", "RETURN", "sendBackReason", "请写明服务了哪户"));
        verify(records).sendBack(CLAIM_ZHENG, "请写明服务了哪户");
        completeAs("zhengguohua", List.of("party-members"), only(instance, RECORD_SERVICE), served());
        completeAs("wangfang", BRANCH, only(instance, CONFIRM_SERVICE), Map.of("serviceConfirmed", "CONFIRM"));
        verify(records).confirm(CLAIM_ZHENG, "wangfang");
        assertThat(instance).isWaitingAt(RECORD_RESIDENT);
    }

    @Test
    void aMemberWhoDoesNotRecordInTimeIsRecordedNoShowByTheBranch() {
        ProcessInstance instance = claimedAndReminded("MICRO_WISH");
        runTimer(instance, CommunityServiceProcess.RECORD_OVERDUE);
        completeAs("wangfang", BRANCH, only(instance, RECORD_NO_SHOW), Map.of());
        verify(records).noShow(CLAIM_ZHENG, "wangfang");
        Task resident = only(instance, RECORD_RESIDENT);
        completeAs("wangfang", BRANCH, resident, Map.of("wishMet", "false"));
        verify(records).residentAnswered(ITEM, false, null, "wangfang");
        assertThat(instance).isEnded().hasPassed(CLOSED);
    }

    @Test
    void anotherCommunitysBranchCannotConfirmAndNothingIsWritten() {
        ProcessInstance instance = claimedAndReminded("MICRO_WISH");
        completeAs("zhengguohua", List.of("party-members"), only(instance, RECORD_SERVICE), served());
        Task confirm = only(instance, CONFIRM_SERVICE);
        assertThatThrownBy(() -> completeAs("liming", List.of("party-branch-liushu"), confirm,
                Map.of("serviceConfirmed", "CONFIRM"))).hasRootCauseInstanceOf(StepRefused.class)
                .hasMessageContaining("只有本社区党组织");
        verify(records, never()).confirm(anyLong(), anyString());
        assertThat(instance).isWaitingAt(CONFIRM_SERVICE);
    }

    @Test
    void aGridWorkerOfAnotherCommunityCannotRecordTheResidentsAnswer() {
        ProcessInstance instance = claimedAndReminded("MICRO_WISH");
        completeAs("zhengguohua", List.of("party-members"), only(instance, RECORD_SERVICE), served());
        completeAs("wangfang", BRANCH, only(instance, CONFIRM_SERVICE), Map.of("serviceConfirmed", "CONFIRM"));
        Task resident = only(instance, RECORD_RESIDENT);
        assertThatThrownBy(() -> completeAs("sunli", List.of("workers-liushu"), resident, Map.of("wishMet", "true")))
                .hasRootCauseInstanceOf(StepRefused.class);
        verify(records, never()).residentAnswered(anyLong(), any(Boolean.class), any(), anyString());
    }

    @Test
    void hoursThatAreNotANumberAreRefusedNamingTheField() {
        ProcessInstance instance = claimedAndReminded("MICRO_WISH");
        Task record = only(instance, RECORD_SERVICE);
        assertThatThrownBy(() -> completeAs("zhengguohua", List.of("party-members"), record,
                Map.of("hours", "两小时", "workDone", "修好了"))).hasMessageContaining("服务时长");
        verify(records, never()).record(anyLong(), anyString(), any(), anyString());
    }

    @Test
    void aPublisherOfNoCommunityIsRefused() {
        when(publishers.of(any())).thenReturn(List.of());
        assertThatThrownBy(() -> publish("VOLUNTEER_ACTIVITY")).isInstanceOf(StepRefused.class);
        verify(publishing, never()).publish(any(), anyString(), anyString(), anyString());
    }
}
