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
import org.camunda.bpm.engine.RuntimeService;
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
    RuntimeService runtimeService;

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

        String key = "it-" + s;
        String eastInstance = runtimeService.startProcessInstanceByKey("CommunityMatterExample", key,
                Map.of("communityCode", east)).getId();
        String westInstance = runtimeService.startProcessInstanceByKey("CommunityMatterExample", key,
                Map.of("communityCode", west)).getId();
        assertThat(taskInstances("ew-" + s, key)).containsExactly(eastInstance);
        assertThat(taskInstances("ww-" + s, key)).containsExactly(westInstance);
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

    private List<String> taskInstances(String username, String key) {
        List<String> ids = new ArrayList<>();
        HttpApi.as(port, username, "it-" + username).get("/engine-rest/task?processInstanceBusinessKey=" + key)
                .json().forEach(task -> ids.add(task.get("processInstanceId").asText()));
        return ids;
    }
}
