package cn.gongzhi.shared.process;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.Masking;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a task's Camunda Form shows besides its fields, and how its choices come back. When a task opens, its listener
 * puts on the task (as task-local variables, gone when the task ends) the case the step acts on ({@link #SUMMARY}, a
 * masked Markdown block the form's text component shows as {@code {{caseSummary}}}) and the options of each choice
 * (a JSON list of {@code {label, value}} under a name ending in {@code Options}, the {@code valuesKey} of a select,
 * radio, checklist or taglist). Staff see names; the values are the codes our records use.
 * <p>
 * The form's choices are a convenience, not a check: on completion the listener reads the submitted value back with
 * {@link #chosen} or {@link #chosenAll}, which refuse (400 naming the field in Chinese) a value that was not offered.
 * These display variables never reach Camunda's history ({@link #displayOnly}).
 */
public final class FormView {

    /** The task-local variable holding the masked summary of the case a form acts on. */
    public static final String SUMMARY = "caseSummary";
    /** The ending of every task-local variable that holds a choice's options. */
    public static final String OPTIONS_SUFFIX = "Options";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One option of a choice: the value our records use, the label staff read. */
    public record Choice(String value, String label) {
        public Choice {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }

    private FormView() {}

    /** Whether a variable only serves a form's display (summary, options): never written to history. */
    public static boolean displayOnly(String variableName) {
        return variableName != null && (variableName.equals(SUMMARY) || variableName.endsWith(OPTIONS_SUFFIX));
    }

    /** Shows the case on the task's form: the lines are joined as Markdown and masked. */
    public static void summary(VariableScope task, Collection<String> lines) {
        String text = String.join("\n", lines.stream().filter(l -> l != null && !l.isBlank()).toList());
        task.setVariableLocal(SUMMARY, Masking.text(text));
    }

    /**
     * Text a person wrote (a resident's description, a worker's measures, a reason), for one line of a summary: line
     * breaks become {@code separator}, and the characters Markdown and HTML read as structure (brackets, angle brackets,
     * #, backticks, bars) become spaces, so the words show as words in the form, never as a heading, a link, an image or
     * a tag. Asterisks stay: a masked number (139****5678) reads as one. Masking is {@link #summary}'s.
     */
    public static String plain(String text, String separator) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("\\s*\\R\\s*", separator).replaceAll("[<>#`\\[\\]|]", " ").strip();
    }

    /** Offers these choices to the field whose {@code valuesKey} is {@code optionsKey}. */
    public static void offer(VariableScope task, String optionsKey, List<Choice> choices) {
        if (!optionsKey.endsWith(OPTIONS_SUFFIX)) {
            throw new IllegalArgumentException("Options variables end with " + OPTIONS_SUFFIX + ": " + optionsKey);
        }
        ArrayNode list = JSON.createArrayNode();
        for (Choice choice : choices) {
            ObjectNode option = list.addObject();
            option.put("label", choice.label());
            option.put("value", choice.value());
        }
        task.setVariableLocal(optionsKey, SpinValues.jsonValue(list.toString()).create());
    }

    /** The choices offered under this key on this task (empty when none were). */
    public static List<Choice> offered(VariableScope task, String optionsKey) {
        JsonNode list = tree(task.getVariableLocal(optionsKey));
        List<Choice> choices = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode option : list) {
                choices.add(new Choice(option.path("value").asText(), option.path("label").asText()));
            }
        }
        return choices;
    }

    /**
     * The one option chosen in {@code field}, checked against those offered under {@code optionsKey}; empty when the
     * field is empty and not required.
     *
     * @param label the field's Chinese label, for the refusal
     */
    public static Optional<Choice> chosen(VariableScope task, Map<String, Object> form, String field, String label,
            String optionsKey, boolean required) {
        Object value = form.get(field);
        String text = value == null ? "" : value instanceof SpinJsonNode node && node.isString()
                ? node.stringValue() : value.toString().trim();
        if (text.isEmpty()) {
            if (required) {
                throw new InvalidFieldException(field, "请选择" + label);
            }
            return Optional.empty();
        }
        return Optional.of(offered(task, optionsKey).stream().filter(c -> c.value().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidFieldException(field, label + "只能从列出的选项中选择")));
    }

    /** The options ticked in a checklist or taglist {@code field}, each checked against those offered. */
    public static List<Choice> chosenAll(VariableScope task, Map<String, Object> form, String field, String label,
            String optionsKey, boolean required) {
        List<Choice> offered = offered(task, optionsKey);
        Set<Choice> ticked = new LinkedHashSet<>();
        for (JsonNode value : array(form.get(field), field, label)) {
            String text = value.asText("").trim();
            ticked.add(offered.stream().filter(c -> c.value().equals(text)).findFirst()
                    .orElseThrow(() -> new InvalidFieldException(field, label + "只能从列出的选项中选择")));
        }
        if (required && ticked.isEmpty()) {
            throw new InvalidFieldException(field, "请选择" + label);
        }
        return List.copyOf(ticked);
    }

    /**
     * The rows of a dynamic list or table {@code field} as submitted (a JSON array of objects; a JSON text or a Java
     * list of maps from API clients and tests). A value that is not a list of rows is refused naming the field.
     */
    public static List<JsonNode> rows(Map<String, Object> form, String field, String label) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode row : array(form.get(field), field, label)) {
            if (!row.isObject()) {
                throw new InvalidFieldException(field, label + "的每一行须是一组填写项");
            }
            rows.add(row);
        }
        return rows;
    }

    private static ArrayNode array(Object value, String field, String label) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return JSON.createArrayNode();
        }
        JsonNode tree = tree(value);
        if (tree == null || !tree.isArray()) {
            throw new InvalidFieldException(field, label + "须是从列表中选择或逐行填写的内容");
        }
        return (ArrayNode) tree;
    }

    /** A JSON variable's value, a JSON text, or a Java list or map, as a Jackson tree; null for null. */
    static JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof SpinJsonNode node) {
                return JSON.readTree(node.toString());
            }
            if (value instanceof org.camunda.spin.plugin.variable.value.JsonValue json) {
                return json.getValueSerialized() == null ? null : JSON.readTree(json.getValueSerialized());
            }
            if (value instanceof String text) {
                return JSON.readTree(text);
            }
            return JSON.valueToTree(value);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }
}
