package cn.gongzhi.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionView;
import cn.gongzhi.petition.process.ResidentPetitionProcess;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.TestDataJanitor;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open311 filing routed by location (docs/open311.md, "Routing by location"): {@code lat} and {@code long} alone find
 * the community and grid by the demo street's boundaries, and the petition's process runs for that community; a point
 * outside every boundary, or inside another community than the one named, is refused and files nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311LocationTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String REQUESTS = "/open311/v2/requests.json";

    @LocalServerPort
    int port;

    @Autowired
    PetitionService petitions;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

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
    void coordinatesAloneAreRoutedToTheGridAndCommunityContainingThem() {
        // 和园第二网格, the middle strip of 和园社区
        Response heyuan = client().postForm(REQUESTS, filing("40.032", "116.336"));
        assertThat(heyuan.status()).as(heyuan.toString()).isEqualTo(201);
        String number = heyuan.json().get(0).get("service_request_id").asText();
        PetitionView petition = petitions.find(number).orElseThrow();
        assertThat(petition.place().communityCode()).isEqualTo("heyuan");
        assertThat(petition.place().gridCode()).isEqualTo("heyuan-g2");
        assertThat(petition.place().location()).isEqualTo("40.032,116.336");
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult();
        assertThat(runtime.getVariable(instance.getId(), ResidentPetitionProcess.COMMUNITY_CODE.name()))
                .isEqualTo("heyuan");
        JsonNode feed = client().get("/open311/v2/requests/" + number + ".json").json().get(0);
        assertThat(feed.get("address").asText()).isEqualTo("和园社区 和园第二网格");
        assertThat(feed.get("agency_responsible").asText()).isEqualTo("和园社区");

        // 柳树村东片网格
        Response liushu = client().postForm(REQUESTS, filing("40.033", "116.356"));
        assertThat(liushu.status()).as(liushu.toString()).isEqualTo(201);
        PetitionView village = petitions.find(liushu.json().get(0).get("service_request_id").asText()).orElseThrow();
        assertThat(village.place().communityCode()).isEqualTo("liushu");
        assertThat(village.place().gridCode()).isEqualTo("liushu-g1");

        // the strip along 和园社区's northern edge lies in no grid: the community alone
        Response strip = client().postForm(REQUESTS, filing("40.0365", "116.336"));
        PetitionView community = petitions.find(strip.json().get(0).get("service_request_id").asText()).orElseThrow();
        assertThat(community.place().communityCode()).isEqualTo("heyuan");
        assertThat(community.place().gridCode()).isNull();
    }

    @Test
    void aNamedCommunityAgreeingWithThePointKeepsItsGridFromThePoint() {
        Map<String, String> form = filing("40.030", "116.332");
        form.put("attribute[community]", "heyuan");
        Response filed = client().postForm(REQUESTS, form);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(petitions.find(filed.json().get(0).get("service_request_id").asText()).orElseThrow().place().gridCode())
                .isEqualTo("heyuan-g1");
    }

    @Test
    void aPointOutsideEveryBoundaryOrInAnotherCommunityIsRefusedAndFilesNothing() {
        long before = petitionCount();
        // 天安门, far from 清河街道, no community named
        Response outside = client().postForm(REQUESTS, filing("39.9087", "116.3975"));
        assertError(outside, "不在任何社区（村）的边界内", "attribute[community]");
        // between 和园社区 and 柳树村
        assertError(client().postForm(REQUESTS, filing("40.033", "116.343")), "边界内");

        // a point in 和园社区 filed for 柳树村
        Map<String, String> contradicting = filing("40.032", "116.336");
        contradicting.put("attribute[community]", "liushu");
        assertError(client().postForm(REQUESTS, contradicting), "和园社区", "liushu");

        // an address alone still needs the community
        Map<String, String> addressOnly = filing(null, null);
        addressOnly.put("address_string", "清河小营西路 8 号");
        assertError(client().postForm(REQUESTS, addressOnly), "attribute[community]");
        assertThat(petitionCount()).isEqualTo(before);

        // a point outside every boundary with a community named: the community stands (it may have no boundary)
        Map<String, String> named = filing("39.9087", "116.3975");
        named.put("attribute[community]", "liushu");
        assertThat(client().postForm(REQUESTS, named).status()).isEqualTo(201);
        assertThat(petitionCount()).isEqualTo(before + 1);
    }

    private long petitionCount() {
        return jdbc.queryForObject("select count(*) from petition", Long.class);
    }

    private static void assertError(Response response, String... mentions) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode error = response.json().get(0);
        assertThat(error.get("code").asInt()).isEqualTo(400);
        assertThat(error.get("description").asText()).contains(mentions);
    }

    /** Each call a client of its own: filing is limited per client. */
    private HttpApi client() {
        return HttpApi.anonymous(port).withHeader("X-Forwarded-For",
                "203.0.113." + (CLIENTS.incrementAndGet() % 250 + 1));
    }

    private static Map<String, String> filing(String lat, String lon) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", "gongzhi-demo-key");
        form.put("service_code", "COMMUNITY_ENVIRONMENT");
        if (lat != null) {
            form.put("lat", lat);
            form.put("long", lon);
        }
        form.put("description", "楼道堆物，影响通行");
        return form;
    }
}
