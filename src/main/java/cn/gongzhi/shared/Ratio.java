package cn.gongzhi.shared;

/**
 * A legal share such as "4/5" or "1/3", compared in integer arithmetic so that boundaries are exact:
 * {@code part/whole >= numerator/denominator} is {@code part * denominator >= whole * numerator}.
 */
public record Ratio(int numerator, int denominator) {

    public Ratio {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("A ratio needs 0 <= numerator <= denominator and denominator > 0: "
                    + numerator + "/" + denominator);
        }
    }

    /** Parses "4/5". */
    public static Ratio parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A ratio is written as numerator/denominator, e.g. 2/3: " + text);
        }
        return new Ratio(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    /** At least this share ("at least two-thirds"): inclusive. */
    public boolean isMetBy(long part, long whole) {
        return part * denominator >= whole * numerator;
    }

    /** More than this share ("more than half"): strict. */
    public boolean isExceededBy(long part, long whole) {
        return part * denominator > whole * numerator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
