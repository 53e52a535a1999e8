package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.PetitionApiTest.petition;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionView;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.TestDataJanitor;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Use my location" on the resident's page: {@code POST /public/petitions} with {@code latitude} and {@code longitude}
 * is routed by the rule Open311 follows (docs/open311.md, "Routing by location"); a point outside every boundary, in
 * another community than the one chosen, or not a coordinate at all is refused on its field and files nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPetitionLocationTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String PETITIONS = "/public/petitions";

    @LocalServerPort
    int port;

    @Autowired
    PetitionService petitions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    TestDataJanitor janitor;

    /** The filings here raise the demo workers' caseloads, which decide who other tests' petitions go to. */
    @BeforeEach
    void noteTheData() {
        janitor = TestDataJanitor.before(jdbc, runtime);
    }

    @AfterEach
    void restoreTheData() {
        janitor.restore();
    }

    @Test
    void coordinatesWithoutACommunityAreRoutedToTheCommunityAndGridContainingThem() {
        // 和园第一网格, the western strip of 和园社区
        Response filed = resident().post(PETITIONS, located(null, null, 40.030123, 116.332456));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String number = filed.json().get("number").asText();
        PetitionView petition = petitions.find(number).orElseThrow();
        assertThat(petition.place().communityCode()).isEqualTo("heyuan");
        assertThat(petition.place().gridCode()).isEqualTo("heyuan-g1");
        assertThat(petition.place().location()).isEqualTo("和园小区 5 号楼");
        assertThat(petition.place().latitude()).isEqualByComparingTo("40.030123");
        assertThat(petition.place().longitude()).isEqualByComparingTo("116.332456");
        // the receipt and the resident's look-up show no coordinates; the public feed only rounded ones
        assertThat(filed.body()).doesNotContain("40.03", "116.33");
        Response lookup = resident().get(PETITIONS + "/" + number);
        assertThat(lookup.json().get("communityName").asText()).isEqualTo("和园社区");
        assertThat(lookup.body()).doesNotContain("40.03", "116.33");
        JsonNode feed = resident().get("/open311/v2/requests/" + number + ".json").json().get(0);
        assertThat(feed.get("lat").decimalValue()).isEqualByComparingTo("40.030");
        assertThat(feed.get("long").decimalValue()).isEqualByComparingTo("116.332");
        assertThat(feed.toString()).doesNotContain("40.030123", "116.332456");

        // the strip along 和园社区's northern edge lies in no grid: the community alone
        Response strip = resident().post(PETITIONS, located(null, null, 40.0365, 116.336));
        assertThat(strip.status()).as(strip.toString()).isEqualTo(201);
        PetitionView community = petitions.find(strip.json().get("number").asText()).orElseThrow();
        assertThat(community.place().communityCode()).isEqualTo("heyuan");
        assertThat(community.place().gridCode()).isNull();
    }

    @Test
    void aChosenCommunityAgreeingWithThePointGetsTheGridFromThePointUnlessOneIsChosen() {
        Response filed = resident().post(PETITIONS, located("heyuan", null, 40.032, 116.336));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(petitions.find(filed.json().get("number").asText()).orElseThrow().place().gridCode()).isEqualTo("heyuan-g2");

        // the resident changed the grid by hand: her choice stands
        Response chosen = resident().post(PETITIONS, located("heyuan", "heyuan-g3", 40.032, 116.336));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(201);
        assertThat(petitions.find(chosen.json().get("number").asText()).orElseThrow().place().gridCode()).isEqualTo("heyuan-g3");

        // a point outside every boundary with a community chosen: the community stands
        Response away = resident().post(PETITIONS, located("liushu", null, 39.9087, 116.3975));
        assertThat(away.status()).as(away.toString()).isEqualTo(201);
        assertThat(petitions.find(away.json().get("number").asText()).orElseThrow().place().communityCode()).isEqualTo("liushu");
    }

    @Test
    void aPointOutsideEveryBoundaryOrInAnotherCommunityIsRefusedOnTheCommunityAndFilesNothing() {
        long before = petitionCount();
        // 天安门, far from 清河街道
        assertRefused(resident().post(PETITIONS, located(null, null, 39.9087, 116.3975)), "communityCode",
                "不在本街道任何社区（村）的边界内");
        // between 和园社区 and 柳树村
        assertRefused(resident().post(PETITIONS, located(null, null, 40.033, 116.343)), "communityCode", "边界内");
        // a point in 和园社区 filed for 柳树村
        assertRefused(resident().post(PETITIONS, located("liushu", null, 40.032, 116.336)), "communityCode",
                "和园社区", "柳树村");
        // neither a community nor a point
        assertRefused(resident().post(PETITIONS, petition("COMMUNITY_ENVIRONMENT", null, null)), "communityCode",
                "请选择所在社区（村）");
        assertThat(petitionCount()).isEqualTo(before);
    }

    @Test
    void coordinatesThatAreNotNumbersOutOfRangeOrAloneAreRefusedOnTheirField() {
        long before = petitionCount();
        assertRefused(resident().post(PETITIONS, located(null, null, "north", 116.33)), "latitude", "格式");
        assertRefused(resident().post(PETITIONS, located(null, null, 91, 116.33)), "latitude", "-90 至 90");
        assertRefused(resident().post(PETITIONS, located(null, null, 40.03, -180.5)), "longitude", "-180 至 180");
        assertRefused(resident().post(PETITIONS, located(null, null, new BigDecimal("1e400"), 116.33)), "latitude",
                "-90 至 90");
        assertRefused(resident().post(PETITIONS, located(null, null, 40.03, null)), "longitude", "同时提供");
        assertRefused(resident().post(PETITIONS, located("heyuan", null, null, 116.33)), "latitude", "同时提供");
        assertThat(petitionCount()).isEqualTo(before);
    }

    private long petitionCount() {
        return jdbc.queryForObject("select count(*) from petition", Long.class);
    }

    private static void assertRefused(Response response, String field, String... mentions) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asText()).as(response.toString()).isEqualTo(field);
        assertThat(error.get("message").asText()).as(response.toString()).contains(mentions);
    }

    private static Map<String, Object> located(String community, String grid, Object latitude, Object longitude) {
        return petition("COMMUNITY_ENVIRONMENT", community, grid, "latitude", latitude, "longitude", longitude);
    }

    /** Each call a resident of her own: filing is limited per client. */
    private HttpApi resident() {
        return HttpApi.anonymous(port).withHeader("X-Forwarded-For",
                "198.51.100." + (CLIENTS.incrementAndGet() % 250 + 1));
    }
}
