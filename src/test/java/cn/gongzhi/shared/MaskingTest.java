package cn.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phone and ID numbers are masked in free text however they are written; other numbers are left as they are. */
class MaskingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bare mobile                | 电话13912345678        | 电话139****5678",
            "+86                        | +8613912345678          | 139****5678",
            "0086 and a space           | 0086 139 1234 5678      | 139****5678",
            "spaces                     | 139 1234 5678 找我       | 139****5678 找我",
            "hyphens                    | 139-1234-5678           | 139****5678",
            "dots                       | 139.1234.5678           | 139****5678",
            "full-width                 | 手机１３９１２３４５６７８ | 手机139****5678",
            "full-width +86             | ＋８６　１３９－１２３４－５６７８ | 139****5678",
            "landline                   | 座机010-6512 3456        | 座机010-****3456",
            "landline in brackets       | (0571)8888-1234         | 0571-****1234",
            "landline full-width        | （０１０）６５１２３４５６    | 010-****3456",
            "landline run together      | 057188881234            | 0571****1234",
            "local number after 电话      | 电话 6512 3456           | 电话 ****3456",
            "18-character ID            | 身份证110101199003071234  | 身份证110101********1234",
            "ID with X                  | 11010519491231002x       | 110105********002x",
            "ID in groups               | 110101 19900307 1233     | 110101********1233",
            "15-digit ID                | 110101900307123          | 110101*****7123",
            "petition number untouched  | 诉求 P-2026-000017 并入   | 诉求 P-2026-000017 并入",
            "amounts and dates untouched | 2026-11-26 出资 120000 元 | 2026-11-26 出资 120000 元",
            "building numbers untouched | 和园小区 5 号楼 302 室     | 和园小区 5 号楼 302 室"})
    void masksEverySpellingAndLeavesOtherNumbers(String what, String text, String masked) {
        assertThat(Masking.text(text)).as(what).isEqualTo(masked);
        // masked text goes into the column the original was checked against
        assertThat(masked.length()).as(what).isLessThanOrEqualTo(text.length());
    }

    @ParameterizedTest
    @CsvSource({"13912345678, 139****5678", "+86 139 1234 5678, 139****5678", "１３９１２３４５６７８, 139****5678"})
    void aPhoneFieldShowsItsFirstThreeAndLastFourDigits(String phone, String masked) {
        assertThat(Masking.phone(phone)).isEqualTo(masked);
    }

    @org.junit.jupiter.api.Test
    void aListRowGetsOneMaskedLineCutWithAnEllipsis() {
        assertThat(Masking.oneLine("楼道漏水\n请联系 13912345678", 40)).isEqualTo("楼道漏水 请联系 139****5678");
        assertThat(Masking.oneLine("一二三四五六七八九十", 10)).isEqualTo("一二三四五六七八九十");
        assertThat(Masking.oneLine("一二三四五六七八九十壹", 10)).isEqualTo("一二三四五六七八九十…");
        // masked before it is cut: a number across the cut is never left partly readable
        assertThat(Masking.oneLine("电话13912345678", 8)).isEqualTo("电话139***…").doesNotContain("1234");
        assertThat(Masking.oneLine(null, 10)).isNull();
    }
}
