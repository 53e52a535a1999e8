package cn.gongzhi;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.RegistryBodies;
import cn.gongzhi.support.SavePointJobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application on the {@code mysql} profile against a real MySQL-protocol server through Connector/J
 * ({@code mvn verify -Pmysql}; the server, user and database are set in the pom's mysql profile and created by
 * .ci/run). Without a server the context fails to start and every test here fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MySqlProfileIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identityService;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    @Test
    void runsOnMySqlThroughConnectorJWithoutDemoData() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDriverName()).contains("MySQL Connector/J");
            assertThat(connection.getTransactionIsolation())
                    .isEqualTo(java.sql.Connection.TRANSACTION_READ_COMMITTED);
        }
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '1' and success",
                Integer.class)).isEqualTo(1);
        assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from street where code = 'qinghe'", Integer.class)).isZero();
        assertThat(HttpApi.as(port, "demo", "demo").get("/api/registry/streets").status()).isEqualTo(401);
        assertThat(HttpApi.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(HttpApi.anonymous(port).get("/v3/api-docs").status()).as("no API description in production")
                .isEqualTo(404);
        assertThat(HttpApi.anonymous(port).get("/swagger-ui.html").status()).as("no Swagger UI in production")
                .isIn(404, 302);
    }

    @Test
    void registryRoundTripsAndWorkersSeeOnlyTheirOwnCommunitysTasks() {
        HttpApi admin = HttpApi.as(port, "it-admin", "it-admin-secret");
        String s = UUID.randomUUID().toString().substring(0, 8);
        long street = created(admin.post("/api/registry/streets", body("code", "st-" + s, "name", "测试街道")));
        String east = "east-" + s;
        String west = "west-" + s;
        long eastId = created(admin.post("/api/registry/communities", body("code", east, "name", "东社区",
                "type", "URBAN", "streetId", street, "households", 500, "adultResidents", 1200)));
        long westId = created(admin.post("/api/registry/communities", body("code", west, "name", "西村",
                "type", "RURAL", "streetId", street, "households", 300, "adultResidents", 700)));
        long eastWorker = created(admin.post("/api/registry/workers", worker(eastId, "ew-" + s)));
        created(admin.post("/api/registry/workers", worker(westId, "ww-" + s)));
        created(admin.post("/api/registry/grids", body("code", "g-" + s, "name", "东一网格", "communityId", eastId,
                "households", 250, "gridWorkerId", eastWorker)));
        long committee = created(admin.post("/api/registry/committees", body("code", "vc-" + s, "name", "西村村委会",
                "kind", "VILLAGERS_COMMITTEE", "communityId", westId, "termStart", "2026-01-01",
                "termEnd", "2030-12-31")));
        created(admin.post("/api/registry/committee-members", body("committeeId", committee, "personName", "王主任",
                "username", "vd-" + s, "role", "DIRECTOR", "partyMember", true, "gender", "FEMALE")));
        long department = created(admin.post("/api/registry/departments", body("code", "dp-" + s, "name", "测试局",
                "streetId", street, "duties", List.of("NOISE"))));
        created(admin.post("/api/registry/access-list-items", body("communityId", westId, "code", "neg-" + s,
                "name", "噪声执法", "kind", "NEGATIVE", "categoryCode", "NOISE", "departmentId", department)));
        created(admin.post("/api/registry/party-members", body("name", "党员甲", "gender", "MALE",
                "registeredCommunityId", eastId, "inService", false, "registeredOn", "2025-01-01",
                "volunteerHours", 3)));
        JsonNode villagersCommittee = admin.get("/api/registry/committees/" + committee).json();
        assertThat(villagersCommittee.get("warnings").toString()).contains("第六条");
        Response invalid = admin.post("/api/registry/workers", body("communityId", eastId, "name", "x",
                "username", "bad user", "gender", "MALE", "post", "HEAD", "grade", 2, "caseloadLimit", 1));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(identityService.createUserQuery().userId("bad user").count()).isZero();

        assertThat(members("workers-" + east)).containsExactly("ew-" + s);
        assertThat(members("grid-workers-" + east)).containsExactly("ew-" + s);
        assertThat(members("committee-" + west)).containsExactly("vd-" + s);
        setPassword("ew-" + s);
        setPassword("ww-" + s);

        String eastPetition = admin.post("/api/petitions", body("category", "COMMUNITY_ENVIRONMENT",
                "communityCode", east, "location", "东门", "description", "垃圾满溢")).json().get("number").asText();
        String westPetition = admin.post("/api/petitions", body("category", "COMMUNITY_ENVIRONMENT",
                "communityCode", west, "location", "村口", "description", "垃圾满溢")).json().get("number").asText();
        assertThat(taskKeys("ew-" + s, eastPetition, westPetition)).containsExactly(eastPetition);
        assertThat(taskKeys("ww-" + s, eastPetition, westPetition)).containsExactly(westPetition);
    }

    @Test
    void aPetitionRunsFromIntakeToClosedWithItsPersonalDataOnlyInItsTable() {
        HttpApi admin = HttpApi.as(port, "it-admin", "it-admin-secret");
        String s = UUID.randomUUID().toString().substring(0, 8);
        long street = created(admin.post("/api/registry/streets", body("code", "ps-" + s, "name", "诉求街道")));
        String community = "pc-" + s;
        long communityId = created(admin.post("/api/registry/communities", body("code", community, "name", "诉求社区",
                "type", "URBAN", "streetId", street, "households", 800, "adultResidents", 2000)));
        long gridWorker = created(admin.post("/api/registry/workers", worker(communityId, "pw-" + s)));
        created(admin.post("/api/registry/workers", RegistryBodies.worker(communityId, "ph-" + s, "HEAD")));
        created(admin.post("/api/registry/grids", body("code", "pg-" + s, "name", "诉求网格", "communityId",
                communityId, "households", 400, "gridWorkerId", gridWorker)));
        setPassword("pw-" + s);
        setPassword("ph-" + s);

        Response filed = admin.post("/api/petitions", body("category", "PROPERTY_MANAGEMENT", "communityCode",
                community, "gridCode", "pg-" + s, "location", "9号楼", "description", "电梯停运",
                "petitionerPhone", "13511112222", "petitionerIdNumber", "11010519491231002X"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String number = filed.json().get("number").asText();
        assertThat(admin.get("/api/petitions/" + number).json().get("assignedWorker").asText()).isEqualTo("pw-" + s);

        HttpApi worker = HttpApi.as(port, "pw-" + s, "it-pw-" + s);
        complete(worker, number, Map.of("contactNote", Map.of("value", "已联系", "type", "String")));
        complete(worker, number, Map.of("handlingOutcome", Map.of("value", "RESOLVED", "type", "String"),
                "measures", Map.of("value", "已修复", "type", "String")));
        complete(HttpApi.as(port, "ph-" + s, "it-ph-" + s), number, Map.of(
                "resolved", Map.of("value", true, "type", "Boolean"),
                "satisfaction", Map.of("value", 5, "type", "Integer")));

        assertThat(HttpApi.anonymous(port).get("/public/petitions/" + number).json().get("status").asText())
                .isEqualTo("CLOSED");
        for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_RU_VARIABLE")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where TEXT_ like '%13511112222%'",
                    Integer.class)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select petitioner_phone from petition where number = ?", String.class, number))
                .isEqualTo("13511112222");
    }

    @Test
    void aVillageMatterRunsFromProposalToResultDisclosure() {
        HttpApi admin = HttpApi.as(port, "it-admin", "it-admin-secret");
        String s = UUID.randomUUID().toString().substring(0, 8);
        long street = created(admin.post("/api/registry/streets", body("code", "vs-" + s, "name", "议事镇")));
        String village = "vv-" + s;
        long villageId = created(admin.post("/api/registry/communities", body("code", village, "name", "议事村",
                "type", "RURAL", "streetId", street, "households", 300, "adultResidents", 800)));
        String secretary = "sec-" + s;
        String supervisor = "sup-" + s;
        long branch = committee(admin, villageId, "br-" + s, "PARTY_BRANCH");
        long villagers = committee(admin, villageId, "vc-" + s, "VILLAGERS_COMMITTEE");
        long representatives = committee(admin, villageId, "rp-" + s, "VILLAGER_REPRESENTATIVE_ASSEMBLY");
        long supervision = committee(admin, villageId, "sv-" + s, "AFFAIRS_SUPERVISION_COMMITTEE");
        member(admin, branch, "书记", secretary, "SECRETARY", true);
        member(admin, branch, "委员甲", null, "MEMBER", true);
        member(admin, villagers, "书记", secretary, "DIRECTOR", true);
        member(admin, villagers, "委员乙", null, "MEMBER", false);
        for (int i = 0; i < 5; i++) {
            member(admin, representatives, "代表" + i, null, "REPRESENTATIVE", false);
        }
        member(admin, supervision, "监委会主任", supervisor, "DIRECTOR", true);
        for (String name : List.of("书记", "委员甲", "党员丙")) {
            created(admin.post("/api/registry/party-members", body("name", name, "gender", "MALE",
                    "registeredCommunityId", villageId, "inService", false, "registeredOn", "2025-01-01",
                    "volunteerHours", 0)));
        }
        setPassword(secretary);
        setPassword(supervisor);

        HttpApi chair = HttpApi.as(port, secretary, "it-" + secretary);
        Response started = chair.post("/engine-rest/process-definition/key/VillageDeliberationProcess/submit-form",
                Map.of("variables", Map.of(
                        "title", Map.of("value", "修缮村委会办公楼", "type", "String"),
                        "plan", Map.of("value", "屋顶防水和外墙修缮", "type", "String"),
                        "origin", Map.of("value", "PARTY_BRANCH", "type", "String"),
                        "resolutionBody", Map.of("value", "VILLAGER_REPRESENTATIVE_ASSEMBLY", "type", "String"))));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String number = jdbc.queryForObject("select number from deliberation where community_code = ?",
                String.class, village);
        // one shoulder: the joint meeting comes first; 3 persons due (书记, 委员甲, 委员乙)
        complete(chair, number, meeting(chair, number, 3, 2));
        complete(chair, number, meeting(chair, number, 2, 2));
        complete(chair, number, meeting(chair, number, 4, 3));
        SavePointJobs.pass(managementService);
        assertThat(jdbc.queryForObject("select count(*) from meeting m join deliberation d on m.deliberation_id = d.id"
                + " where d.number = ? and m.verdict = 'PASSED'", Integer.class, number)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select due_count from meeting m join deliberation d on m.deliberation_id = d.id"
                + " where d.number = ? and m.body_kind = 'TWO_COMMITTEES_JOINT_MEETING'", Integer.class, number))
                .isEqualTo(3);

        String notice = jdbc.queryForObject("select n.number from disclosure n join deliberation d"
                + " on n.deliberation_id = d.id where d.number = ?", String.class, number);
        HttpApi resident = HttpApi.anonymous(port).withHeader("X-Forwarded-For", "192.0.2.10");
        assertThat(resident.post("/api/disclosures/" + notice + "/objections", Map.of("content", "修缮费用过高"))
                .status()).isEqualTo(201);
        elapseWindow(notice);
        complete(HttpApi.as(port, supervisor, "it-" + supervisor), notice, Map.of(
                "objectionRuling", Map.of("value", "DISMISSED", "type", "String"),
                "rulingReasons", Map.of("value", "费用经三家询价，已公示", "type", "String")));
        complete(chair, number, Map.of("implementationReport", Map.of("value", "修缮完成", "type", "String")));
        SavePointJobs.pass(managementService);
        elapseWindow(jdbc.queryForObject("select n.number from disclosure n join deliberation d"
                + " on n.deliberation_id = d.id where d.number = ? and n.kind = 'RESULT'", String.class, number));
        assertThat(jdbc.queryForObject("select status from deliberation where number = ?", String.class, number))
                .isEqualTo("COMPLETED");
    }

    @Test
    void anEscalatedPetitionIsAnsweredByTheJointMeetingAndCloses() {
        HttpApi admin = HttpApi.as(port, "it-admin", "it-admin-secret");
        String s = UUID.randomUUID().toString().substring(0, 8);
        long street = created(admin.post("/api/registry/streets", body("code", "es-" + s, "name", "吹哨街道")));
        String community = "ec-" + s;
        long communityId = created(admin.post("/api/registry/communities", body("code", community, "name", "吹哨社区",
                "type", "URBAN", "streetId", street, "households", 500, "adultResidents", 1200)));
        long partyWorking = created(admin.post("/api/registry/committees", body("code", "ew-" + s, "name", "街道党工委",
                "kind", "STREET_PARTY_WORKING_COMMITTEE", "streetId", street, "termStart", "2026-01-01",
                "termEnd", "2030-12-31")));
        member(admin, partyWorking, "书记", "st-" + s, "SECRETARY", true);
        member(admin, committee(admin, communityId, "eb-" + s, "PARTY_BRANCH"), "社区书记", "cb-" + s, "SECRETARY", true);
        long worker = created(admin.post("/api/registry/workers", worker(communityId, "ew-" + s)));
        created(admin.post("/api/registry/workers", RegistryBodies.worker(communityId, "eh-" + s, "HEAD")));
        created(admin.post("/api/registry/grids", body("code", "eg-" + s, "name", "网格", "communityId", communityId,
                "households", 200, "gridWorkerId", worker)));
        created(admin.post("/api/registry/departments", body("code", "ed-" + s, "name", "物业监管科", "streetId", street,
                "liaisonUsername", "el-" + s, "duties", List.of("PROPERTY_MANAGEMENT", "HOUSING_SAFETY"))));
        created(admin.post("/api/registry/access-list-items", body("communityId", communityId, "code", "pm",
                "name", "督促物业服务整改", "kind", "STATUTORY", "categoryCode", "PROPERTY_MANAGEMENT")));
        for (String login : List.of("st-" + s, "cb-" + s, "ew-" + s, "eh-" + s, "el-" + s)) {
            setPassword(login);
        }
        String number = admin.post("/api/petitions", body("category", "PROPERTY_MANAGEMENT", "communityCode",
                community, "gridCode", "eg-" + s, "location", "1号楼", "description", "物业长期不维修"))
                .json().get("number").asText();
        HttpApi gridWorker = login("ew-" + s);
        complete(gridWorker, number, Map.of("contactNote", Map.of("value", "已联系", "type", "String")));
        complete(gridWorker, number, Map.of("handlingOutcome", Map.of("value", "BEYOND_COMMUNITY", "type", "String"),
                "measures", Map.of("value", "协调未果", "type", "String"),
                "escalationReason", Map.of("value", "需住建执法", "type", "String")));
        SavePointJobs.pass(managementService);
        String escalation = jdbc.queryForObject("select e.number from escalation e join escalation_petition p"
                + " on p.escalation_id = e.id where p.petition_number = ?", String.class, number);

        complete(login("cb-" + s), escalation, Map.of("reason", Map.of("value", "需住建执法", "type", "String"),
                "triedSoFar", Map.of("value", "约谈物业", "type", "String")));
        HttpApi committee = login("st-" + s);
        complete(committee, escalation, Map.of("convene", Map.of("value", "CONVENE", "type", "String"),
                "instructions", Map.of("value", "召集", "type", "String")));
        // departments ticked among those offered, the meeting picked, rows for commitments and ratings: JSON values
        // typed as Tasklist types them
        String department = "ed-" + s;
        complete(committee, escalation, Map.of("departments", json("[\"" + department + "\"]"),
                "meetingTime", Map.of("value", java.time.LocalDateTime.now().plusDays(1).withSecond(0).withNano(0)
                        .toString().substring(0, 16), "type", "String")));
        HttpApi liaison = login("el-" + s);
        complete(liaison, escalation, Map.of("liaisonName", Map.of("value", "联络员", "type", "String")));
        elapseWindow(escalation);
        complete(committee, escalation, Map.of("attendance", json("[\"" + department + "\"]"),
                "minutes", Map.of("value", "会议记录", "type", "String"),
                "commitments", json("[{\"department\":\"" + department + "\",\"measure\":\"责令物业维修\","
                        + "\"dueDate\":\"" + java.time.LocalDate.now().plusDays(3) + "\"}]")));
        complete(liaison, escalation, Map.of("completionReport", Map.of("value", "已维修", "type", "String")));
        complete(committee, escalation, Map.of("ratings", json("[{\"department\":\"" + department
                        + "\",\"onTime\":5,\"effective\":5,\"cooperative\":5}]"),
                "outcome", Map.of("value", "物业已维修", "type", "String")));
        SavePointJobs.pass(managementService);
        // the petition is called back while the outcome notice's objection window still runs
        complete(login("eh-" + s), number, Map.of("resolved", Map.of("value", true, "type", "Boolean"),
                "satisfaction", Map.of("value", 4, "type", "Integer")));
        elapseWindow(jdbc.queryForObject("select n.number from disclosure n join disclosure_subject d"
                + " on d.disclosure_id = n.id where d.subject = ?", String.class, escalation));
        assertThat(HttpApi.anonymous(port).get("/public/petitions/" + number).json().get("status").asText())
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select status from escalation where number = ?", String.class, escalation))
                .isEqualTo("CLOSED");
    }

    /** A JSON variable, as Tasklist submits a checklist or the rows of a dynamic list. */
    private static Map<String, Object> json(String text) {
        return Map.of("value", text, "type", "Json");
    }

    private HttpApi login(String username) {
        return HttpApi.as(port, username, "it-" + username);
    }

    private long committee(HttpApi admin, long communityId, String code, String kind) {
        return created(admin.post("/api/registry/committees", body("code", code, "name", kind, "kind", kind,
                "communityId", communityId, "termStart", "2026-01-01", "termEnd", "2030-12-31")));
    }

    private void member(HttpApi admin, long committeeId, String name, String username, String role, boolean party) {
        created(admin.post("/api/registry/committee-members", body("committeeId", committeeId, "personName", name,
                "username", username, "role", role, "partyMember", party, "gender", "MALE")));
    }

    /** The meeting form's variables: the first {@code present} on the roll the open meeting task offers ticked. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> meeting(HttpApi user, String number, int present, int votesFor) {
        String task = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0).get("id")
                .asText();
        return (Map<String, Object>) cn.gongzhi.deliberation.web.MeetingFormSupport.meeting(user, task,
                java.time.LocalDate.now().minusDays(1).toString(), present, votesFor, 0, 0, "会议记录").get("variables");
    }

    private void elapseWindow(String notice) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(notice)
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
    }

    private void complete(HttpApi user, String number, Map<String, Object> variables) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
        assertThat(tasks.size()).as("tasks of %s for the user", number).isEqualTo(1);
        Response done = user.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
                Map.of("variables", variables));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private static Map<String, Object> worker(long communityId, String username) {
        return RegistryBodies.worker(communityId, username, "STAFF");
    }

    private static long created(Response response) {
        return RegistryBodies.created(response);
    }

    private void setPassword(String username) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        user.setPassword("it-" + username);
        identityService.saveUser(user);
    }

    private List<String> members(String group) {
        return identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList();
    }

    private List<String> taskKeys(String username, String... numbers) {
        List<String> visible = new ArrayList<>();
        for (String number : numbers) {
            if (HttpApi.as(port, username, "it-" + username)
                    .get("/engine-rest/task?processInstanceBusinessKey=" + number).json().size() > 0) {
                visible.add(number);
            }
        }
        return visible;
    }
}
