package cn.gongzhi.shared;

import java.util.regex.Pattern;

/**
 * Masks personal information for every response: a phone number shows its first three and last four digits
 * ({@code 139****5678}), an ID number its first six and last four, a name its surname only. Free text is scrubbed
 * of anything that looks like a phone or ID number.
 */
public final class Masking {

    private static final Pattern ID_NUMBER_IN_TEXT = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])");
    private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");
    private static final Pattern LANDLINE_IN_TEXT = Pattern.compile("(?<![0-9])(0[0-9]{2,3}-?)[0-9]{3,4}([0-9]{4})(?![0-9])");

    private Masking() {}

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
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

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim();
        return trimmed.charAt(0) + "*".repeat(Math.max(1, trimmed.codePointCount(0, trimmed.length()) - 1));
    }

    /** Free text with every phone- or ID-number-like sequence masked. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String masked = ID_NUMBER_IN_TEXT.matcher(text).replaceAll("$1********$2");
        masked = MOBILE_IN_TEXT.matcher(masked).replaceAll("$1****$2");
        return LANDLINE_IN_TEXT.matcher(masked).replaceAll("$1****$2");
    }
}
