package cn.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's rows tell cases apart and its people have names: every filter shows the matter's number, category and
 * place on each task row, and a street supervisor, who belongs to none of a community's groups, reads a community
 * group's and a worker's name rather than their ids. She still cannot change either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskListRowsTest {

    @LocalServerPort
    int port;

    @Test
    void everyFilterShowsNumberCategoryAndPlaceOnEachRow() {
        JsonNode filters = HttpApi.as(port, "zhangwei", "demo").get("/engine-rest/filter?resourceType=Task").json();
        assertThat(filters).hasSize(3);
        for (JsonNode filter : filters) {
            List<String> shown = new ArrayList<>();
            filter.path("properties").path("variables").forEach(v -> shown.add(v.path("name").asText() + "="
                    + v.path("label").asText()));
            assertThat(shown).as(filter.path("name").asText())
                    .containsExactly("matterNumber=编号", "matterCategory=类别", "matterPlace=地点",
                            "matterSummary=事项");
            assertThat(filter.path("properties").path("showUndefinedVariable").asBoolean(true)).isFalse();
        }
    }

    @Test
    void aStreetSupervisorReadsGroupAndWorkerNamesButChangesNeither() {
        HttpApi supervisor = HttpApi.as(port, "gaojian", "demo");
        assertThat(supervisor.get("/engine-rest/group/workers-heyuan").json().path("name").asText())
                .isEqualTo("和园社区社区工作者");
        assertThat(supervisor.get("/engine-rest/user/zhangwei/profile").json().path("lastName").asText()
                + supervisor.get("/engine-rest/user/zhangwei/profile").json().path("firstName").asText())
                .contains("张");
        assertThat(supervisor.put("/engine-rest/group/workers-heyuan", java.util.Map.of("id", "workers-heyuan",
                "name", "改名")).status()).isEqualTo(403);
        assertThat(supervisor.put("/engine-rest/user/zhangwei/profile", java.util.Map.of("id", "zhangwei",
                "firstName", "改", "lastName", "名")).status()).isEqualTo(403);
    }
}
