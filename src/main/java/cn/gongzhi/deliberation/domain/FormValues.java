package cn.gongzhi.deliberation.domain;

import cn.gongzhi.shared.InvalidFieldException;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads and checks the values a Camunda Form submitted; every failure names its field. */
final class FormValues {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]|javascript\\s*:", Pattern.CASE_INSENSITIVE);

    private final Map<String, Object> values;

    FormValues(Map<String, Object> values) {
        this.values = values;
    }

    String text(String key, String message, int max) {
        String value = optionalText(key, max);
        if (value == null) {
            throw new InvalidFieldException(key, message);
        }
        return value;
    }

    String optionalText(String key, int max) {
        Object raw = values.get(key);
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        String value = raw.toString().trim();
        if (value.codePointCount(0, value.length()) > max) {
            throw new InvalidFieldException(key, "不能超过 " + max + " 字");
        }
        if (MARKUP.matcher(value).find()) {
            throw new InvalidFieldException(key, "请只填写文字，不要包含 HTML 标记或脚本");
        }
        return value;
    }

    int count(String key, String message, int min, int max) {
        Object raw = values.get(key);
        if (!(raw instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())) {
            throw new InvalidFieldException(key, message);
        }
        int value = number.intValue();
        if (value < min || value > max) {
            throw new InvalidFieldException(key, message + "（应在 " + min + " 至 " + max + " 之间，现为 " + value + "）");
        }
        return value;
    }

    String choice(String key, String message, String... allowed) {
        Object raw = values.get(key);
        for (String option : allowed) {
            if (option.equals(raw)) {
                return option;
            }
        }
        throw new InvalidFieldException(key, message);
    }
}
