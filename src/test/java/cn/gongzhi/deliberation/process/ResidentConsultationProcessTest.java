package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.COMPLETED;
import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.CONSULT;
import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.DECLINED;
import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.DISCLOSE_RESULT;
import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.FEEDBACK;
import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.HOLD_RESIDENTS_MEETING;
import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.IMPLEMENT;
import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.KEY;
import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.NOTIFY;
import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.REJECTED;
import static cn.gongzhi.deliberation.process.ResidentConsultationProcess.REVIEW_TOPIC;
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
import cn.gongzhi.registry.ActiveMembers.ActiveMember;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of processes/ResidentConsultationProcess.bpmn. */
@Deployment(resources = {"processes/ResidentConsultationProcess.bpmn", "processes/PublicDisclosureProcess.bpmn",
        "processes/AssemblyQuorumDecision.dmn", "forms/start-resident-consultation.form", "forms/review-topic.form",
        "forms/notify-stakeholders.form", "forms/hold-consultation.form", "forms/hold-meeting.form",
        "forms/choose-deliberation-community.form", "forms/implement-resolution.form", "forms/collect-feedback.form", "forms/review-objections.form"})
class ResidentConsultationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
            ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("process-test.cfg.xml"))
            .excludeProcessDefinitionKeys(PublicDisclosureProcess.KEY).assertClassCoverageAtLeast(1.0).build();

    private static final long TOPIC = 9L;
    private final DeliberationProcessTestSupport support = new DeliberationProcessTestSupport();

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(engine.getProcessEngine());
        support.wire();
        when(support.records.register(eq(DeliberationKind.URBAN), any(), any(), any(), any())).thenReturn(
                new Registered(TOPIC, "D-2026-000009", "heyuan", "和园社区", "RESIDENT_REPRESENTATIVE_ASSEMBLY", false));
    }

    @AfterEach
    void unwire() {
        DeliberationProcessTestSupport.unwire();
    }

    @Test
    void aStarterOfSeveralCommunitiesChoosesOneBeforeTheTopicIsRegistered() {
        when(support.starters.communitiesOf(eq(DeliberationKind.URBAN), any())).thenReturn(List.of(
                new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe"),
                new CommunityRef("lvyuan", "绿苑社区", CommunityType.URBAN, "qinghe")));
        identityService().setAuthentication("chenjing", List.of("committee-heyuan", "committee-lvyuan"));
        try {
            ProcessInstance topic = runtimeService().startProcessInstanceByKey(KEY, Map.of("title", "老楼加装电梯",
                    "plan", "3 号楼加装电梯两部", "topicSource", "RESIDENTS",
                    "resolutionBody", "RESIDENT_REPRESENTATIVE_ASSEMBLY"));
            assertThat(topic).isWaitingAt(ResidentConsultationProcess.CHOOSE_COMMUNITY);
            assertThat(task(topic)).isAssignedTo("chenjing");
            verify(support.records, never()).register(any(), any(), any(), any(), any());
            org.assertj.core.api.Assertions.assertThat(support.offered(task(topic).getId(), "communityOptions")).containsExactly("heyuan", "lvyuan");
            complete(task(topic), withVariables("community", "lvyuan"));
            verify(support.records).register(eq(DeliberationKind.URBAN), eq("lvyuan"), any(), any(), any());
            assertThat(topic).isWaitingAt(REVIEW_TOPIC).variables().containsEntry("matterPlace", "和园社区")
                    .doesNotContainKeys("community", "proposer");
        } finally {
            identityService().clearAuthentication();
        }
    }

    @Test
    void topicRunsFromIntakeThroughConsultationAndDecisionToFeedback() {
        ProcessInstance topic = start();
        assertThat(topic).isWaitingAt(REVIEW_TOPIC);
        assertThat(task(topic)).hasCandidateGroup("party-branch-heyuan");
        complete(task(topic), withVariables("topicDecision", "ACCEPTED", "reviewNote", "列入 12 月议事会"));
        assertThat(topic).isWaitingAt(NOTIFY);
        complete(task(topic), withVariables("stakeholders", ticks("OWNERS_COMMITTEE", "PROPERTY_FIRM", "RESIDENT_GROUPS"),
                "consultationAt", "2026-12-05T19:00", "consultationPlace", "社区议事厅", "noticeText", "请带上各楼栋的意见"));
        assertThat(topic).isWaitingAt(CONSULT);
        complete(task(topic), withVariables("participantCount", 23, "opinions", "同意加装，费用按楼层分摊"));
        assertThat(topic).isWaitingAt(HOLD_RESIDENTS_MEETING);
        verify(support.meetings).open(TOPIC, AssemblyBody.RESIDENT_REPRESENTATIVE_ASSEMBLY);
        support.hold(topic, 11, 6);
        verify(support.records).resolved(TOPIC);
        assertThat(topic).isWaitingAt(IMPLEMENT);
        complete(task(topic), withVariables("implementationReport", "两部电梯已安装"));
        assertThat(topic).isWaitingAt(DISCLOSE_RESULT);
        support.disclose(topic, null);
        assertThat(topic).isWaitingAt(FEEDBACK);
        complete(task(topic), withVariables("feedback", "居民满意"));
        assertThat(topic).isEnded().hasPassed(COMPLETED);
        verify(support.records).finished(TOPIC, DeliberationStatus.COMPLETED);
    }

    @Test
    void declinedTopicEndsWithItsReasons() {
        ProcessInstance topic = start();
        complete(task(topic), withVariables("topicDecision", "DECLINED", "reviewNote", "属物业合同纠纷，转物业处理"));
        assertThat(topic).isEnded().hasPassed(DECLINED);
        verify(support.records).finished(TOPIC, DeliberationStatus.DECLINED);
    }

    @Test
    void meetingWithoutQuorumIsHeldAgainAndARejectedDecisionGoesBackToConsultation() {
        ProcessInstance topic = toResidentsMeeting();
        support.hold(topic, 10, 10);
        assertThat(topic).isWaitingAt(HOLD_RESIDENTS_MEETING).variables().containsEntry("meetingVerdict", "NO_QUORUM");
        support.hold(topic, 11, 5);
        assertThat(topic).isWaitingAt(CONSULT);
        complete(task(topic), withVariables("participantCount", 30, "opinions", "调整分摊比例"));
        when(support.records.rejected(eq(TOPIC), anyString())).thenReturn(false);
        support.hold(topic, 12, 6);
        assertThat(topic).isEnded().hasPassed(REJECTED);
        verify(support.records).finished(TOPIC, DeliberationStatus.REJECTED);
    }

    @Test
    void upheldObjectionToTheResultReopensImplementation() {
        ProcessInstance topic = toResidentsMeeting();
        support.hold(topic, 11, 6);
        complete(task(topic), withVariables("implementationReport", "第一次实施"));
        support.disclose(topic, "UPHELD");
        assertThat(topic).isWaitingAt(IMPLEMENT);
    }

    @Test
    void theNoticeNamesActiveMembersAsContactsAndTheMembersModuleIsTold() {
        ActiveMember zheng = new ActiveMember(7L, "郑国华", "zhengguohua");
        when(support.contacts.offered(TOPIC)).thenReturn(List.of(zheng, new ActiveMember(8L, "何晓燕", "hexiaoyan")));
        when(support.contacts.named(TOPIC, List.of("7"))).thenReturn(List.of(zheng));
        ProcessInstance topic = start();
        complete(task(topic), withVariables("topicDecision", "ACCEPTED", "reviewNote", "列入议程"));
        org.assertj.core.api.Assertions.assertThat(support.offered(task(topic).getId(), "memberContactOptions"))
                .as("offered by name, valued by member id").containsExactly("7", "8");
        complete(task(topic), withVariables("stakeholders", ticks("RESIDENT_GROUPS"), "memberContacts", ticks("7"),
                "consultationAt", "2026-12-05T19:00", "consultationPlace", "社区议事厅", "noticeText", "通知"));
        verify(support.records).stakeholdersNotified(eq(TOPIC), eq(List.of("居民小组及相关居民")), eq(List.of("郑国华")),
                any(), eq("社区议事厅"), eq("通知"), any());
        verify(support.contacts).announce(TOPIC, List.of(zheng));
        assertThat(topic).isWaitingAt(CONSULT).variables().doesNotContainKeys("memberContacts");
    }

    @Test
    void aContactWhoIsNotAnActiveMemberOfTheCommunityIsRefusedAndNothingIsWritten() {
        when(support.contacts.offered(TOPIC)).thenReturn(List.of(new ActiveMember(7L, "郑国华", "zhengguohua")));
        ProcessInstance topic = start();
        complete(task(topic), withVariables("topicDecision", "ACCEPTED", "reviewNote", "列入议程"));
        // a member the form did not offer (another community's, or anyone's id typed in)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(topic), withVariables("stakeholders",
                ticks("RESIDENT_GROUPS"), "memberContacts", ticks("99"), "consultationAt", "2026-12-05T19:00",
                "consultationPlace", "社区议事厅", "noticeText", "通知")))
                .hasMessageContaining("党员联络人只能从列出的选项中选择");
        // one offered when the form opened who has moved away since: the records refuse her
        when(support.contacts.named(TOPIC, List.of("7"))).thenThrow(new InvalidFieldException("memberContacts",
                "党员联络人须是本社区在岗的报到党员，请从列表中选择"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(topic), withVariables("stakeholders",
                ticks("RESIDENT_GROUPS"), "memberContacts", ticks("7"), "consultationAt", "2026-12-05T19:00",
                "consultationPlace", "社区议事厅", "noticeText", "通知")))
                .hasMessageContaining("党员联络人须是本社区在岗的报到党员");
        verify(support.records, never()).stakeholdersNotified(anyLong(), any(), any(), any(), any(), any(), any());
        verify(support.contacts, never()).announce(anyLong(), any());
        assertThat(topic).isWaitingAt(NOTIFY);
    }

    private ProcessInstance toResidentsMeeting() {
        ProcessInstance topic = start();
        complete(task(topic), withVariables("topicDecision", "ACCEPTED", "reviewNote", "列入议程"));
        complete(task(topic), withVariables("stakeholders", ticks("RESIDENT_GROUPS"), "consultationAt",
                "2026-12-05T19:00", "consultationPlace", "社区议事厅", "noticeText", "通知"));
        complete(task(topic), withVariables("participantCount", 20, "opinions", "意见"));
        return topic;
    }

    private static Object ticks(String... values) {
        return org.camunda.spin.plugin.variable.SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(java.util.List.of(values)).toString()).create();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, Map.of("communityCode", "heyuan",
                "title", "老楼加装电梯", "plan", "3 号楼加装电梯两部", "topicSource", "RESIDENTS",
                "resolutionBody", "RESIDENT_REPRESENTATIVE_ASSEMBLY"));
    }
}
