package cn.gongzhi.members;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.DutyKind;
import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.DutyRef;
import cn.gongzhi.registry.ReportingStatus;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member of 和园社区 reports through the engine REST API as Tasklist does, with the demo logins: she starts it and
 * chooses by name, the community's Party organisation confirms her with a pioneer post (the reporting ends there), then
 * records her moving away in 党员迁出, and the post is vacant again. Refused on the way, each writing nothing: a login
 * who is no Party member starting it, another member completing her step, another community's branch confirming, a
 * system variable on the start, a second reporting elsewhere while she is active; the member herself, a worker, the
 * hotline and a branch without active members starting 党员迁出, and a member not offered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartyMemberReportingFlowTest {

    private static final String START = "/engine-rest/process-definition/key/PartyMemberReportingProcess/submit-form";
    private static final String MOVE_AWAY =
            "/engine-rest/process-definition/key/PartyMemberMoveAwayProcess/submit-form";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    PartyMemberReporting reporting;

    @Test
    void aMemberReportsIsConfirmedWithAPostAndTheBranchRecordsHerMovingAway() {
        HttpApi zheng = HttpApi.as(port, "zhengguohua", "demo");
        HttpApi he = HttpApi.as(port, "hexiaoyan", "demo");
        HttpApi secretary = HttpApi.as(port, "wangfang", "demo");
        HttpApi otherBranch = HttpApi.as(port, "liming", "demo");
        HttpApi unitContact = HttpApi.as(port, "jiaowei-party", "demo");
        long memberId = reporting.reportableBy("zhengguohua").get(0).memberId();
        ReportingStatus before = reporting.view(memberId).status();
        assertThat(before).as("not reported, or moved away before this test").isIn(null, ReportingStatus.MOVED_AWAY);

        Response notAMember = HttpApi.as(port, "zhangwei", "demo").post(START, vars());
        assertThat(notAMember.status()).as(notAMember.toString()).isEqualTo(403);
        Response withSystemVariable = zheng.post(START, vars("partyMemberId", 1));
        assertThat(withSystemVariable.status()).as("the member is the system's to set").isEqualTo(403);

        Response started = zheng.post(START, vars());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        JsonNode report = zheng.onlyTask(instance);
        assertThat(report.get("taskDefinitionKey").asText()).isEqualTo("Activity_CompleteReport");
        assertThat(he.get("/engine-rest/task?processInstanceId=" + instance).json().size())
                .as("her step is hers alone").isZero();
        Response byAnother = he.post("/engine-rest/task/" + report.get("id").asText() + "/submit-form",
                vars("member", String.valueOf(memberId), "community", "heyuan"));
        assertThat(byAnother.status()).as(byAnother.toString()).isIn(403, 404);
        assertThat(reporting.view(memberId).status()).as("nothing written").isEqualTo(before);

        zheng.submitOnlyTask(instance, vars("member", String.valueOf(memberId), "community", "heyuan"));
        assertThat(reporting.view(memberId).status()).isEqualTo(ReportingStatus.REPORTED);
        assertThat(otherBranch.get("/engine-rest/task?processInstanceId=" + instance).json().size())
                .as("柳树村's branch does not see 和园社区's reporting").isZero();
        JsonNode confirm = secretary.onlyTask(instance);
        assertThat(confirm.get("taskDefinitionKey").asText()).isEqualTo("Activity_ConfirmReporting");
        DutyRef post = reporting.vacantDuties("heyuan").stream().filter(d -> d.kind() == DutyKind.PIONEER_POST)
                .findFirst().orElseThrow();
        Response missingPost = secretary.post("/engine-rest/task/" + confirm.get("id").asText() + "/submit-form",
                vars("decision", "CONFIRM"));
        assertThat(missingPost.status()).as(missingPost.toString()).isEqualTo(400);
        assertThat(missingPost.json().get("message").asText()).contains("请选择党员先锋岗或党员责任区");
        secretary.submitOnlyTask(instance, vars("decision", "CONFIRM", "duty", post.choice()));
        assertThat(reporting.view(memberId).status()).isEqualTo(ReportingStatus.ACTIVE);
        assertThat(reporting.view(memberId).duties()).hasSize(1);

        // active in 和园社区: her unit's contact cannot report her to 柳树村 as well
        Response second = unitContact.post(START, vars());
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        String secondInstance = second.json().get("id").asText();
        Response elsewhere = unitContact.post("/engine-rest/task/" + unitContact.onlyTask(secondInstance).get("id")
                .asText() + "/submit-form", vars("member", String.valueOf(memberId), "community", "liushu"));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(400);
        assertThat(elsewhere.json().get("message").asText())
                .contains("郑国华已在和园社区报到（在岗），同一时间只能在一个社区报到");
        assertThat(reporting.view(memberId).communityCode()).as("nothing written").isEqualTo("heyuan");
        runtimeService.deleteProcessInstance(secondInstance, "test: the refused second reporting is withdrawn");

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count())
                .as("the reporting ends once she is active: no standing task while she serves").isZero();

        // she moves away: the branch records it in a process of its own
        Response memberHerself = zheng.post(MOVE_AWAY, vars());
        assertThat(memberHerself.status()).as(memberHerself.toString()).isEqualTo(403);
        Response worker = HttpApi.as(port, "zhangwei", "demo").post(MOVE_AWAY, vars());
        assertThat(worker.status()).as(worker.toString()).isEqualTo(403);
        Response hotline = HttpApi.as(port, "qianhong", "demo").post(MOVE_AWAY, vars());
        assertThat(hotline.status()).as(hotline.toString()).isEqualTo(403);
        Response villageBranch = otherBranch.post(MOVE_AWAY, vars());
        assertThat(villageBranch.status()).as("柳树村's branch has no active member to record").isEqualTo(403);
        assertThat(villageBranch.json().get("message").asText()).contains("柳树村目前没有在岗的报到党员");
        Response moveAwayWithVariable = secretary.post(MOVE_AWAY, vars("partyMemberId", memberId));
        assertThat(moveAwayWithVariable.status()).isEqualTo(403);
        assertThat(reporting.view(memberId).status()).as("nothing written").isEqualTo(ReportingStatus.ACTIVE);

        Response moveAway = secretary.post(MOVE_AWAY, vars());
        assertThat(moveAway.status()).as(moveAway.toString()).isEqualTo(200);
        String moveAwayInstance = moveAway.json().get("id").asText();
        JsonNode record = secretary.onlyTask(moveAwayInstance);
        assertThat(record.get("taskDefinitionKey").asText()).isEqualTo("Activity_RecordMoveAway");
        assertThat(record.get("assignee").asText()).isEqualTo("wangfang");
        Response notOffered = secretary.post("/engine-rest/task/" + record.get("id").asText() + "/submit-form",
                vars("member", "999999", "reason", "迁居外区"));
        assertThat(notOffered.status()).as(notOffered.toString()).isEqualTo(400);
        Response noReason = secretary.post("/engine-rest/task/" + record.get("id").asText() + "/submit-form",
                vars("member", String.valueOf(memberId)));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(reporting.view(memberId).status()).as("nothing written").isEqualTo(ReportingStatus.ACTIVE);

        secretary.submitOnlyTask(moveAwayInstance, vars("member", String.valueOf(memberId), "reason", "迁居外区，组织关系转出"));
        assertThat(reporting.view(memberId).status()).isEqualTo(ReportingStatus.MOVED_AWAY);
        assertThat(reporting.view(memberId).duties()).isEmpty();
        assertThat(reporting.vacantDuties("heyuan")).extracting(DutyRef::id).contains(post.id());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(moveAwayInstance).count()).isZero();
    }
}
