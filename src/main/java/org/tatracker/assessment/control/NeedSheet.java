package org.tatracker.assessment.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tatracker.assessment.boundary.NeedInput;
import org.tatracker.i18n.entity.Reason;

/**
 * The spreadsheet of needs field offices keep, as CSV or XLSX with one header row. Lists inside a
 * cell (kinds, institutions...) are separated by semicolons. Reading reports every unreadable row
 * with its number and column; checking the values against the code lists is the facade's job.
 */
public final class NeedSheet {

    public static final List<String> COLUMNS = List.of("cjat_area", "description", "kinds", "category", "priority",
            "institutions", "groups", "standards", "conventions", "sdg_targets", "cost_amount", "cost_currency");
    public static final int MAX_ROWS = 5000;
    private static final Map<String, String> FIELD_OF_COLUMN = Map.ofEntries(
            Map.entry("cjatArea", "cjat_area"), Map.entry("description", "description"), Map.entry("kinds", "kinds"),
            Map.entry("category", "category"), Map.entry("priority", "priority"), Map.entry("institutions", "institutions"),
            Map.entry("groups", "groups"), Map.entry("standards", "standards"), Map.entry("conventions", "conventions"),
            Map.entry("sdgTargets", "sdg_targets"), Map.entry("cost.amount", "cost_amount"), Map.entry("cost.currency", "cost_currency"));

    private NeedSheet() {
    }

    /** A row of the sheet: its number as a spreadsheet shows it (header = 1) and what it says. */
    public record Line(int row, NeedInput need) {
    }

    /** One refusal: row, column and why, as a key of the reasons bundle with its arguments. */
    public record Problem(int row, String column, Reason why) {

        public Problem(int row, String column, String key, Object... arguments) {
            this(row, column, Reason.of(key, arguments));
        }

        /** Why, in English. */
        public String reason() {
            return why.english();
        }

        public String reason(Locale locale) {
            return why.text(locale);
        }

        /** Row, column and why in the language of {@code locale}. */
        public String text(Locale locale) {
            return (column == null ? Reason.of("sheetRow", row, why) : Reason.of("sheetRowColumn", row, column, why)).text(locale);
        }

        @Override
        public String toString() {
            return text(Locale.ENGLISH);
        }
    }

    /** Lines read, and the problems met reading them; a sheet with any problem imports nothing. */
    public record Read(List<Line> lines, List<Problem> problems) {
    }

    /** The sheet column a facade field name refers to. */
    public static String columnOf(String field) {
        return FIELD_OF_COLUMN.getOrDefault(field, field);
    }

    public static Read csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get())) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(List.of("cjat_area", "description", "kinds", "category", "priority"))) {
                return new Read(List.of(), List.of(new Problem(1, null, "sheetHeader", String.join(", ", COLUMNS))));
            }
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                if (lines.size() >= MAX_ROWS) {
                    problems.add(new Problem(row, null, "sheetTooManyRows", MAX_ROWS));
                    break;
                }
                String[] cells = new String[COLUMNS.size()];
                for (int i = 0; i < COLUMNS.size(); i++) {
                    int at = header.indexOf(COLUMNS.get(i));
                    cells[i] = at >= 0 && at < record.size() ? record.get(at) : "";
                }
                line(row, cells, lines, problems);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            problems.add(new Problem(0, null, "notReadableCsv", e.getMessage()));
        }
        return new Read(lines, problems);
    }

    public static Read xlsx(byte[] content) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                return new Read(List.of(), List.of(new Problem(1, null, "sheetEmpty")));
            }
            List<String> header = new ArrayList<>();
            for (Cell cell : headerRow) {
                while (header.size() < cell.getColumnIndex()) {
                    header.add("");
                }
                header.add(formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT));
            }
            if (!header.containsAll(List.of("cjat_area", "description", "kinds", "category", "priority"))) {
                return new Read(List.of(), List.of(new Problem(1, null, "sheetHeader", String.join(", ", COLUMNS))));
            }
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] cells = new String[COLUMNS.size()];
                boolean empty = true;
                for (int i = 0; i < COLUMNS.size(); i++) {
                    int at = header.indexOf(COLUMNS.get(i));
                    Cell cell = at < 0 ? null : row.getCell(at);
                    cells[i] = cell == null ? "" : cell.getCellType() == CellType.NUMERIC && COLUMNS.get(i).equals("cost_amount")
                            ? new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString()
                            : formatter.formatCellValue(cell);
                    empty &= cells[i].isBlank();
                }
                if (empty) {
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    problems.add(new Problem(r + 1, null, "sheetTooManyRows", MAX_ROWS));
                    break;
                }
                line(r + 1, cells, lines, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(0, null, "notReadableXlsx", e.getMessage()));
        }
        return new Read(lines, problems);
    }

    private static void line(int row, String[] cells, List<Line> lines, List<Problem> problems) {
        BigDecimal amount = null;
        String rawAmount = cells[10].strip();
        if (!rawAmount.isEmpty()) {
            try {
                amount = new BigDecimal(rawAmount);
            } catch (NumberFormatException e) {
                problems.add(new Problem(row, "cost_amount", "notANumber", rawAmount));
                return;
            }
        }
        lines.add(new Line(row, new NeedInput(blank(cells[0]), blank(cells[1]), list(cells[2]), blank(cells[3]), blank(cells[4]),
                list(cells[5]), list(cells[6]), list(cells[7]), list(cells[8]), list(cells[9]), amount, blank(cells[11]), null)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A template with the header and one example row. */
    public static byte[] csvTemplate() {
        try (var out = new java.io.StringWriter(); CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(COLUMNS);
            printer.printRecord(example());
            printer.flush();
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsxTemplate() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("needs");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            Row row = sheet.createRow(1);
            List<String> example = example();
            for (int i = 0; i < example.size(); i++) {
                row.createCell(i).setCellValue(example.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> example() {
        return List.of("1.3", "Investigators need training in handling digital evidence", "training;technical", "capacity", "high",
                "POLICE;PROSECUTION", "VICTIMS", "GOV", "UNTOC", "16.3;16.a", "120000.00", "USD");
    }
}
