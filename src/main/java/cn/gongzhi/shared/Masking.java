package cn.gongzhi.shared;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal information for every response: a phone number shows its first three and last four digits
 * ({@code 139****5678}), an ID number its first six and last four, a name its surname only. Free text is scrubbed
 * of anything that looks like a phone or ID number, however it is written: full-width digits ({@code １３９…}), a
 * country code ({@code +86}, {@code 0086}), spaces, hyphens, dots and brackets between the groups ({@code 139 1234
 * 5678}, {@code (010) 6512-3456}), 15- and 18-character ID numbers ({@code 110101 19900307 1233}), and local numbers
 * next to a word that says they are a phone number ({@code 电话 6512 3456}).
 */
public final class Masking {

    /** Between the groups of a number: a space (also full-width), a hyphen, a dot. */
    private static final String SEP = "[ .\\-]?";

    /** One rule: a pattern over the normalised text and how a match is shown. */
    private record Rule(Pattern pattern, Function<MatchResult, String> masked) {}

    private static final List<Rule> RULES = List.of(
            // 18-character resident ID: 6-digit area, 8-digit birth date, 3 digits and a check digit or X
            new Rule(Pattern.compile("(?<![0-9])([1-9][0-9]{5})" + SEP + "((?:18|19|20)[0-9]{2}" + SEP
                    + "[01][0-9]" + SEP + "[0-3][0-9])" + SEP + "([0-9]{3}[0-9Xx])(?![0-9A-Za-z])"),
                    m -> idNumber(m.group().replaceAll("[^0-9Xx]", ""))),
            // 15-digit resident ID of the first generation
            new Rule(Pattern.compile("(?<![0-9])([1-9][0-9]{5})" + SEP + "([0-9]{6})" + SEP + "([0-9]{3})(?![0-9])"),
                    m -> idNumber(m.group().replaceAll("[^0-9]", ""))),
            // mobile, with or without +86 / 0086, groups 3-4-4 in any spelling
            new Rule(Pattern.compile("(?<![0-9])(?:(?:\\+|00)\\s?86[ \\-]?)?\\(?(1[3-9][0-9])\\)?" + SEP
                    + "([0-9]{4})" + SEP + "([0-9]{4})(?![0-9])"),
                    m -> m.group(1) + "****" + m.group(3)),
            // landline with its area code: 010-6512 3456, (0571) 8888-1234, 0086 10 6512 3456
            new Rule(Pattern.compile("(?<![0-9])(?:(?:\\+|00)\\s?86[ \\-]?\\(?|\\(?0)([1-9][0-9]{1,2})\\)?" + SEP
                    + "([0-9]{3,4})" + SEP + "([0-9]{4})(?![0-9])"),
                    m -> "0" + m.group(1) + (separated(m) ? "-" : "") + "****" + m.group(3)),
            // a local number where the text says it is a phone: 电话 6512 3456, 座机：65123456, tel 8888-1234
            new Rule(Pattern.compile("((?:电话|手机|座机|固话|联系方式|号码|tel|phone)[:： ]*)([0-9]{3,4})" + SEP
                    + "([0-9]{4})(?![0-9])", Pattern.CASE_INSENSITIVE),
                    m -> m.group(1) + "****" + m.group(3)));

    private Masking() {}

    /**
     * Whether a landline was written with anything between its digits (or a country code): masked with a hyphen
     * after the area code then, without one when the digits ran together, so that masked text is never longer than
     * what it masks and still fits the column the original fitted.
     */
    private static boolean separated(MatchResult m) {
        return m.group().length() > 1 + m.group(1).length() + m.group(2).length() + m.group(3).length();
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = normalise(phone).replaceAll("[^0-9]", "").replaceFirst("^(?:00)?86(?=1[3-9][0-9]{9}$)", "");
        if (digits.length() < 7) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        if (idNumber.length() < 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /**
     * A certificate's number (a social-worker qualification's): only its last four characters shown, the rest
     * starred; eight characters or fewer all starred.
     */
    public static String certificateNumber(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String trimmed = number.strip();
        if (trimmed.length() <= 8) {
            return "*".repeat(trimmed.length());
        }
        return "*".repeat(trimmed.length() - 4) + trimmed.substring(trimmed.length() - 4);
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim();
        return trimmed.charAt(0) + "*".repeat(Math.max(1, trimmed.codePointCount(0, trimmed.length()) - 1));
    }

    /**
     * One line of masked text for a list row: line breaks become spaces, and text longer than {@code max} characters
     * is cut with an ellipsis (masked first, so a number is never cut into a shape the masking misses).
     */
    public static String oneLine(String text, int max) {
        if (text == null) {
            return null;
        }
        String line = text(text).replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= max ? line
                : line.substring(0, line.offsetByCodePoints(0, max)) + "…";
    }

    /**
     * Free text with every phone- or ID-number-like sequence masked, however it is spelled; never longer than the
     * text.
     */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Rule rule : RULES) {
            result = apply(rule, result);
        }
        return result;
    }

    /** Masks the rule's matches in the text, matching on the normalised copy (same length, same positions). */
    private static String apply(Rule rule, String text) {
        Matcher matcher = rule.pattern().matcher(normalise(text));
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start()).append(rule.masked().apply(matcher.toMatchResult()));
            copied = matcher.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * The same text with full-width digits, plus, hyphen, brackets and space, and the other dashes, written as their
     * ASCII forms, one character for one, so that positions in it are positions in the original.
     */
    static String normalise(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            } else if (c == '＋') {
                chars[i] = '+';
            } else if (c == '－' || c == '—' || c == '–' || c == '‐' || c == '‑' || c == '﹣') {
                chars[i] = '-';
            } else if (c == '（') {
                chars[i] = '(';
            } else if (c == '）') {
                chars[i] = ')';
            } else if (c == '　' || c == '\u00a0') {
                chars[i] = ' ';
            } else if (c == '．') {
                chars[i] = '.';
            } else if (c == 'ｘ' || c == 'Ｘ') {
                chars[i] = 'X';
            }
        }
        return new String(chars);
    }
}
