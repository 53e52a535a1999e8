package cn.gongzhi.shared.process;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.FormView.Choice;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Long because every rule about a submitted value is here and nowhere else, one rule per kind of value, so that no
 * module keeps a second copy of one.
 * <p>
 * The one reader of what a form submitted, with one rule per kind of value. Every refusal is an
 * {@link InvalidFieldException} naming the field, in Chinese; {@link FieldRefusals} answers it with 400.
 * <ul>
 *   <li><b>Text</b> ({@link #text}, {@link #optionalText}, {@link #note}): trimmed; blank is missing; at most
 *       {@code max} characters counted as the columns count them (UTF-16 units: an emoji counts twice, so accepted
 *       text always fits its column); no markup ({@code <} before a letter, {@code !}, {@code /} or {@code ?}, or
 *       {@code javascript:}), refused rather than stored. Text is stored as written: masking happens when it is shown
 *       ({@link FormView#summary}, {@code Masking}), Markdown and HTML structure is removed for a summary line by
 *       {@link FormView#plain}. A note (minutes, a plan, a report) is limited to {@link #NOTE_MAX}.</li>
 *   <li><b>Choices</b> ({@link #chosen}, {@link #chosenAll}, {@link #oneOf}): only values that were offered.</li>
 *   <li><b>Dates and times</b> ({@link #date}, {@link #dateTime}): ISO dates, local times in the application's zone
 *       (China time); a time with an offset is converted into it.</li>
 *   <li><b>Integers and scores</b> ({@link #count}, {@link #integer}, {@link #score}): a whole number within its range, as a number or as text.</li>
 *   <li><b>Rows</b> ({@link #rows}): a dynamic list or table, a JSON array of objects.</li>
 * </ul>
 */
public final class FormInput {

    /**
     * The longest note a form takes (meeting minutes, a plan, an implementation report, a petition's description): the
     * forms' {@code validate.maxLength}, the columns ({@code VARCHAR(4000)}) and the JSON requests' {@code @Size} say
     * the same, which {@code FormInputTest} holds.
     */
    public static final int NOTE_MAX = 4000;

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]|javascript\\s*:",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Object> values;
    private final VariableScope task;

    private FormInput(Map<String, Object> values, VariableScope task) {
        this.values = values;
        this.task = task;
    }

    /** What a task's form submitted, with the choices the task offered. */
    public static FormInput of(VariableScope task) {
        return new FormInput(task.getVariables(), task);
    }

    /** Values submitted without a task (a start form, an API request): no choices to check against. */
    public static FormInput of(Map<String, Object> values) {
        return new FormInput(values, null);
    }

    /** The raw value of a field, as submitted. */
    public Object raw(String field) {
        return values.get(field);
    }

    /** Required text: {@code missing} when blank. */
    public String text(String field, String missing, int max) {
        String value = optionalText(field, max);
        if (value == null) {
            throw new InvalidFieldException(field, missing);
        }
        return value;
    }

    /** Text that may be left empty (null then). */
    public String optionalText(String field, int max) {
        return textOf(values.get(field), field, max);
    }

    /** A required note, at most {@link #NOTE_MAX} characters. */
    public String note(String field, String missing) {
        return text(field, missing, NOTE_MAX);
    }

    /** The text rule on any value (a form field, a cell of a row): null when blank. */
    public static String textOf(Object raw, String field, int max) {
        String value = raw == null ? null : raw instanceof SpinJsonNode node && node.isString() ? node.stringValue()
                : raw.toString();
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.trim();
        if (value.length() > max) {
            throw new InvalidFieldException(field, "不能超过 " + max + " 字");
        }
        if (MARKUP.matcher(value).find()) {
            throw new InvalidFieldException(field, "请只填写文字，不要包含 HTML 标记或脚本");
        }
        return value;
    }

    /** The one option chosen among those the task offered under {@code optionsKey}. */
    public Optional<Choice> chosen(String field, String label, String optionsKey, boolean required) {
        return FormView.chosen(offering(), values, field, label, optionsKey, required);
    }

    /** The options ticked among those the task offered under {@code optionsKey}. */
    public List<Choice> chosenAll(String field, String label, String optionsKey, boolean required) {
        return FormView.chosenAll(offering(), values, field, label, optionsKey, required);
    }

    /** The values of the options ticked among those offered. */
    public List<String> chosenValues(String field, String label, String optionsKey, boolean required) {
        return chosenAll(field, label, optionsKey, required).stream().map(Choice::value).toList();
    }

    /** One of fixed values (a radio with constant options); anything else is refused with {@code message}. */
    public String oneOf(String field, String message, String... allowed) {
        Object raw = values.get(field);
        String value = raw == null ? null : raw.toString().trim();
        for (String option : allowed) {
            if (option.equals(value)) {
                return option;
            }
        }
        throw new InvalidFieldException(field, message);
    }

    /**
     * A date and time from a datetime picker ({@code 2026-12-01T09:30}, seconds optional) read in {@code zone}; one
     * with an offset or {@code Z} is converted into it.
     */
    public LocalDateTime dateTime(String field, String missing, String invalid, ZoneId zone) {
        return dateTime(values.get(field), field, missing, invalid, zone);
    }

    /** The date-and-time rule on any value; see {@link #dateTime(String, String, String, ZoneId)}. */
    public static LocalDateTime dateTime(Object raw, String field, String missing, String invalid, ZoneId zone) {
        String value = raw == null ? "" : raw.toString().trim();
        if (value.isEmpty()) {
            throw new InvalidFieldException(field, missing);
        }
        try {
            if (value.length() > 16 && (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$"))) {
                return OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDateTime();
            }
            return LocalDateTime.parse(value.length() == 16 ? value + ":00" : value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, invalid);
        }
    }

    /**
     * A date from a date picker ({@code 2026-12-10}; a date-time is read by its date), not before {@code notBefore}
     * when that is given.
     *
     * @param prefix what the refusal starts with, e.g. "第 1 项承诺：" (may be empty)
     * @param label the value's name, e.g. "完成日期"
     */
    public static LocalDate date(Object raw, String field, String prefix, String label, LocalDate notBefore) {
        String value = raw == null ? "" : raw.toString().trim();
        if (value.isEmpty()) {
            throw new InvalidFieldException(field, prefix + "请选择" + label);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, prefix + label + "无效");
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            throw new InvalidFieldException(field, prefix + label + " " + date + " 已经过去");
        }
        return date;
    }

    /**
     * A whole number from {@code min} to {@code max}: a number, or text a radio or an API client sent ("5", "5.0").
     *
     * @param what how the refusal names the value, e.g. "到会人数"
     */
    public static int integer(Object raw, String field, String what, int min, int max) {
        return whole(raw, field, what + "还没有填写", what + "须是 " + min + " 到 " + max + " 的整数", min, max);
    }

    /**
     * A count typed into a number field (people present, votes, supporters): {@code message} when it is missing or not
     * a whole number, and with the range and the value when it is outside {@code min}..{@code max}.
     */
    public int count(String field, String message, int min, int max) {
        Object raw = values.get(field);
        String value = raw == null ? "" : raw.toString().trim();
        double number;
        try {
            number = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, message);
        }
        if (number != Math.rint(number) || Double.isInfinite(number)) {
            throw new InvalidFieldException(field, message);
        }
        if (number < min || number > max) {
            throw new InvalidFieldException(field, message + "（应在 " + min + " 至 " + max + " 之间，现为 "
                    + (long) number + "）");
        }
        return (int) number;
    }

    /** The highest score a rating gives (the lowest is 1). */
    public static final int SCORE_MAX = 5;

    /**
     * A yes/no answer: a boolean (API clients), or a radio's value {@code "true"} or {@code "false"}; anything else,
     * and no answer, is refused with {@code message}.
     */
    public boolean yesOrNo(String field, String message) {
        Object raw = values.get(field);
        if (raw instanceof Boolean answer) {
            return answer;
        }
        String value = raw == null ? null : raw instanceof SpinJsonNode node && node.isString() ? node.stringValue()
                : raw.toString();
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value);
        }
        throw new InvalidFieldException(field, message);
    }

    /**
     * A score from 1 to {@link #SCORE_MAX}, as {@link #integer}.
     *
     * @param what how the refusal names the score, e.g. "区水务局的“成效”"
     */
    public static int score(Object raw, String field, String what) {
        return whole(raw, field, what + "还没有评分", what + "评分须是 1 到 " + SCORE_MAX + " 的整数", 1, SCORE_MAX);
    }

    private static int whole(Object raw, String field, String missing, String invalid, int min, int max) {
        String value = raw == null ? "" : raw.toString().trim();
        if (value.isEmpty()) {
            throw new InvalidFieldException(field, missing);
        }
        try {
            double number = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(value);
            if (number == Math.rint(number) && number >= min && number <= max) {
                return (int) number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidFieldException(field, invalid);
    }

    /** The rows of a dynamic list or table, each a JSON object; see {@link FormView#rows}. */
    public List<Row> rows(String field, String label) {
        return FormView.rows(values, field, label).stream().map(Row::new).toList();
    }

    /** One row of a dynamic list or table. */
    public record Row(JsonNode cells) {
        /** A cell's value as text, null when empty. */
        public String cell(String name) {
            JsonNode value = cells.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        /** A cell's value as submitted: a number stays a number. */
        public Object raw(String name) {
            JsonNode value = cells.get(name);
            return value == null || value.isNull() ? null : value.isNumber() ? value.numberValue() : value.asText();
        }
    }

    private VariableScope offering() {
        if (task == null) {
            throw new IllegalStateException("Choices are checked against a task's options: read the form of a task");
        }
        return task;
    }
}
