package cn.gongzhi;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
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
                "username", "bad user", "gender", "MALE", "post", "HEAD", "grade", 2, "qualification", "NONE",
                "trainingHours", 0, "caseloadLimit", 1));
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
        var head = worker(communityId, "ph-" + s);
        head.put("post", "HEAD");
        head.put("grade", 10);
        created(admin.post("/api/registry/workers", head));
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

    private void complete(HttpApi user, String number, Map<String, Object> variables) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
        assertThat(tasks.size()).as("tasks of %s for the user", number).isEqualTo(1);
        Response done = user.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
                Map.of("variables", variables));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private static Map<String, Object> worker(long communityId, String username) {
        return body("communityId", communityId, "name", "工作人员", "username", username, "gender", "FEMALE",
                "post", "STAFF", "grade", 3, "qualification", "ASSISTANT", "certificateIssued", "2024-01-01",
                "trainingHours", 20, "caseloadLimit", 20);
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
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
