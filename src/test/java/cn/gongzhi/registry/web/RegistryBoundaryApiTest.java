package cn.gongzhi.registry.web;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.RegistryBodies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Boundaries through the registry API (docs/registry.md, "Boundaries") and the public look-up that routes by them.
 * The test's communities lie around 103° E, 30° N, far from the demo street and from every other test's points.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryBoundaryApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    HttpApi admin;
    String suffix;

    @BeforeEach
    void logIn() {
        admin = HttpApi.as(port, "demo", "demo");
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void gridsOfOneCommunityMayTouchButNotOverlap() {
        long community = community(103.0, rectangle(103.0, 30.0, 103.2, 30.1));
        long west = grid("w", community, rectangle(103.0, 30.0, 103.1, 30.1));
        assertThat(admin.get("/api/registry/grids/" + west).json().get("boundary").get("type").asText())
                .isEqualTo("Polygon");
        // sharing the edge at 103.1° E
        grid("e", community, rectangle(103.1, 30.0, 103.2, 30.1));
        int before = admin.get("/api/registry/grids?communityId=" + community).json().size();

        Response overlapping = admin.post("/api/registry/grids", gridBody("x", community,
                rectangle(103.05, 30.02, 103.08, 30.04)));
        assertThat(field(overlapping)).isEqualTo("boundary");
        assertThat(overlapping.json().get("detail").asText()).contains("重叠", "西网格", "w-" + suffix);
        Response outside = admin.post("/api/registry/grids", gridBody("y", community,
                rectangle(103.15, 30.05, 103.25, 30.08)));
        assertThat(field(outside)).isEqualTo("boundary");
        assertThat(outside.json().get("detail").asText()).contains("社区", "边界之内");

        assertThat(admin.get("/api/registry/grids?communityId=" + community).json().size()).isEqualTo(before);
        assertThat(admin.get("/api/registry/grids").body()).doesNotContain("x-" + suffix, "y-" + suffix);
    }

    @Test
    void anInvalidBoundaryIsRefusedAndNothingIsWritten() {
        int before = admin.get("/api/registry/communities").json().size();
        Map<String, Object> bowTie = communityBody(103.3, "{\"type\": \"Polygon\", \"coordinates\": [[[103.3, 30.0],"
                + " [103.4, 30.1], [103.4, 30.0], [103.3, 30.1], [103.3, 30.0]]]}");
        Response refused = admin.post("/api/registry/communities", bowTie);
        assertThat(field(refused)).isEqualTo("boundary");
        assertThat(refused.json().get("detail").asText()).contains("自相交");
        Response notGeoJson = admin.post("/api/registry/communities", communityBody(103.3, "\"北至河边\""));
        assertThat(field(notGeoJson)).isEqualTo("boundary");
        assertThat(admin.get("/api/registry/communities").json().size()).isEqualTo(before);
        assertThat(admin.get("/api/registry/communities").body()).doesNotContain("c-" + suffix);

        // an existing community keeps its boundary when a change is refused
        long community = community(103.3, rectangle(103.3, 30.0, 103.4, 30.1));
        Map<String, Object> broken = communityBody(103.3, "{\"type\": \"Polygon\", \"coordinates\": [[[103.3, 30.0],"
                + " [103.4, 30.0], [103.4, 30.1]]]}");
        assertThat(field(admin.put("/api/registry/communities/" + community, broken))).isEqualTo("boundary");
        assertThat(admin.get("/api/registry/communities/" + community).json().get("boundary"))
                .isEqualTo(json(rectangle(103.3, 30.0, 103.4, 30.1)));
    }

    @Test
    void aBoundaryOfTheMostVerticesAllowedFitsThroughTheApi() {
        // 2,000 points with the closing one, at full double precision: about 80 KB, above the API's usual 64 KB
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= 1999; i++) {
            double angle = 2 * Math.PI * (i % 1999) / 1999;
            ring.append(i == 0 ? "" : ",").append('[').append(104.35 + 0.0123456789 * Math.cos(angle)).append(',')
                    .append(30.05 + 0.0123456789 * Math.sin(angle)).append(']');
        }
        String boundary = "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
        assertThat(boundary.length()).isGreaterThan(64 * 1024);
        long community = community(104.3, boundary);
        assertThat(admin.get("/api/registry/communities/" + community).json().get("boundary").get("coordinates")
                .get(0).size()).isEqualTo(2000);
    }

    @Test
    void aCommunityCannotShrinkAwayFromItsGridsAndWritingNeedsAnAdministrator() {
        long community = community(103.5, rectangle(103.5, 30.0, 103.7, 30.1));
        grid("g", community, rectangle(103.6, 30.0, 103.7, 30.1));
        Response shrunk = admin.put("/api/registry/communities/" + community,
                communityBody(103.5, rectangle(103.5, 30.0, 103.65, 30.1)));
        assertThat(field(shrunk)).isEqualTo("boundary");
        assertThat(shrunk.json().get("detail").asText()).contains("g-" + suffix);
        assertThat(admin.get("/api/registry/communities/" + community).json().get("boundary"))
                .isEqualTo(json(rectangle(103.5, 30.0, 103.7, 30.1)));

        HttpApi worker = HttpApi.as(port, "zhangwei", "demo");
        assertThat(worker.put("/api/registry/communities/" + community,
                communityBody(103.5, rectangle(103.5, 30.0, 103.8, 30.1))).status()).isEqualTo(403);
        assertThat(admin.get("/api/registry/communities/" + community).json().get("boundary"))
                .isEqualTo(json(rectangle(103.5, 30.0, 103.7, 30.1)));
    }

    @Test
    void thePublicLookUpFollowsTheBoundariesAsTheyChange() {
        HttpApi anyone = HttpApi.anonymous(port).withHeader("X-Forwarded-For", "192.0.2.77");
        long community = community(103.9, rectangle(103.9, 30.0, 104.1, 30.2));
        long west = grid("w", community, rectangle(103.9, 30.0, 104.0, 30.1));
        grid("e", community, rectangle(104.0, 30.0, 104.1, 30.1));

        JsonNode inside = anyone.get("/public/locate?lat=30.05&long=103.95").json();
        assertThat(inside.get("community").get("code").asText()).isEqualTo("c-" + suffix);
        assertThat(inside.get("community").get("name").asText()).isEqualTo("边界测试社区");
        assertThat(inside.get("grid").get("code").asText()).isEqualTo("w-" + suffix);
        // on the shared edge: the lower code ("e-…" before "w-…")
        assertThat(anyone.get("/public/locate?lat=30.05&long=104.0").json().get("grid").get("code").asText())
                .isEqualTo("e-" + suffix);
        // in the community's northern half, which no grid covers
        assertThat(anyone.get("/public/locate?lat=30.15&long=103.95").json().get("grid").isNull()).isTrue();

        Response outside = anyone.get("/public/locate?lat=30.25&long=103.95");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.json().get("detail").asText()).contains("不在任何社区（村）的边界内");
        Response noNumber = anyone.get("/public/locate?lat=north&long=103.95");
        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(noNumber.json().get("errors").get(0).get("field").asText()).isEqualTo("lat");
        assertThat(anyone.get("/public/locate?lat=30.05").json().get("errors").get(0).get("field").asText())
                .isEqualTo("long");

        // the western grid moves north: the index follows the change at once
        assertThat(admin.put("/api/registry/grids/" + west, gridBody("w", community,
                rectangle(103.9, 30.1, 104.0, 30.2))).status()).isEqualTo(200);
        assertThat(anyone.get("/public/locate?lat=30.05&long=103.95").json().get("grid").isNull()).isTrue();
        assertThat(anyone.get("/public/locate?lat=30.15&long=103.95").json().get("grid").get("code").asText())
                .isEqualTo("w-" + suffix);
    }

    @Test
    void theDemoStreetIsRoutedByItsBoundaries() {
        HttpApi anyone = HttpApi.anonymous(port).withHeader("X-Forwarded-For", "192.0.2.78");
        JsonNode heyuan = anyone.get("/public/locate?lat=40.032&long=116.336").json();
        assertThat(heyuan.get("community").get("code").asText()).isEqualTo("heyuan");
        assertThat(heyuan.get("grid").get("code").asText()).isEqualTo("heyuan-g2");
        JsonNode liushu = anyone.get("/public/locate?lat=40.033&long=116.356").json();
        assertThat(liushu.get("community").get("name").asText()).isEqualTo("柳树村");
        assertThat(liushu.get("grid").get("name").asText()).isEqualTo("柳树村东片网格");
        assertThat(anyone.get("/public/locate?lat=40.033&long=116.348").json().get("grid").get("code").asText())
                .isEqualTo("liushu-g2");
        // between the two communities
        assertThat(anyone.get("/public/locate?lat=40.033&long=116.343").status()).isEqualTo(404);
    }

    private long community(double west, String boundary) {
        return RegistryBodies.created(admin.post("/api/registry/communities", communityBody(west, boundary)));
    }

    private Map<String, Object> communityBody(double west, String boundary) {
        return body("code", "c-" + suffix, "name", "边界测试社区", "type", "URBAN", "streetId", 1,
                "households", 100, "adultResidents", 200, "boundary", json(boundary));
    }

    private long grid(String prefix, long community, String boundary) {
        return RegistryBodies.created(admin.post("/api/registry/grids", gridBody(prefix, community, boundary)));
    }

    private Map<String, Object> gridBody(String prefix, long community, String boundary) {
        String name = switch (prefix) {
            case "w" -> "西网格";
            case "e" -> "东网格";
            default -> "测试网格";
        };
        return body("code", prefix + "-" + suffix, "name", name, "communityId", community, "households", 10,
                "boundary", json(boundary));
    }

    private static String rectangle(double west, double south, double east, double north) {
        return String.format(java.util.Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],"
                + "[%s,%s],[%s,%s]]]}", west, south, east, south, east, north, west, north, west, south);
    }

    private static String field(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asText();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
