package cn.gongzhi.deliberation.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meeting form (forms/hold-meeting.form) as an API client fills it: the roll the task offers (its
 * {@code attendanceOptions}), the first ones ticked as present, the votes and the minutes. Where the task offers no
 * roll (an assembly of all residents) the form gives the count instead.
 */
public final class MeetingFormSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MeetingFormSupport() {}

    /** The roll offered on the meeting task, in order: {@code {label, value}} per person due; empty for none. */
    public static List<JsonNode> roll(HttpApi user, String taskId) {
        Response options = user.get("/engine-rest/task/" + taskId
                + "/localVariables/attendanceOptions?deserializeValue=false");
        if (options.status() == 404) {
            return List.of();
        }
        assertThat(options.status()).as(options.toString()).isEqualTo(200);
        JsonNode value = options.json().get("value");
        try {
            JsonNode list = value.isTextual() ? JSON.readTree(value.asText()) : value;
            List<JsonNode> roll = new ArrayList<>();
            list.forEach(roll::add);
            return roll;
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** The variables of a submitted meeting form: the first {@code present} of the roll ticked, then the votes. */
    public static Map<String, Object> meeting(HttpApi user, String taskId, String heldOn, int present, int votesFor,
            int votesAgainst, int votesAbstain, String minutes) {
        List<JsonNode> roll = roll(user, taskId);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("heldOn", Map.of("value", heldOn, "type", "String"));
        if (roll.isEmpty()) {
            variables.put("presentCount", Map.of("value", present, "type", "Integer"));
        } else {
            assertThat(roll.size()).as("roll offered").isGreaterThanOrEqualTo(present);
            variables.put("attendance", ticks(roll.subList(0, present).stream().map(o -> o.get("value").asText())
                    .toList()));
        }
        variables.put("votesFor", Map.of("value", votesFor, "type", "Integer"));
        variables.put("votesAgainst", Map.of("value", votesAgainst, "type", "Integer"));
        variables.put("votesAbstain", Map.of("value", votesAbstain, "type", "Integer"));
        variables.put("minutes", Map.of("value", minutes, "type", "String"));
        return Map.of("variables", variables);
    }

    /** A checklist's value as Tasklist submits it: a JSON variable holding the ticked values. */
    public static Map<String, Object> ticks(List<String> values) {
        try {
            return Map.of("value", JSON.writeValueAsString(values), "type", "Json");
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
