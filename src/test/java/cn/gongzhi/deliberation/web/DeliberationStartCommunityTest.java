package cn.gongzhi.deliberation.web;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No start form asks for a village (community) code: it follows from who starts. A secretary of one village starts
 * straight into the deliberation; one who belongs to two villages is asked next, by name, to choose among exactly
 * hers, and a village that is not hers is refused naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliberationStartCommunityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void aSecretaryOfTwoVillagesChoosesAmongExactlyHers() throws Exception {
        HttpApi admin = HttpApi.as(port, "demo", "demo");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String username = "two-" + suffix;
        String east = village(admin, "东坡村" + suffix, username);
        String west = village(admin, "西坡村" + suffix, username);
        HttpApi secretary = HttpApi.as(port, username, "demo");

        Response started = secretary.post("/engine-rest/process-definition/key/VillageDeliberationProcess/submit-form",
                vars("title", "修缮村口小桥", "plan", "村集体出资六成，群众自筹四成", "origin", "PARTY_BRANCH",
                        "resolutionBody", "VILLAGERS_ASSEMBLY"));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String instance = started.json().get("id").asText();

        JsonNode tasks = secretary.get("/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(tasks).hasSize(1);
        JsonNode choose = tasks.get(0);
        assertThat(choose.get("taskDefinitionKey").asText()).isEqualTo("Activity_ChooseCommunity");
        assertThat(choose.get("assignee").asText()).isEqualTo(username);
        JsonNode options = JSON.readTree(secretary.get("/engine-rest/task/" + choose.get("id").asText()
                + "/localVariables/communityOptions?deserializeValue=false").json().get("value").asText());
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        options.forEach(o -> {
            labels.add(o.get("label").asText());
            values.add(o.get("value").asText());
        });
        assertThat(labels).containsExactly("东坡村" + suffix, "西坡村" + suffix);
        assertThat(values).containsExactly(east, west);
        assertThat(runtimeService.getVariables(instance)).doesNotContainKeys("communityCode", "deliberationId");

        Response notHers = secretary.post("/engine-rest/task/" + choose.get("id").asText() + "/submit-form",
                vars("community", "liushu"));
        assertThat(notHers.status()).as(notHers.toString()).isEqualTo(400);
        assertThat(notHers.json().get("message").asText()).contains("只能从列出的选项中选择");
        assertThat(runtimeService.getVariables(instance)).doesNotContainKeys("communityCode", "deliberationId");

        Response chosen = secretary.post("/engine-rest/task/" + choose.get("id").asText() + "/submit-form",
                vars("community", west));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(204);
        Map<String, Object> variables = runtimeService.getVariables(instance);
        assertThat(variables).containsEntry("communityCode", west).containsEntry("matterPlace", "西坡村" + suffix)
                .containsEntry("matterCategory", "四议两公开").doesNotContainKeys("community", "title", "plan");
        String number = (String) variables.get("matterNumber");
        assertThat(number).matches("D-\\d{4}-\\d{6}");
        JsonNode record = secretary.get("/api/deliberations/" + number).json();
        assertThat(record.get("communityCode").asText()).isEqualTo(west);
        assertThat(record.get("title").asText()).isEqualTo("修缮村口小桥");
    }

    @Test
    void aSecretaryOfOneVillageIsNotAskedAndNoStartCarriesACode() {
        HttpApi liming = HttpApi.as(port, "liming", "demo");
        Response withCode = liming.post("/engine-rest/process-definition/key/VillageDeliberationProcess/submit-form",
                vars("communityCode", "liushu", "title", "t", "plan", "p", "origin", "PARTY_BRANCH",
                        "resolutionBody", "VILLAGERS_ASSEMBLY"));
        assertThat(withCode.status()).as("the village is the system's to set").isEqualTo(403);

        Response started = liming.post("/engine-rest/process-definition/key/VillageDeliberationProcess/submit-form",
                vars("title", "村西排水沟清淤", "plan", "组织村民义务清淤", "origin", "PARTY_BRANCH",
                        "resolutionBody", "VILLAGERS_ASSEMBLY"));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        assertThat(runtimeService.getVariables(instance)).containsEntry("communityCode", "liushu")
                .containsEntry("matterPlace", "柳树村").containsEntry("matterCategory", "四议两公开");
        assertThat(liming.get("/engine-rest/task?processInstanceId=" + instance).json().get(0)
                .get("taskDefinitionKey").asText()).isEqualTo("Activity_HoldJointMeeting");
    }

    /** A new village whose Party branch has this person as secretary: returns its code. */
    private static String village(HttpApi admin, String name, String username) {
        String code = "v" + UUID.randomUUID().toString().substring(0, 8);
        Response created = admin.post("/api/registry/communities", body("code", code, "name", name, "type", "RURAL",
                "streetId", 1, "households", 100, "adultResidents", 250));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Response branch = admin.post("/api/registry/committees", body("code", "pb-" + code, "name", name + "党支部",
                "kind", "PARTY_BRANCH", "communityId", created.id(), "termStart", "2026-01-01",
                "termEnd", "2030-12-31"));
        assertThat(branch.status()).as(branch.toString()).isEqualTo(201);
        Response seat = admin.post("/api/registry/committee-members", body("committeeId", branch.id(),
                "personName", "双村书记", "username", username, "role", "SECRETARY", "partyMember", true,
                "gender", "FEMALE"));
        assertThat(seat.status()).as(seat.toString()).isEqualTo(201);
        return code;
    }
}
