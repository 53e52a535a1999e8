package cn.gongzhi.registry.web;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reporting's registry records through {@code /api/registry}: work units' Party organisations (the contact's phone
 * masked in every answer), pioneer posts and responsibility areas (their holder the reporting's, never the request's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingRecordsApiTest {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorRecordsAWorkUnitsPartyOrganisationWhosePhoneNoAnswerShows() {
        HttpApi admin = HttpApi.as(port, "demo", "demo");
        String name = "区税务局机关党委" + UUID.randomUUID().toString().substring(0, 4);
        Response created = admin.post("/api/registry/work-unit-orgs", body("name", name, "workUnit", "区税务局",
                "contactName", "钱进", "contactPhone", "13800138000", "contactUsername", "shuiwu-party"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).contains("138****8000").doesNotContain("13800138000");
        assertThat(HttpApi.as(port, "zhangwei", "demo").get("/api/registry/work-unit-orgs").body())
                .contains("区教育委员会机关党委", "139****0001").doesNotContain("13911110001", "13800138000");
        Response again = admin.post("/api/registry/work-unit-orgs", body("name", name, "workUnit", "区税务局",
                "contactName", "钱进"));
        assertThat(again.status()).as("the name is unique").isEqualTo(400);
        long orgId = created.id();
        JsonNode communities = admin.get("/api/registry/communities").json();
        Response member = admin.post("/api/registry/party-members", body("name", "钱多", "username",
                "qianduo-" + UUID.randomUUID().toString().substring(0, 4), "gender", "MALE",
                "registeredCommunityId", idOf(communities, "heyuan"), "inService", true, "workUnit", "区税务局",
                "workUnitOrgId", orgId, "registeredOn", "2025-06-01", "volunteerHours", 0));
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
        assertThat(member.json().get("workUnitOrgId").asLong()).isEqualTo(orgId);
        assertThat(member.json().get("reportingStatus").isNull()).as("not reported yet").isTrue();
        Response noSuchOrg = admin.post("/api/registry/party-members", body("name", "钱少", "gender", "MALE",
                "registeredCommunityId", idOf(communities, "heyuan"), "inService", true, "workUnit", "区税务局",
                "workUnitOrgId", 999999, "registeredOn", "2025-06-01", "volunteerHours", 0));
        assertThat(noSuchOrg.status()).as(noSuchOrg.toString()).isEqualTo(400);
        assertThat(noSuchOrg.body()).contains("单位党组织不存在");
        Response byStaff = HttpApi.as(port, "wangfang", "demo").post("/api/registry/work-unit-orgs",
                body("name", "某单位党支部", "workUnit", "某单位", "contactName", "某人"));
        assertThat(byStaff.status()).as("only administrators change the registry").isEqualTo(403);
    }

    @Test
    void postsAndAreasBelongToACommunityAndTheirHolderIsNotTheRequests() {
        HttpApi admin = HttpApi.as(port, "demo", "demo");
        JsonNode communities = admin.get("/api/registry/communities").json();
        long liushu = idOf(communities, "liushu");
        long heyuan = idOf(communities, "heyuan");
        JsonNode heyuanGrids = admin.get("/api/registry/grids?communityId=" + heyuan).json();
        long heyuanGrid = heyuanGrids.get(0).get("id").asLong();

        Response post = admin.post("/api/registry/pioneer-posts", body("communityId", liushu,
                "name", "护林防火先锋岗" + UUID.randomUUID().toString().substring(0, 4), "duties", "春季护林巡查",
                "holderMemberId", 1));
        assertThat(post.status()).as(post.toString()).isEqualTo(201);
        assertThat(post.json().get("holderMemberId").isNull()).as("the holder is the reporting's to record").isTrue();
        Response area = admin.post("/api/registry/responsibility-areas", body("communityId", liushu,
                "gridId", heyuanGrid, "buildings", "3号院"));
        assertThat(area.status()).as(area.toString()).isEqualTo(400);
        assertThat(area.body()).contains("网格不属于所选社区");
        assertThat(admin.get("/api/registry/responsibility-areas?communityId=" + heyuan).body())
                .contains("1号楼、2号楼");
    }

    private static long idOf(JsonNode records, String code) {
        for (JsonNode record : records) {
            if (record.get("code").asText().equals(code)) {
                return record.get("id").asLong();
            }
        }
        throw new AssertionError("no " + code);
    }
}
