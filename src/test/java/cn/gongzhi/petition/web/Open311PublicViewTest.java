package cn.gongzhi.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public reads of a petition (the Open311 feed, the resident's lookup by number) show what a public 311 feed
 * shows: category, status, the community and grid, coordinates rounded to the public precision (3 decimals by
 * default, half up), the description with numbers masked; never the resident's own words for the place, a name, a
 * phone or an ID number. Staff still see the exact place, masked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311PublicViewTest {

    private static final String LOCATION = "和园5号楼 电话13912345678";
    private static final String ID_NUMBER = "11010519491231002X";
    /** Everything of the filing that is a person or an exact place, in the spellings it was sent in. */
    private static final List<String> PRIVATE = List.of("和园5号楼", "5号楼", "13912345678", "139-1234-5678",
            "1234-5678", ID_NUMBER, "19491231", "赵", "大爷", "31.2345", "121.4745");

    @LocalServerPort
    int port;

    @Test
    void theFeedShowsTheAreaAndRoundedCoordinatesButNoPersonOrExactPlace() {
        Response filed = client().postForm("/open311/v2/requests.json", filing());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String number = filed.json().get(0).get("service_request_id").asText();

        JsonNode single = client().get("/open311/v2/requests/" + number + ".json").json().get(0);
        JsonNode listed = find(client().get("/open311/v2/requests.json?service_code=COMMUNITY_ENVIRONMENT").json(),
                number);
        for (JsonNode request : List.of(single, listed)) {
            assertThat(request.get("address").asText()).isEqualTo("和园社区 和园第一网格");
            // 31.2345 and 121.4745 lie on the boundary: half up gives 31.235 and 121.475 (half even would not)
            assertThat(request.get("lat").decimalValue()).isEqualByComparingTo("31.235");
            assertThat(request.get("lat").decimalValue().scale()).isEqualTo(3);
            assertThat(request.get("long").decimalValue()).isEqualByComparingTo("121.475");
            assertThat(request.get("description").asText()).startsWith("楼道堆物，回电 ").contains("139****5678");
            assertThat(request.get("status_notes").asText()).isEqualTo("已派单至和园社区");
            assertThat(request.get("agency_responsible").asText()).isEqualTo("和园社区");
            assertThat(request.get("service_code").asText()).isEqualTo("COMMUNITY_ENVIRONMENT");
            assertThat(request.get("status").asText()).isEqualTo("open");
            assertThat(request.toString()).doesNotContain(PRIVATE);
        }
    }

    @Test
    void aPetitionWithoutGridOrCoordinatesShowsItsCommunityOnly() {
        HttpApi operator = HttpApi.as(port, "qianhong", "demo");
        Response filed = operator.post("/api/petitions", HttpApi.body("category", "COMMUNITY_ENVIRONMENT",
                "communityCode", "heyuan", "location", LOCATION, "description", "垃圾清运不及时，身份证 " + ID_NUMBER,
                "petitionerName", "赵大爷", "petitionerPhone", "13912345678", "petitionerIdNumber", ID_NUMBER));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String number = filed.json().get("number").asText();

        JsonNode request = client().get("/open311/v2/requests/" + number + ".json").json().get(0);
        assertThat(request.get("address").asText()).isEqualTo("和园社区");
        assertThat(request.get("lat").isNull()).isTrue();
        assertThat(request.get("long").isNull()).isTrue();
        assertThat(request.toString()).doesNotContain(PRIVATE).doesNotContain("qianhong");

        String lookup = client().get("/public/petitions/" + number).body();
        assertThat(lookup).contains("和园社区").doesNotContain(PRIVATE);

        // staff keep the exact place, with its numbers masked
        JsonNode staff = operator.get("/api/petitions/" + number).json();
        assertThat(staff.get("location").asText()).isEqualTo("和园5号楼 电话139****5678");
    }

    private HttpApi client() {
        return HttpApi.anonymous(port).withHeader("X-Forwarded-For", "198.51.100." + ((int) (Math.random() * 250) + 1));
    }

    private static Map<String, String> filing() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", "gongzhi-demo-key");
        form.put("service_code", "COMMUNITY_ENVIRONMENT");
        form.put("attribute[community]", "heyuan");
        form.put("attribute[grid]", "heyuan-g1");
        form.put("address_string", LOCATION);
        form.put("lat", "31.2345");
        form.put("long", "121.4745");
        form.put("description", "楼道堆物，回电 +86 139-1234-5678");
        form.put("first_name", "大爷");
        form.put("last_name", "赵");
        form.put("phone", "13912345678");
        return form;
    }

    private static JsonNode find(JsonNode requests, String number) {
        for (JsonNode request : requests) {
            if (request.get("service_request_id").asText().equals(number)) {
                return request;
            }
        }
        throw new AssertionError(number + " not in the feed: " + requests);
    }
}
