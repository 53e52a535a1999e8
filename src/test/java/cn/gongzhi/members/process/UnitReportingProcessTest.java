package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.UnitReportingProcess.AGREEMENT_ENDED;
import static cn.gongzhi.members.process.UnitReportingProcess.CONFIRM_UNIT_REPORTING;
import static cn.gongzhi.members.process.UnitReportingProcess.DRAFT_AGREEMENT;
import static cn.gongzhi.members.process.UnitReportingProcess.KEY;
import static cn.gongzhi.members.process.UnitReportingProcess.TERM_ENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.UnitReportingAgreements;
import cn.gongzhi.registry.UnitReportingAgreements.AgreementView;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepListener;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Every path of processes/UnitReportingProcess.bpmn, the registry's agreement rules mocked. */
@Deployment(resources = {"processes/UnitReportingProcess.bpmn", "forms/start-unit-reporting.form",
        "forms/draft-agreement.form", "forms/confirm-unit-reporting.form"})
class UnitReportingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .assertClassCoverageAtLeast(1.0).build();

    private static final long ORG = 2L;
    private static final long AGREEMENT = 5L;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final UnitReportingAgreements agreements = mock(UnitReportingAgreements.class);
    private final RegistryService registry = mock(RegistryService.class);

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        UnitAgreements unitAgreements = new UnitAgreements(agreements, Clock.system(CHINA));
        Mocks.register("identifyUnitDelegate", new IdentifyUnitDelegate(agreements));
        Mocks.register("unitAgreements", unitAgreements);
        Mocks.register("endAgreementDelegate", new EndAgreementDelegate(agreements, unitAgreements));
        Mocks.register("stepListener", new StepListener(List.of(new DraftAgreementStep(agreements, registry),
                new ConfirmUnitReportingStep(agreements, unitAgreements))));
        when(agreements.orgOf("jiaowei-party")).thenReturn(Optional.of(ORG));
        when(registry.communities()).thenReturn(List.of(
                new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe"),
                new CommunityRef("liushu", "柳树村", CommunityType.RURAL, "qinghe")));
        AgreementView view = new AgreementView(AGREEMENT, "区教育委员会机关党委", "区教育委员会", "林卫东",
                "139****0001", "heyuan", "和园社区", "PROPOSED", "周末开放学校操场", LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 11, 30), null);
        when(agreements.propose(eq(ORG), anyString(), anyString(), any(), any(), anyString(), anyString()))
                .thenReturn(view);
        when(agreements.view(AGREEMENT)).thenReturn(view);
        when(agreements.endsOn(AGREEMENT)).thenReturn(LocalDate.of(2027, 12, 1));
    }

    @AfterEach
    void unwire() {
        Mocks.reset();
        identityService().clearAuthentication();
    }

    private static void submitAs(String user, Task task, Map<String, Object> form) {
        identityService().setAuthentication(user, List.of());
        try {
            formService().submitTaskForm(task.getId(), form);
        } finally {
            identityService().clearAuthentication();
        }
    }

    private static ProcessInstance startAs(String user) {
        identityService().setAuthentication(user, List.of());
        try {
            return runtimeService().startProcessInstanceByKey(KEY);
        } finally {
            identityService().clearAuthentication();
        }
    }

    private static Map<String, Object> agreement(String community) {
        return withVariables("community", community, "resourcesOffered", "周末开放学校操场",
                "termStart", "2026-12-01", "termEnd", "2027-11-30");
    }

    @Test
    void aUnitReportsTheCommunityConfirmsAndTheAgreementEndsWithItsTerm() {
        ProcessInstance unit = startAs("jiaowei-party");
        assertThat(unit).isWaitingAt(DRAFT_AGREEMENT).variables().containsEntry("workUnitOrgId", ORG);
        assertThat(task(unit)).isAssignedTo("jiaowei-party");
        assertThat(taskService().getVariableLocal(task(unit).getId(), "communityOptions").toString())
                .contains("和园社区", "柳树村");
        submitAs("jiaowei-party", task(unit), agreement("heyuan"));
        verify(agreements).propose(ORG, "heyuan", "周末开放学校操场", LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 11, 30), "jiaowei-party", unit.getId());
        assertThat(unit).isWaitingAt(CONFIRM_UNIT_REPORTING).variables().containsEntry("unitReportingId", AGREEMENT)
                .doesNotContainKeys("resourcesOffered", "termStart", "termEnd", "community");
        assertThat(task(unit)).hasCandidateGroup("party-branch-heyuan");
        assertThat(taskService().getVariableLocal(task(unit).getId(), "caseSummary").toString())
                .contains("周末开放学校操场", "2026-12-01 至 2027-11-30").doesNotContain("13911110001");

        submitAs("wangfang", task(unit), withVariables("decision", "CONFIRM"));
        verify(agreements).confirm(AGREEMENT);
        assertThat(unit).isWaitingAt(TERM_ENDED);
        assertThat(job(TERM_ENDED).getDuedate()).as("the day after the term, in China time")
                .isEqualTo(Date.from(Instant.parse("2027-11-30T16:00:00Z")));
        execute(job(TERM_ENDED));
        verify(agreements).end(AGREEMENT);
        assertThat(unit).isEnded().hasPassed(AGREEMENT_ENDED);
    }

    @Test
    void theCommunitySendsTheAgreementBackAndTheUnitCorrectsIt() {
        ProcessInstance unit = startAs("jiaowei-party");
        submitAs("jiaowei-party", task(unit), agreement("heyuan"));
        assertThatThrownBy(() -> submitAs("wangfang", task(unit), withVariables("decision", "RETURN")))
                .hasMessageContaining("退回时请说明需要补正的内容");
        submitAs("wangfang", task(unit), withVariables("decision", "RETURN", "reason", "请写明操场开放时段"));
        verify(agreements).sendBack(AGREEMENT, "请写明操场开放时段");
        assertThat(unit).isWaitingAt(DRAFT_AGREEMENT);
        assertThat(taskService().getVariableLocal(task(unit).getId(), "resourcesOffered"))
                .as("what was proposed, prefilled").isEqualTo("周末开放学校操场");
        submitAs("jiaowei-party", task(unit), withVariables("community", "heyuan", "resourcesOffered",
                "周六、周日 8:00—18:00 开放学校操场", "termStart", "2026-12-01", "termEnd", "2027-11-30"));
        verify(agreements).propose(ORG, "heyuan", "周六、周日 8:00—18:00 开放学校操场", LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 11, 30), "jiaowei-party", unit.getId());
        assertThat(unit).isWaitingAt(CONFIRM_UNIT_REPORTING);
    }

    @Test
    void aSecondAgreementWithTheSameCommunityIsRefusedAndTheTaskStays() {
        when(agreements.propose(eq(ORG), eq("liushu"), anyString(), any(), any(), anyString(), anyString()))
                .thenThrow(new InvalidFieldException("community", "本单位已在柳树村报到，共建协议有效期至 2027-02-28；期满后再行报到"));
        ProcessInstance unit = startAs("jiaowei-party");
        assertThatThrownBy(() -> submitAs("jiaowei-party", task(unit), agreement("liushu")))
                .hasMessageContaining("期满后再行报到");
        assertThatThrownBy(() -> submitAs("jiaowei-party", task(unit), withVariables("community", "heyuan",
                "resourcesOffered", "场地", "termStart", "2026-12-01"))).hasMessageContaining("请选择协议终止日期");
        assertThat(unit).isWaitingAt(DRAFT_AGREEMENT).variables().doesNotContainKey("unitReportingId");
    }

    @Test
    void onlyAWorkUnitsContactStartsIt() {
        when(agreements.orgOf("zhangwei")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> startAs("zhangwei")).hasMessageContaining("单位报到须由单位党组织联系人发起");
        verify(agreements, never()).propose(anyLong(), any(), any(), any(), any(), any(), any());
    }
}
