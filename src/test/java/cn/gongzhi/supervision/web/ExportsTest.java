package cn.gongzhi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.supervision.SupervisionService.Rate;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exported figures read as on screen, the file is named for Chinese and ASCII-only clients, cells are text. */
class ExportsTest {

    @Test
    void percentagesAreRoundedAsTheDashboardRoundsThem() {
        assertThat(Exports.percent(1 / 3.0)).isEqualTo("33.3%");
        assertThat(Exports.percent(2 / 3.0)).isEqualTo("66.7%");
        assertThat(Exports.percent(1 / 16.0)).as("6.25 rounds up, like toFixed(1)").isEqualTo("6.3%");
        assertThat(Exports.percent(1.0)).isEqualTo("100.0%");
        assertThat(Exports.oneDecimal(100 / 3.0)).isEqualTo("33.3");
    }

    @Test
    void aRateBelowTheMinimumSampleIsNotShownAsAPercentage() {
        assertThat(SupervisionController.shown(Rate.of(1, 3, 5))).isEqualTo("样本不足");
        assertThat(SupervisionController.shown(Rate.of(2, 6, 5))).isEqualTo("33.3%");
        assertThat(SupervisionController.shown(Rate.of(0, 0, 5))).isEqualTo("—");
        assertThat(SupervisionController.perHundred(new Rate(12.5, 1, 8, true))).as("12.5 per hundred").isEqualTo("12.5");
    }

    @Test
    void theFileNameNamesUnitAndPeriodWithAnAsciiFallback() {
        String disposition = Exports.disposition(
                "服务督办_" + Exports.namePart("和园社区") + "_2026-11-01至2026-11-30.csv",
                "supervision_" + Exports.namePart("heyuan") + "_2026-11-01_2026-11-30.csv");
        assertThat(disposition).isEqualTo("attachment; filename=\"supervision_heyuan_2026-11-01_2026-11-30.csv\";"
                + " filename*=UTF-8''%E6%9C%8D%E5%8A%A1%E7%9D%A3%E5%8A%9E_%E5%92%8C%E5%9B%AD%E7%A4%BE%E5%8C%BA"
                + "_2026-11-01%E8%87%B32026-11-30.csv");
        assertThat(Exports.namePart("a/b\\c\"d e")).isEqualTo("a_b_c_d_e");
        assertThat(Exports.disposition("x y.csv", "x\"; y.csv")).startsWith("attachment; filename=\"x___y.csv\";")
                .endsWith("filename*=UTF-8''x%20y.csv");
    }

    @Test
    void aWorkbookWritesTextAsStringsNeverAsFormulasAndNumbersAsNumbers() throws Exception {
        byte[] file = Exports.xlsx(List.of(new Exports.Table("清单", List.of("事项", "件数"),
                List.of(Arrays.asList("=HYPERLINK(\"http://x\",\"点我\")", 3), Arrays.asList("+1+cmd", null)))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheet("清单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("事项");
            var formula = sheet.getRow(1).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"点我\")");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
    }
}
