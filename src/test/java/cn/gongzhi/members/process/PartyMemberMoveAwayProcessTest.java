package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.PartyMemberMoveAwayProcess.IDENTIFY_RECORDER;
import static cn.gongzhi.members.process.PartyMemberMoveAwayProcess.KEY;
import static cn.gongzhi.members.process.PartyMemberMoveAwayProcess.MOVED_AWAY;
import static cn.gongzhi.members.process.PartyMemberMoveAwayProcess.RECORD_MOVE_AWAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.Reportable;
import cn.gongzhi.registry.PartyMemberReporting.ReportingView;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.ReportingStatus;
import cn.gongzhi.shared.process.StepListener;
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

/** Every path of processes/PartyMemberMoveAwayProcess.bpmn, the registry's reporting rules mocked. */
@Deployment(resources = {"processes/PartyMemberMoveAwayProcess.bpmn", "forms/start-move-away.form",
        "forms/record-move-away.form"})
class PartyMemberMoveAwayProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final long ZHENG = 7L;
    private static final long ZHOU = 9L;
    private final PartyMemberReporting reporting = mock(PartyMemberReporting.class);
    private final RegistryService registry = mock(RegistryService.class);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        MoveAwayStarters starters = new MoveAwayStarters(registry);
        Mocks.register("identifyRecorderDelegate", new IdentifyRecorderDelegate(starters, reporting));
        Mocks.register("stepListener", new StepListener(List.of(new RecordMoveAwayStep(reporting, starters))));
        when(registry.communities()).thenReturn(List.of(
                new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe"),
                new CommunityRef("liushu", "柳树村", CommunityType.RURAL, "qinghe")));
        when(reporting.activeMembers("heyuan")).thenReturn(List.of(new Reportable(ZHENG, "郑国华")));
        when(reporting.activeMembers("liushu")).thenReturn(List.of(new Reportable(ZHOU, "周志刚")));
        when(reporting.view(ZHENG)).thenReturn(view(ZHENG, "郑国华", "heyuan"));
        when(reporting.view(ZHOU)).thenReturn(view(ZHOU, "周志刚", "liushu"));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
        identityService().clearAuthentication();
    }

    private static ReportingView view(long id, String name, String community) {
        return new ReportingView(id, name, community, null, null, ReportingStatus.ACTIVE, LocalDate.of(2026, 11, 1),
                null, List.of());
    }

    private static <T> T as(String user, List<String> groups, Supplier<T> action) {
        identityService().setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identityService().clearAuthentication();
        }
    }

    private static ProcessInstance startAs(String user, String... groups) {
        return as(user, List.of(groups), () -> runtimeService().startProcessInstanceByKey(KEY));
    }

    private static void completeAs(String user, List<String> groups, Task task, Map<String, Object> form) {
        as(user, groups, () -> {
            formService().submitTaskForm(task.getId(), form);
            return null;
        });
    }

    @Test
    void theBranchRecordsAnActiveMemberAsMovedAway() {
        ProcessInstance instance = startAs("wangfang", "party-branch-heyuan");
        assertThat(instance).hasPassed(IDENTIFY_RECORDER).isWaitingAt(RECORD_MOVE_AWAY).variables()
                .containsEntry("recorder", "wangfang").containsEntry("matterCategory", "党员迁出")
                .doesNotContainKeys("partyMemberId", "communityCode");
        Task record = task(instance);
        assertThat(record).isAssignedTo("wangfang");
        assertThat(taskService().getVariableLocal(record.getId(), "memberOptions").toString())
                .as("the active members of her own community, by name").contains("郑国华").doesNotContain("周志刚");

        completeAs("wangfang", List.of("party-branch-heyuan"), record,
                withVariables("member", "7", "reason", "迁居海淀区，组织关系转出"));
        verify(reporting).moveAway(ZHENG, "迁居海淀区，组织关系转出");
        assertThat(instance).isEnded().hasPassed(MOVED_AWAY).variables().containsEntry("partyMemberId", ZHENG)
                .containsEntry("communityCode", "heyuan").containsEntry("matterPlace", "和园社区")
                .doesNotContainKeys("member", "reason");
    }

    @Test
    void aMemberNotOfferedOrNoLongerActiveOrNoExplanationIsRefusedAndTheTaskStays() {
        ProcessInstance instance = startAs("wangfang", "party-branch-heyuan");
        Task record = task(instance);
        List<String> branch = List.of("party-branch-heyuan");
        assertThatThrownBy(() -> completeAs("wangfang", branch, record, withVariables("member", "9",
                "reason", "迁居"))).as("another community's member").hasMessageContaining("只能从列出的选项中选择");
        assertThatThrownBy(() -> completeAs("wangfang", branch, record, withVariables("member", "7")))
                .hasMessageContaining("请填写迁出说明");
        when(reporting.activeMembers("heyuan")).thenReturn(List.of());
        assertThatThrownBy(() -> completeAs("wangfang", branch, record, withVariables("member", "7",
                "reason", "迁居"))).as("moved away meanwhile").hasMessageContaining("已不是本社区（村）的在岗报到党员");
        verify(reporting, never()).moveAway(anyLong(), any());
        assertThat(instance).isWaitingAt(RECORD_MOVE_AWAY);
    }

    @Test
    void aWorkerOrAResidentOrABranchWithoutActiveMembersCannotStartIt() {
        assertThatThrownBy(() -> startAs("zhangwei", "workers-heyuan", "grid-workers-heyuan"))
                .hasMessageContaining("zhangwei 不是任何社区党组织的成员，不能办理党员迁出");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY))
                .hasMessageContaining("党员迁出须由社区党组织成员办理");
        when(reporting.activeMembers("liushu")).thenReturn(List.of());
        assertThatThrownBy(() -> startAs("liming", "party-branch-liushu"))
                .hasMessageContaining("柳树村目前没有在岗的报到党员");
        assertThat(runtimeService().createProcessInstanceQuery().count()).as("nothing written").isZero();
    }
}
