package cn.gongzhi.petition.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the engine REST API's variable maps for task forms and start forms. */
public final class PetitionApiTestSupport {

    private PetitionApiTestSupport() {}

    /** {@code {"variables": {name: {"value": v, "type": t}}}} from alternating names and values. */
    public static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            String type = value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer" : "String";
            variables.put((String) keysAndValues[i], Map.of("value", value, "type", type));
        }
        return Map.of("variables", variables);
    }
}
