package cn.gongzhi.registry.web;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryApiTest {

    @LocalServerPort
    int port;

    HttpApi admin;
    HttpApi worker;

    @BeforeEach
    void logIn() {
        admin = HttpApi.as(port, "demo", "demo");
        worker = HttpApi.as(port, "zhangwei", "demo");
    }

    @Test
    void demoRegistryIsVisibleToStaff() {
        JsonNode communities = worker.get("/api/registry/communities").json();
        assertThat(values(communities, "code")).contains("heyuan", "liushu");
        assertThat(values(communities, "type")).contains("URBAN", "RURAL");
        assertThat(worker.get("/api/registry/departments").json().size()).isGreaterThanOrEqualTo(5);
        assertThat(values(worker.get("/api/registry/access-list-items").json(), "kind"))
                .contains("STATUTORY", "ASSISTANCE", "NEGATIVE");
        long heyuan = idOf(communities, "heyuan");
        JsonNode workers = worker.get("/api/registry/workers?communityId=" + heyuan).json();
        assertThat(workers.size()).isGreaterThanOrEqualTo(4);
        assertThat(values(workers, "qualification").stream().distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(values(workers, "grade").stream().distinct().count()).isEqualTo(workers.size());
    }

    @Test
    void oneShoulderSecretaryDirectorIsFlagged() {
        JsonNode members = worker.get("/api/registry/committee-members").json();
        List<String> oneShoulder = new ArrayList<>();
        members.forEach(m -> {
            if (m.get("oneShoulder").asBoolean()) {
                oneShoulder.add(m.get("username").asText());
            }
        });
        assertThat(oneShoulder).isNotEmpty().containsOnly("liming");
    }

    @Test
    void readingNeedsLoginAndWritingNeedsAdministrator() {
        assertThat(HttpApi.anonymous(port).get("/api/registry/streets").status()).isEqualTo(401);
        assertThat(HttpApi.as(port, "no-such-login", "wrong").get("/api/registry/streets").status()).isEqualTo(401);
        Response refused = worker.post("/api/registry/streets", body("code", "nope", "name", "无权街道"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(values(admin.get("/api/registry/streets").json(), "code")).doesNotContain("nope");
    }

    @Test
    void everyRecordKindRoundTrips() {
        String s = suffix();
        long street = roundTrip("streets", body("code", "st-" + s, "name", "测试街道"), "name", "测试街道（改）");
        long community = roundTrip("communities", body("code", "co-" + s, "name", "测试社区", "type", "URBAN",
                "streetId", street, "households", 800, "adultResidents", 1900), "households", 820);
        long worker = roundTrip("workers", body("communityId", community, "name", "测试员", "username", "w-" + s,
                "gender", "FEMALE", "post", "STAFF", "grade", 4, "caseloadLimit", 25),
                "grade", 5);
        long grid = roundTrip("grids", body("code", "g-" + s, "name", "测试网格", "communityId", community,
                "households", 300, "gridWorkerId", worker), "households", 310);
        assertThat(admin.get("/api/registry/workers/" + worker).json().get("gridIds").get(0).asLong())
                .isEqualTo(grid);
        long committee = roundTrip("committees", body("code", "cm-" + s, "name", "测试居委会",
                "kind", "RESIDENTS_COMMITTEE", "communityId", community, "termStart", "2026-01-01",
                "termEnd", "2030-12-31"), "name", "测试社区居民委员会");
        roundTrip("committee-members", body("committeeId", committee, "personName", "测试主任",
                "username", "d-" + s, "role", "DIRECTOR", "partyMember", true, "gender", "MALE"),
                "personName", "测试主任（改）");
        roundTrip("party-members", body("name", "测试党员", "gender", "FEMALE", "registeredCommunityId", community,
                "inService", true, "workUnit", "区卫生健康委员会", "registeredOn", "2025-06-01",
                "volunteerHours", 12), "volunteerHours", 20);
        long department = roundTrip("departments", body("code", "dp-" + s, "name", "测试局", "streetId", street,
                "liaisonUsername", "l-" + s, "duties", List.of("NOISE", "GREENING")), "name", "测试管理局");
        roundTrip("access-list-items", body("communityId", community, "code", "a-" + s, "name", "测试协助事项",
                "kind", "ASSISTANCE", "categoryCode", "GREENING", "departmentId", department,
                "approvalReference", "测试〔2026〕1号", "fundingSource", "区财政", "fundingAmount", 1000.50),
                "name", "测试协助事项（改）");
    }

    @Test
    void invalidWriteNamesTheFieldAndPersistsNothing() {
        int before = admin.get("/api/registry/communities").json().size();
        Response missing = admin.post("/api/registry/communities", body("code", "Bad Code", "type", "URBAN",
                "streetId", 1, "households", -1, "adultResidents", 10));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(fields(missing)).contains("code", "name", "households");

        Response unknownStreet = admin.post("/api/registry/communities", body("code", "ghost-" + suffix(),
                "name", "幽灵社区", "type", "RURAL", "streetId", 999_999, "households", 1, "adultResidents", 1));
        assertThat(fields(unknownStreet)).containsExactly("streetId");

        Response badEnum = admin.post("/api/registry/communities", body("code", "enum-" + suffix(), "name", "x",
                "type", "SUBURBAN", "streetId", 1, "households", 1, "adultResidents", 1));
        assertThat(fields(badEnum)).containsExactly("type");

        Response brokenJson = admin.post("/api/registry/communities", "{\"code\": ");
        assertThat(brokenJson.status()).isEqualTo(400);
        assertThat(brokenJson.json().get("title").asText()).isNotBlank();

        Response duplicate = admin.post("/api/registry/communities", body("code", "heyuan", "name", "重复社区",
                "type", "URBAN", "streetId", 1, "households", 1, "adultResidents", 1));
        assertThat(fields(duplicate)).containsExactly("code");

        assertThat(admin.get("/api/registry/communities").json().size()).isEqualTo(before);
        assertThat(admin.get("/api/registry/communities/999999").status()).isEqualTo(404);
    }

    @Test
    void crossFieldRulesAreCheckedAgainstTheRegistry() {
        JsonNode communities = admin.get("/api/registry/communities").json();
        long heyuan = idOf(communities, "heyuan");
        long liushu = idOf(communities, "liushu");
        Response headTooLow = admin.post("/api/registry/workers", body("communityId", heyuan, "name", "新主任",
                "username", "head-" + suffix(), "gender", "MALE", "post", "HEAD", "grade", 6,
                "caseloadLimit", 10));
        assertThat(fields(headTooLow)).containsExactly("grade");
        assertThat(headTooLow.json().get("detail").asText()).contains("7–18");

        long liushuWorker = admin.get("/api/registry/workers?communityId=" + liushu).json().get(0).get("id").asLong();
        Response foreignGridWorker = admin.post("/api/registry/grids", body("code", "g-" + suffix(),
                "name", "跨社区网格", "communityId", heyuan, "households", 10, "gridWorkerId", liushuWorker));
        assertThat(fields(foreignGridWorker)).containsExactly("gridWorkerId");

        Response streetBodyInCommunity = admin.post("/api/registry/committees", body("code", "c-" + suffix(),
                "name", "错误的党工委", "kind", "STREET_PARTY_WORKING_COMMITTEE", "communityId", heyuan,
                "termStart", "2026-01-01", "termEnd", "2030-12-31"));
        assertThat(fields(streetBodyInCommunity)).containsExactly("streetId");

        Response renamedCode = admin.put("/api/registry/communities/" + heyuan, body("code", "heyuan2",
                "name", "和园社区", "type", "URBAN", "streetId", 1, "households", 3200, "adultResidents", 7800));
        assertThat(fields(renamedCode)).containsExactly("code");
    }

    @Test
    void villagerRepresentativeAssemblyReportsCompositionWarnings() {
        long village = admin.post("/api/registry/communities", body("code", "v-" + suffix(), "name", "测试村",
                "type", "RURAL", "streetId", 1, "households", 100, "adultResidents", 250)).id();
        long assembly = admin.post("/api/registry/committees", body("code", "va-" + suffix(), "name", "测试村民代表会议",
                "kind", "VILLAGER_REPRESENTATIVE_ASSEMBLY", "communityId", village, "termStart", "2026-01-01",
                "termEnd", "2030-12-31")).id();
        for (int i = 0; i < 4; i++) {
            admin.post("/api/registry/committee-members", body("committeeId", assembly, "personName", "代表" + i,
                    "role", i < 3 ? "REPRESENTATIVE" : "MEMBER", "partyMember", false, "gender", "MALE"));
        }
        // 3 representatives of 4 members (< 4/5), no woman (< 1/3)
        JsonNode warnings = admin.get("/api/registry/committees/" + assembly).json().get("warnings");
        assertThat(warnings.toString()).contains("第二十五条").contains("3/4").contains("0/4");

        for (int i = 0; i < 2; i++) {
            admin.post("/api/registry/committee-members", body("committeeId", assembly, "personName", "女代表" + i,
                    "role", "REPRESENTATIVE", "partyMember", false, "gender", "FEMALE"));
        }
        // 5 representatives of 6 (>= 4/5) and 2 women of 6 (exactly 1/3): the law is met
        assertThat(admin.get("/api/registry/committees/" + assembly).json().get("warnings")).isEmpty();
    }

    private long roundTrip(String kind, Map<String, Object> create, Object... change) {
        Response created = admin.post("/api/registry/" + kind, create);
        assertThat(created.status()).as("create %s: %s", kind, created).isEqualTo(201);
        long id = created.id();
        JsonNode read = admin.get("/api/registry/" + kind + "/" + id).json();
        create.forEach((field, value) -> assertThat(read.get(field)).as("%s.%s", kind, field).isNotNull());
        assertThat(read).isEqualTo(created.json());
        Map<String, Object> update = new java.util.LinkedHashMap<>(create);
        update.put((String) change[0], change[1]);
        Response updated = admin.put("/api/registry/" + kind + "/" + id, update);
        assertThat(updated.status()).as("update %s: %s", kind, updated).isEqualTo(200);
        assertThat(admin.get("/api/registry/" + kind + "/" + id).json().get((String) change[0]).asText())
                .isEqualTo(String.valueOf(change[1]));
        assertThat(admin.get("/api/registry/" + kind).json().findValues("id").stream().map(JsonNode::asLong))
                .contains(id);
        return id;
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).distinct().toList();
    }

    private static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    private static long idOf(JsonNode array, String code) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.get("code").asText().equals(code))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
