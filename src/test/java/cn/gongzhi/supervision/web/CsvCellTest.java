package cn.gongzhi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cell of the supervision CSV is never read as a formula, and a comma or quote stays inside its cell. */
class CsvCellTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "联系诉求人 | 联系诉求人",
            "=HYPERLINK(\"http://x\",\"点我\") | \"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"",
            "+1+cmd | '+1+cmd",
            "-2+3 | '-2+3",
            "@SUM(A1) | '@SUM(A1)",
            "和园社区, 柳树村 | \"和园社区, 柳树村\""})
    void aCellIsQuotedAndNeverAFormula(String text, String cell) {
        assertThat(Exports.escape(text)).isEqualTo(cell);
    }
}
