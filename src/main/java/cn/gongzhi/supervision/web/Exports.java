package cn.gongzhi.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard's tables as files a supervisor can file: CSV (UTF-8 with BOM, for Excel) or XLSX, with Chinese
 * headers, percentages as on screen, and a file name naming the unit and the period.
 */
final class Exports {

    /** One table: a sheet of the workbook, or a block of the CSV (blocks separated by an empty line). */
    record Table(String sheet, List<String> headers, List<List<Object>> rows) {}

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Exports() {}

    /**
     * The tables as {@code format} ("csv" or "xlsx"), named {@code name}.csv/.xlsx; {@code ascii} is the plain name
     * for clients that do not read RFC 5987's {@code filename*}.
     */
    static ResponseEntity<byte[]> file(String format, List<Table> tables, String name, String ascii) {
        boolean xlsx = "xlsx".equals(format);
        String extension = xlsx ? ".xlsx" : ".csv";
        byte[] body = xlsx ? xlsx(tables) : csv(tables).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(name + extension, ascii + extension))
                .body(body);
    }

    /** {@code attachment; filename="ascii.csv"; filename*=UTF-8''%E6%9C%8D…} (RFC 6266 and RFC 5987). */
    static String disposition(String name, String ascii) {
        return "attachment; filename=\"" + ascii.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A unit's name or code made safe for a file name: no separators, quotes or control characters. */
    static String namePart(String text) {
        return text == null ? "" : text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", "_");
    }

    static String csv(List<Table> tables) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (int t = 0; t < tables.size(); t++) {
            if (t > 0) {
                csv.append('\n');
            }
            Table table = tables.get(t);
            csv.append(String.join(",", table.headers().stream().map(Exports::escape).toList())).append('\n');
            for (List<Object> row : table.rows()) {
                csv.append(String.join(",", row.stream().map(v -> escape(text(v))).toList())).append('\n');
            }
        }
        return csv.toString();
    }

    /** Text cells are written as strings (never as formulas), numbers as numbers. */
    static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.sheet());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = table.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(text(value));
                        }
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A share as the dashboard shows it: 33.3% (one decimal, half up on the exact value, like JavaScript's toFixed). */
    static String percent(double share) {
        return new BigDecimal(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A number with one decimal, as the dashboard shows the whistle rate. */
    static String oneDecimal(double value) {
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * One CSV cell: quoted where it holds a comma, a quote or a line break, and never read as a formula by a
     * spreadsheet (a cell starting with = + - @ or a tab gets a leading apostrophe: OWASP's CSV injection advice).
     */
    static String escape(String text) {
        String cell = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
