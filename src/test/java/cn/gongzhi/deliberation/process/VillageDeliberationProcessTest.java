package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.COMPLETED;
import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.DISCLOSE_RESOLUTION;
import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.DISCLOSE_RESULT;
import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.HOLD_JOINT_MEETING;
import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.HOLD_PARTY_ASSEMBLY;
import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.HOLD_RESOLUTION;
import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.IMPLEMENT;
import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.KEY;
import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.PROPOSE_PLAN;
import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.REJECTED;
import static cn.gongzhi.deliberation.process.VillageDeliberationProcess.REVISE_PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.deliberation.DeliberationStatus;
import cn.gongzhi.deliberation.domain.DeliberationRecords.Registered;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of processes/VillageDeliberationProcess.bpmn, with the real quorum table and the real disclosure model. */
@Deployment(resources = {"processes/VillageDeliberationProcess.bpmn", "processes/PublicDisclosureProcess.bpmn",
        "processes/AssemblyQuorumDecision.dmn", "forms/start-village-deliberation.form", "forms/propose-plan.form",
        "forms/hold-meeting.form", "forms/choose-deliberation-community.form", "forms/revise-plan.form", "forms/implement-resolution.form",
        "forms/review-objections.form"})
class VillageDeliberationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .excludeProcessDefinitionKeys(PublicDisclosureProcess.KEY).assertClassCoverageAtLeast(1.0).build();

    private static final long DELIBERATION = 7L;
    private final DeliberationProcessTestSupport support = new DeliberationProcessTestSupport();

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        support.wire();
        oneShoulder(false);
    }

    @AfterEach
    void unwire() {
        DeliberationProcessTestSupport.unwire();
    }

    @Test
    void matterRunsFromPartyBranchProposalToResultDisclosure() {
        ProcessInstance matter = start();
        assertThat(matter).hasBusinessKey("D-2026-000007").isWaitingAt(PROPOSE_PLAN);
        assertThat(task(matter)).hasCandidateGroup("party-branch-liushu");
        complete(task(matter), withVariables("opinionsHeard", "走访党员 12 人、村民 40 户"));
        verify(support.records).proposalConfirmed(eq(DELIBERATION), eq("走访党员 12 人、村民 40 户"), any());

        assertThat(matter).isWaitingAt(HOLD_JOINT_MEETING);
        verify(support.meetings).open(DELIBERATION, AssemblyBody.TWO_COMMITTEES_JOINT_MEETING);
        assertThat(matter).variables().containsEntry("dueCount", 5L).containsEntry("meetingBodyLabel", "两委联席会议");
        support.hold(matter, 5, 4);
        assertThat(matter).isWaitingAt(HOLD_PARTY_ASSEMBLY);
        support.hold(matter, 20, 16);
        assertThat(matter).isWaitingAt(HOLD_RESOLUTION);
        verify(support.meetings).open(DELIBERATION, AssemblyBody.VILLAGER_REPRESENTATIVE_ASSEMBLY);
        assertThat(task(matter)).hasCandidateGroup("committee-liushu");
        support.hold(matter, 12, 10);
        verify(support.records).resolved(DELIBERATION);

        assertThat(matter).isWaitingAt(DISCLOSE_RESOLUTION);
        support.disclose(matter, null);
        assertThat(matter).isWaitingAt(IMPLEMENT);
        complete(task(matter), withVariables("implementationReport", "道路硬化 1.2 公里已完工"));
        assertThat(matter).isWaitingAt(DISCLOSE_RESULT);
        support.disclose(matter, null);

        assertThat(matter).isEnded().hasPassed(COMPLETED);
        verify(support.records).finished(DELIBERATION, DeliberationStatus.COMPLETED);
        assertThat(matter).variables().doesNotContainKeys("title", "plan", "minutes", "implementationReport");
    }

    @Test
    void aRemarkWithMarkupOrOverItsLimitIsRefusedNamingTheFieldAndNothingIsRecorded() {
        ProcessInstance matter = start();
        assertThat(matter).isWaitingAt(PROPOSE_PLAN);
        assertThatThrownBy(() -> complete(task(matter), withVariables("opinionsHeard", "<script>alert(1)</script>")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).rootCause()
                .hasMessageContaining("请只填写文字").extracting("detail").isEqualTo("opinionsHeard");
        assertThatThrownBy(() -> complete(task(matter), withVariables("opinionsHeard", "意".repeat(2001))))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).rootCause()
                .hasMessageContaining("不能超过 2000 字");
        verify(support.records, never()).proposalConfirmed(anyLong(), any(), any());
        assertThat(matter).isWaitingAt(PROPOSE_PLAN);
    }

    @Test
    void aSecretaryOfSeveralVillagesChoosesOneBeforeTheProposalIsRegistered() {
        when(support.starters.communitiesOf(eq(DeliberationKind.VILLAGE), any())).thenReturn(List.of(
                new CommunityRef("liushu", "柳树村", CommunityType.RURAL, "qinghe"),
                new CommunityRef("yangshu", "杨树村", CommunityType.RURAL, "qinghe")));
        identityService().setAuthentication("liming", List.of("party-branch-liushu", "party-branch-yangshu"));
        try {
            ProcessInstance matter = runtimeService().startProcessInstanceByKey(KEY, Map.of("title", "村东道路硬化",
                    "plan", "硬化 1.2 公里", "origin", "PARTY_BRANCH",
                    "resolutionBody", "VILLAGER_REPRESENTATIVE_ASSEMBLY"));
            assertThat(matter).isWaitingAt(VillageDeliberationProcess.CHOOSE_COMMUNITY);
            assertThat(task(matter)).isAssignedTo("liming");
            assertThat(support.offered(task(matter).getId(), "communityOptions")).containsExactly("liushu", "yangshu");
            complete(task(matter), withVariables("community", "liushu"));
            verify(support.records).register(eq(DeliberationKind.VILLAGE), eq("liushu"), any(), any(), any());
            assertThat(matter).hasBusinessKey("D-2026-000007").isWaitingAt(PROPOSE_PLAN).variables()
                    .containsEntry("matterNumber", "D-2026-000007").containsEntry("matterPlace", "柳树村")
                    .containsEntry("matterCategory", "四议两公开").doesNotContainKeys("title", "plan", "community");
        } finally {
            identityService().clearAuthentication();
        }
    }

    @Test
    void aMeetingHeldAgainStartsFromAnEmptyForm() {
        oneShoulder(true);
        ProcessInstance matter = start();
        support.hold(matter, 2, 2);
        assertThat(matter).isWaitingAt(HOLD_JOINT_MEETING).variables()
                .doesNotContainKeys("presentCount", "votesFor", "householdsPresent", "attendance", "heldOn", "minutes");
    }

    @Test
    void oneShoulderMergesProposalAndJointMeeting() {
        oneShoulder(true);
        ProcessInstance matter = start();
        assertThat(matter).isWaitingAt(HOLD_JOINT_MEETING).hasNotPassed(PROPOSE_PLAN);
    }

    @Test
    void meetingWithoutQuorumIsHeldAgainAndCannotPass() {
        oneShoulder(true);
        ProcessInstance matter = start();
        support.hold(matter, 2, 2);
        assertThat(matter).isWaitingAt(HOLD_JOINT_MEETING).variables().containsEntry("meetingVerdict", "NO_QUORUM");
        verify(support.meetings).decide(1L, false, false);
        // the form of the meeting held again says what failed and which rule (from the decision table)
        assertThat(matter).variables().extractingByKey("previousMeeting").asString()
                .contains("未达到法定人数", "实到 2 人", "两委联席会议须过半数成员出席");
        support.hold(matter, 4, 3);
        assertThat(matter).isWaitingAt(HOLD_PARTY_ASSEMBLY).variables().doesNotContainKey("previousMeeting");
    }

    @Test
    void rejectedPlanIsRevisedAndFinallyEndsAsRejected() {
        oneShoulder(true);
        ProcessInstance matter = start();
        support.hold(matter, 5, 4);
        support.hold(matter, 20, 15);
        verify(support.records).rejected(DELIBERATION, "党员大会表决未获通过");
        assertThat(matter).isWaitingAt(REVISE_PLAN);
        complete(task(matter), withVariables("plan", "修改后的方案", "revisionNote", "降低集资标准"));
        assertThat(matter).isWaitingAt(HOLD_JOINT_MEETING);

        when(support.records.rejected(eq(DELIBERATION), anyString())).thenReturn(false);
        support.hold(matter, 5, 1);
        assertThat(matter).isEnded().hasPassed(REJECTED);
        verify(support.records).finished(DELIBERATION, DeliberationStatus.REJECTED);
    }

    @Test
    void assemblyAndResolutionMeetingsAlsoNeedTheirQuorumAndMajority() {
        oneShoulder(true);
        ProcessInstance matter = start();
        support.hold(matter, 5, 4);
        support.hold(matter, 19, 19);
        assertThat(matter).isWaitingAt(HOLD_PARTY_ASSEMBLY);
        support.hold(matter, 20, 16);
        support.hold(matter, 9, 9);
        assertThat(matter).isWaitingAt(HOLD_RESOLUTION);
        support.hold(matter, 12, 6);
        verify(support.records).rejected(DELIBERATION, "村民代表会议表决未获通过");
        assertThat(matter).isWaitingAt(REVISE_PLAN);
    }

    @Test
    void upheldObjectionToTheResolutionSendsThePlanBackForRevision() {
        oneShoulder(true);
        ProcessInstance matter = start();
        support.hold(matter, 5, 4);
        support.hold(matter, 20, 16);
        support.hold(matter, 12, 7);
        support.disclose(matter, "UPHELD");
        verify(support.records).rejected(eq(DELIBERATION), org.mockito.ArgumentMatchers.contains("异议"));
        assertThat(matter).isWaitingAt(REVISE_PLAN);
    }

    @Test
    void dismissedObjectionLetsTheResolutionStandAndAnUpheldObjectionToTheResultReopensImplementation() {
        oneShoulder(true);
        ProcessInstance matter = start();
        support.hold(matter, 5, 4);
        support.hold(matter, 20, 16);
        support.hold(matter, 12, 7);
        support.disclose(matter, "DISMISSED");
        assertThat(matter).isWaitingAt(IMPLEMENT);
        complete(task(matter), withVariables("implementationReport", "第一次实施"));
        support.disclose(matter, "UPHELD");
        assertThat(matter).isWaitingAt(IMPLEMENT);
        complete(task(matter), withVariables("implementationReport", "按异议整改后完成"));
        support.disclose(matter, null);
        assertThat(matter).isEnded().hasPassed(COMPLETED);
    }

    private void oneShoulder(boolean oneShoulder) {
        when(support.records.register(eq(DeliberationKind.VILLAGE), any(), any(), any(), any())).thenReturn(new Registered(
                DELIBERATION, "D-2026-000007", "liushu", "柳树村", "VILLAGER_REPRESENTATIVE_ASSEMBLY", oneShoulder));
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, Map.of("communityCode", "liushu",
                "title", "村东道路硬化", "plan", "硬化 1.2 公里，村集体出资 30%", "origin", "PARTY_BRANCH",
                "resolutionBody", "VILLAGER_REPRESENTATIVE_ASSEMBLY"));
    }
}
