package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.PartyMemberReportingProcess.COMPLETE_REPORT;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.CONFIRM_REPORTING;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.IDENTIFY_REPORTER;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.KEY;
import static cn.gongzhi.members.process.PartyMemberReportingProcess.MEMBER_ACTIVE;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.DutyKind;
import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.DutyRef;
import cn.gongzhi.registry.PartyMemberReporting.Reportable;
import cn.gongzhi.registry.PartyMemberReporting.ReportingView;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.ReportingStatus;
import cn.gongzhi.shared.InvalidFieldException;
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

/** Every path of processes/PartyMemberReportingProcess.bpmn, the registry's reporting rules mocked. */
@Deployment(resources = {"processes/PartyMemberReportingProcess.bpmn", "forms/start-reporting.form",
        "forms/complete-report.form", "forms/confirm-reporting.form"})
class PartyMemberReportingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final long ZHENG = 7L;
    private static final long OTHER = 8L;
    private final PartyMemberReporting reporting = mock(PartyMemberReporting.class);
    private final RegistryService registry = mock(RegistryService.class);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ReportingInstances instances = new ReportingInstances(reporting);
        Mocks.register("identifyReporterDelegate", new IdentifyReporterDelegate());
        Mocks.register("stepListener", new StepListener(List.of(new CompleteReportStep(reporting, registry),
                new ConfirmReportingStep(reporting, instances))));
        when(reporting.reportableBy("zhengguohua")).thenReturn(List.of(new Reportable(ZHENG, "郑国华")));
        when(reporting.reportableBy("jiaowei-party")).thenReturn(List.of(new Reportable(ZHENG, "郑国华"),
                new Reportable(OTHER, "何晓燕")));
        when(registry.communities()).thenReturn(List.of(
                new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe"),
                new CommunityRef("liushu", "柳树村", CommunityType.RURAL, "qinghe")));
        when(reporting.view(anyLong())).thenReturn(view(null, null));
        when(reporting.vacantDuties("heyuan")).thenReturn(List.of(
                new DutyRef(DutyKind.PIONEER_POST, 3L, "党员先锋岗：老年助餐先锋岗", null),
                new DutyRef(DutyKind.RESPONSIBILITY_AREA, 4L, "党员责任区：和园第一网格 1号楼、2号楼", null)));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
        identityService().clearAuthentication();
    }

    private static ReportingView view(ReportingStatus status, String note) {
        return new ReportingView(ZHENG, "郑国华", "heyuan", "和园社区", "区教育委员会机关党委", status,
                status == null ? null : LocalDate.of(2026, 11, 29), note, List.of());
    }

    private static <T> T as(String user, Supplier<T> action) {
        identityService().setAuthentication(user, List.of());
        try {
            return action.get();
        } finally {
            identityService().clearAuthentication();
        }
    }

    /** As Tasklist submits a form: the submitted values replace what the step prefilled. */
    private static void completeAs(String user, Task task, Map<String, Object> form) {
        as(user, () -> {
            formService().submitTaskForm(task.getId(), form);
            return null;
        });
    }

    private static ProcessInstance startAs(String user) {
        return as(user, () -> runtimeService().startProcessInstanceByKey(KEY));
    }

    private static String offered(Task task, String options) {
        return taskService().getVariableLocal(task.getId(), options).toString();
    }

    @Test
    void aMemberReportsAndIsConfirmedWithAPostWhichEndsTheReporting() {
        ProcessInstance reportingInstance = startAs("zhengguohua");
        assertThat(reportingInstance).hasPassed(IDENTIFY_REPORTER).isWaitingAt(COMPLETE_REPORT).variables()
                .containsEntry("reporter", "zhengguohua");
        Task report = task(reportingInstance);
        assertThat(report).isAssignedTo("zhengguohua");
        assertThat(offered(report, "memberOptions")).contains("郑国华").doesNotContain("何晓燕");
        assertThat(offered(report, "communityOptions")).contains("和园社区", "柳树村");
        assertThat(taskService().getVariableLocal(report.getId(), "community")).as("her community, prefilled")
                .isEqualTo("heyuan");

        completeAs("zhengguohua", report, withVariables("member", "7", "community", "heyuan"));
        verify(reporting).report(ZHENG, "heyuan", "zhengguohua", reportingInstance.getId());
        assertThat(reportingInstance).isWaitingAt(CONFIRM_REPORTING).variables()
                .containsEntry("partyMemberId", ZHENG).containsEntry("communityCode", "heyuan")
                .containsEntry("matterPlace", "和园社区").doesNotContainKeys("member", "community");
        assertThat((String) runtimeService().getVariable(reportingInstance.getId(), "matterSummary"))
                .as("the branch's list names whom it confirms").contains("郑国华");
        Task confirm = task(reportingInstance);
        assertThat(confirm).hasCandidateGroup("party-branch-heyuan");
        assertThat(offered(confirm, "dutyOptions")).contains("老年助餐先锋岗", "PIONEER_POST:3",
                "RESPONSIBILITY_AREA:4");

        completeAs("wangfang", confirm, withVariables("decision", "CONFIRM", "duty", "PIONEER_POST:3"));
        verify(reporting).confirm(ZHENG, DutyKind.PIONEER_POST, 3L);
        assertThat(reportingInstance).as("no standing task while she serves").isEnded().hasPassed(MEMBER_ACTIVE);
        assertThat(taskService().createTaskQuery().count()).isZero();
        verify(reporting, never()).moveAway(anyLong(), any());
    }

    @Test
    void theBranchSendsTheReportingBackAndTheReporterCorrectsIt() {
        ProcessInstance reportingInstance = startAs("jiaowei-party");
        Task report = task(reportingInstance);
        assertThat(report).isAssignedTo("jiaowei-party");
        assertThat(offered(report, "memberOptions")).as("the unit's contact reports its members")
                .contains("郑国华", "何晓燕");
        assertThat(taskService().getVariableLocal(report.getId(), "member")).as("two to choose from: none prefilled")
                .isNull();
        completeAs("jiaowei-party", report, withVariables("member", "7", "community", "liushu"));
        assertThat(task(reportingInstance)).hasCandidateGroup("party-branch-liushu");

        when(reporting.view(ZHENG)).thenReturn(view(ReportingStatus.REPORTED, "郑国华住和园社区，请改报和园社区"));
        completeAs("liming", task(reportingInstance), withVariables("decision", "RETURN",
                "reason", "郑国华住和园社区，请改报和园社区"));
        verify(reporting).sendBack(ZHENG, "郑国华住和园社区，请改报和园社区");
        assertThat(reportingInstance).isWaitingAt(COMPLETE_REPORT);
        Task again = task(reportingInstance);
        assertThat(again).isAssignedTo("jiaowei-party");
        assertThat(taskService().getVariableLocal(again.getId(), "caseSummary").toString())
                .contains("请改报和园社区");
        assertThat(taskService().getVariableLocal(again.getId(), "member")).isEqualTo("7");

        assertThatThrownBy(() -> completeAs("jiaowei-party", again, withVariables("member", "8",
                "community", "heyuan"))).as("the same member, or a reporting of her own")
                .hasMessageContaining("退回补正时不能更换报到党员");
        completeAs("jiaowei-party", again, withVariables("member", "7", "community", "heyuan"));
        verify(reporting).report(ZHENG, "heyuan", "jiaowei-party", reportingInstance.getId());
        assertThat(reportingInstance).isWaitingAt(CONFIRM_REPORTING);
        assertThat(task(reportingInstance)).hasCandidateGroup("party-branch-heyuan");
        completeAs("wangfang", task(reportingInstance), withVariables("decision", "CONFIRM",
                "duty", "RESPONSIBILITY_AREA:4"));
        verify(reporting).confirm(ZHENG, DutyKind.RESPONSIBILITY_AREA, 4L);
        assertThat(reportingInstance).isEnded().hasPassed(MEMBER_ACTIVE);
    }

    @Test
    void aSecondReportingElsewhereIsRefusedAndTheTaskStays() {
        when(reporting.report(eq(ZHENG), eq("liushu"), anyString(), anyString())).thenThrow(new InvalidFieldException(
                "community", "郑国华已在和园社区报到（在岗），同一时间只能在一个社区报到；请先在和园社区办理迁出"));
        ProcessInstance reportingInstance = startAs("zhengguohua");
        Task report = task(reportingInstance);
        assertThatThrownBy(() -> completeAs("zhengguohua", report, withVariables("member", "7",
                "community", "liushu"))).hasMessageContaining("同一时间只能在一个社区报到");
        assertThat(reportingInstance).isWaitingAt(COMPLETE_REPORT).variables().doesNotContainKeys("partyMemberId",
                "communityCode");
    }

    @Test
    void choicesNotOfferedAndAConfirmationWithoutAPostAreRefused() {
        ProcessInstance reportingInstance = startAs("zhengguohua");
        Task report = task(reportingInstance);
        assertThatThrownBy(() -> completeAs("zhengguohua", report, withVariables("member", "8",
                "community", "heyuan"))).as("another's member").hasMessageContaining("报到党员只能从列出的选项中选择");
        assertThatThrownBy(() -> completeAs("zhengguohua", report, withVariables("member", "7",
                "community", "elsewhere"))).hasMessageContaining("只能从列出的选项中选择");
        verify(reporting, never()).report(anyLong(), any(), any(), any());

        completeAs("zhengguohua", report, withVariables("member", "7", "community", "heyuan"));
        Task confirm = task(reportingInstance);
        assertThatThrownBy(() -> completeAs("wangfang", confirm, withVariables("decision", "CONFIRM")))
                .hasMessageContaining("确认报到时请选择党员先锋岗或党员责任区");
        assertThatThrownBy(() -> completeAs("wangfang", confirm, withVariables("decision", "CONFIRM",
                "duty", "PIONEER_POST:99"))).hasMessageContaining("只能从列出的选项中选择");
        assertThatThrownBy(() -> completeAs("wangfang", confirm, withVariables("decision", "RETURN")))
                .hasMessageContaining("退回时请说明需要补正的内容");
        verify(reporting, never()).confirm(anyLong(), any(), anyLong());
        verify(reporting, never()).sendBack(anyLong(), any());
        assertThat(reportingInstance).isWaitingAt(CONFIRM_REPORTING);
    }

    @Test
    void nobodyAuthenticatedCannotReport() {
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY))
                .hasMessageContaining("党员报到须由党员本人或其单位党组织联系人发起");
    }
}
