package cn.gongzhi.petition;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A petition number as residents type it back: {@code p-2026-000001}, {@code P2026000001}, {@code 2026-000001},
 * {@code Ｐ－２０２６－０００００１} from a Chinese keyboard, {@code P-2026-1} without the zeros; past the millionth petition
 * the number has seven digits ({@code P-2028-1000000}). Each is read as the number the
 * receipt printed ({@code P-2026-000001}); anything else is left as typed, for the lookup to say it is unknown.
 */
public final class PetitionNumbers {

    private static final Pattern TYPED = Pattern.compile("(?:P-?)?(\\d{4})-?(\\d{1,9})");

    private PetitionNumbers() {}

    /** The number as the receipt printed it, or the text trimmed and upper-cased when it is no petition number. */
    public static String canonical(String typed) {
        if (typed == null) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\u00a0]+", "")
                .replace('－', '-').replace('—', '-').replace('–', '-').toUpperCase(Locale.ROOT);
        Matcher matcher = TYPED.matcher(text);
        if (!matcher.matches()) {
            return typed.trim().toUpperCase(Locale.ROOT);
        }
        return "P-" + matcher.group(1) + "-" + String.format("%06d", Integer.parseInt(matcher.group(2)));
    }
}
