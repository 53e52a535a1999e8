package cn.gongzhi.supervision;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static cn.gongzhi.support.RegistryBodies.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.escalation.process.JointMeetingEscalationProcess;
import cn.gongzhi.petition.process.ResidentPetitionProcess;
import cn.gongzhi.shared.process.SavePoints;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.SavePointJobs;
import cn.gongzhi.support.TestDataJanitor;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The save point where a petition asks for the joint-meeting escalation: the grid worker's completion commits even
 * when the escalation cannot start; the hand-over is retried on the configured cycle, then becomes an incident that
 * the street's supervisors see on their dashboard (流程故障) and another street's do not; once the cause is gone, a
 * retry starts the escalation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessIncidentsTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SavePoints savePoints;

    private TestDataJanitor janitor;
    /** The petition this test escalates: its escalation is closed afterwards, so no later petition joins it. */
    private String petition;

    @BeforeEach
    void note() {
        janitor = TestDataJanitor.before(jdbc, runtimeService);
    }

    @AfterEach
    void restore() {
        repositoryService.updateProcessDefinitionSuspensionState()
                .byProcessDefinitionKey(JointMeetingEscalationProcess.KEY).activate();
        janitor.restore();
        if (petition != null) {
            jdbc.update("update escalation set status = 'CLOSED' where id in (select escalation_id from"
                    + " escalation_petition where petition_number = ?)", petition);
        }
    }

    @Test
    void aHandOverIsTriedThreeTimesFiveMinutesApartByDefault() {
        assertThat(SavePoints.DEFAULT_RETRY_CYCLE).isEqualTo("R3/PT5M");
        assertThat(savePoints.retryCycle()).as("gongzhi.save-points.retry-cycle in application.yaml")
                .isEqualTo(SavePoints.DEFAULT_RETRY_CYCLE);
    }

    @Test
    void theWorkersCompletionStandsWhenTheEscalationCannotStartAndTheIncidentReachesTheStreetsSupervisorsOnly() {
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        Response filed = HttpApi.as(port, "qianhong", "demo").post("/api/petitions", body("category",
                "PROPERTY_MANAGEMENT", "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "现场",
                "description", "电梯停运"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String number = filed.json().get("number").asText();
        petition = number;
        complete(zhangwei, number, vars("contactNote", "已联系"));

        // the escalation cannot start: its process is suspended
        repositoryService.updateProcessDefinitionSuspensionState()
                .byProcessDefinitionKey(JointMeetingEscalationProcess.KEY).suspend();
        complete(zhangwei, number, vars("handlingOutcome", "BEYOND_COMMUNITY", "measures", "多次协调未果",
                "escalationReason", "需要多个部门联合处置"));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).count())
                .as("her task is done").isZero();
        assertThat(jdbc.queryForObject("select count(*) from petition_event e join petition p on e.petition_id = p.id"
                + " where p.number = ? and e.type = 'HANDLED'", Integer.class, number))
                .as("her handling is on record").isOne();
        assertThat(jdbc.queryForObject("select count(*) from petition_event e join petition p on e.petition_id = p.id"
                + " where p.number = ? and e.type = 'ESCALATED'", Integer.class, number))
                .as("the request for the escalation is not, yet").isZero();
        Job handOver = managementService.createJobQuery().processInstanceId(instance(number))
                .activityId(ResidentPetitionProcess.ESCALATION_REQUESTED).singleResult();
        assertThat(handOver).as("the hand-over waits at the save point").isNotNull();

        int attempts = attempts(savePoints.retryCycle());
        for (int attempt = 1; attempt <= attempts; attempt++) {
            assertThat(runtimeService.createIncidentQuery().processInstanceId(instance(number)).count())
                    .as("no incident before attempt %d", attempt).isZero();
            long before = System.currentTimeMillis();
            assertThatThrownBy(() -> managementService.executeJob(handOver.getId())).as("attempt %d", attempt)
                    .isNotNull();
            Job failed = managementService.createJobQuery().jobId(handOver.getId()).singleResult();
            assertThat(failed.getRetries()).isEqualTo(attempts - attempt);
            if (attempt < attempts) {
                assertThat(failed.getDuedate().getTime() - before).as("the next attempt waits the cycle's pause")
                        .isBetween(Duration.ofMinutes(5).minusSeconds(5).toMillis(),
                                Duration.ofMinutes(5).plusSeconds(30).toMillis());
            }
        }
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance(number)).singleResult()
                .getActivityId()).isEqualTo(ResidentPetitionProcess.ESCALATION_REQUESTED);

        // the street's supervisor sees it by number, process and step, in Chinese
        JsonNode incident = find(HttpApi.as(port, "gaojian", "demo")
                .get("/api/supervision/incidents?unit=STREET&unitId=qinghe").json(), number);
        assertThat(incident).as("listed for the street supervisor").isNotNull();
        assertThat(incident.get("process").asText()).isEqualTo("居民诉求办理（接诉即办）");
        assertThat(incident.get("step").asText()).isEqualTo("提请吹哨");
        assertThat(incident.get("communityName").asText()).isEqualTo("和园社区");
        assertThat(incident.get("remedy").asText()).as("the attempts are used up: an administrator retries")
                .contains("全部失败").contains("Cockpit");
        assertThat(incident.get("message").asText()).isNotBlank().doesNotContain("\n");
        assertThat(incident.get("since").asText()).isNotBlank();
        assertThat(find(HttpApi.as(port, "chenjing", "demo")
                .get("/api/supervision/incidents?unit=COMMUNITY&unitId=heyuan").json(), number))
                .as("and the community's supervisor").isNotNull();
        assertThat(HttpApi.as(port, "gaojian", "demo").get("/api/supervision/incidents?unit=STREET&unitId=qinghe"
                + "&format=csv").body()).contains(number, "提请吹哨");

        // another street's supervisor does not, and may not ask for this street; no login, no list
        String other = otherStreetSupervisor();
        HttpApi stranger = HttpApi.as(port, other, "it-" + other);
        Response own = stranger.get("/api/supervision/incidents?unit=STREET&unitId=" + other.replace("sv-", "os-"));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(find(own.json(), number)).isNull();
        assertThat(stranger.get("/api/supervision/incidents?unit=STREET&unitId=qinghe").status()).isEqualTo(403);
        assertThat(HttpApi.anonymous(port).get("/api/supervision/incidents?unit=STREET&unitId=qinghe").status())
                .isEqualTo(401);

        // the cause gone, a retry (as an administrator gives in Cockpit) starts the escalation
        repositoryService.updateProcessDefinitionSuspensionState()
                .byProcessDefinitionKey(JointMeetingEscalationProcess.KEY).activate();
        managementService.setJobRetries(handOver.getId(), 1);
        managementService.setJobDuedate(handOver.getId(), new java.util.Date());
        SavePointJobs.pass(managementService);
        assertThat(jdbc.queryForObject("select count(*) from escalation_petition where petition_number = ?",
                Integer.class, number)).isOne();
        assertThat(find(HttpApi.as(port, "gaojian", "demo")
                .get("/api/supervision/incidents?unit=STREET&unitId=qinghe").json(), number)).isNull();
    }

    /** The attempts of an ISO 8601 repeating interval, R3/PT5M → 3. */
    private static int attempts(String cycle) {
        Matcher m = Pattern.compile("^R(\\d+)/").matcher(cycle);
        assertThat(m.find()).as(cycle).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private String instance(String number) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ResidentPetitionProcess.KEY).singleResult().getId();
    }

    private static JsonNode find(JsonNode incidents, String number) {
        List<JsonNode> found = new ArrayList<>();
        incidents.get("items").forEach(i -> {
            if (number.equals(i.path("matterNumber").asText())) {
                found.add(i);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    /** The login of a street party working committee's secretary in a street of its own: that street's supervisor. */
    private String otherStreetSupervisor() {
        HttpApi admin = HttpApi.as(port, "demo", "demo");
        String s = UUID.randomUUID().toString().substring(0, 8);
        long street = created(admin.post("/api/registry/streets", body("code", "os-" + s, "name", "另一街道" + s)));
        created(admin.post("/api/registry/communities", body("code", "oc-" + s, "name", "另一社区" + s,
                "type", "URBAN", "streetId", street, "households", 100, "adultResidents", 200)));
        long committee = created(admin.post("/api/registry/committees", body("code", "ow-" + s, "name", "另一街道党工委",
                "kind", "STREET_PARTY_WORKING_COMMITTEE", "streetId", street, "termStart", "2026-01-01",
                "termEnd", "2030-12-31")));
        String username = "sv-" + s;
        created(admin.post("/api/registry/committee-members", body("committeeId", committee, "personName", "督办",
                "username", username, "role", "SECRETARY", "partyMember", true, "gender", "MALE")));
        User user = identityService.createUserQuery().userId(username).singleResult();
        user.setPassword("it-" + username);
        identityService.saveUser(user);
        return username;
    }

    private void complete(HttpApi user, String number, java.util.Map<String, Object> variables) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
        assertThat(tasks.size()).as("%s has one task for the user", number).isEqualTo(1);
        Response done = user.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form", variables);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }
}
