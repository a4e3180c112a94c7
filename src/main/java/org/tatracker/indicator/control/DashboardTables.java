package org.tatracker.indicator.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;

/**
 * The dashboard's tables as files: CSV (UTF-8, with a byte-order mark so that spreadsheets read the
 * six languages) or XLSX. Headers are in the reader's language; values stay machine-readable (codes,
 * ISO 3166 and 4217 codes, plain decimal numbers, shares from 0 to 1), as the tables are data to reuse.
 */
public final class DashboardTables {

    /** The tables a dashboard shows; the file name is the lower-case name. */
    public enum Table {
        INDICATORS, BY_YEAR, BY_COUNTRY, BY_MODALITY, BY_KIND, COVERAGE, TRAINING, FUNDING_GAPS, PARTICIPATIONS, UNMET_NEEDS;

        public String fileName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static java.util.Optional<Table> ofFileName(String name) {
            for (Table t : values()) {
                if (t.fileName().equals(name)) {
                    return java.util.Optional.of(t);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A table: the bundle keys of its column headers, and its rows. */
    public record Sheet(Table table, List<String> headerKeys, List<List<Object>> rows) {
    }

    private DashboardTables() {
    }

    public static Sheet of(Table table, Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        return switch (table) {
            case INDICATORS -> {
                d.indicators().forEach(i -> rows.add(row(i.code(), i.value(), i.numerator(), i.denominator(), i.unit().name())));
                yield new Sheet(table, keys("code", "value", "numerator", "denominator", "unit"), rows);
            }
            case BY_YEAR -> {
                d.byYear().forEach(y -> rows.add(row(y.year(), y.committedUsd(), y.disbursedUsd())));
                yield new Sheet(table, keys("year", "committedUsd", "disbursedUsd"), rows);
            }
            case BY_COUNTRY -> {
                d.byCountry().forEach(c -> rows.add(row(c.iso3(), c.name(), c.projects(), c.committedUsd(), c.openNeeds())));
                yield new Sheet(table, keys("iso3", "country", "projects", "committedUsd", "openNeeds"), rows);
            }
            case BY_MODALITY -> {
                d.byModality().forEach(m -> rows.add(row(m.modality() == null ? "" : m.modality().name(), m.projects(), m.committedUsd())));
                yield new Sheet(table, keys("modality", "projects", "committedUsd"), rows);
            }
            case BY_KIND -> {
                d.byKind().forEach(k -> rows.add(row(k.kind().name(), k.projects(), k.committedUsd())));
                yield new Sheet(table, keys("kind", "projects", "committedUsd"), rows);
            }
            case COVERAGE -> {
                for (Map.Entry<Priority, Indicator> e : d.coverageByPriority().entrySet()) {
                    rows.add(row(e.getKey().name(), e.getValue().denominator(), e.getValue().numerator(), e.getValue().value()));
                }
                yield new Sheet(table, keys("priority", "needs", "covered", "share"), rows);
            }
            case TRAINING -> {
                for (Map.Entry<TrainingModality, List<Indicator>> e : d.trainingByModality().entrySet()) {
                    e.getValue().forEach(i -> rows.add(row(e.getKey().name(), i.code(), i.value(), i.numerator(), i.denominator())));
                }
                yield new Sheet(table, keys("trainingModality", "code", "value", "numerator", "denominator"), rows);
            }
            case FUNDING_GAPS -> {
                d.fundingGaps().forEach(g -> rows.add(row(g.iso3(), g.name(), g.openNeeds(), g.openNeedsWithoutCost(), g.gap().numerator(),
                        g.gap().denominator(), g.gap().value())));
                yield new Sheet(table, keys("iso3", "country", "openNeeds", "withoutCost", "costUsd", "linkedCommitmentsUsd", "gapUsd"), rows);
            }
            case PARTICIPATIONS -> {
                d.participations().forEach(p -> {
                    List<Object> r = row(p.iso3(), p.name(), p.southern());
                    for (SscRole role : SscRole.values()) {
                        r.add(p.byRole().getOrDefault(role, 0L));
                    }
                    rows.add(r);
                });
                List<String> keys = new ArrayList<>(keys("iso3", "country", "southern"));
                for (SscRole role : SscRole.values()) {
                    keys.add("partner.sscRole." + role.name());
                }
                yield new Sheet(table, keys, rows);
            }
            case UNMET_NEEDS -> throw new IllegalArgumentException("the unmet needs are a list of their own: see unmet()");
        };
    }

    public static Sheet unmet(List<Dashboard.UnmetNeed> needs) {
        List<List<Object>> rows = new ArrayList<>();
        needs.forEach(n -> rows.add(row(n.id(), n.countryIso3(), n.country(), n.assessmentId(), n.assessmentTitle(), n.cjatArea(), n.description(),
                n.priority().name(), n.cost(), n.currency())));
        return new Sheet(Table.UNMET_NEEDS, keys("needId", "iso3", "country", "assessmentId", "assessment", "cjatArea", "description", "priority",
                "cost", "currency"), rows);
    }

    public static byte[] csv(Sheet sheet, ResourceBundle msg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            w.write('\ufeff');
            csv.printRecord(headers(sheet, msg));
            for (List<Object> r : sheet.rows()) {
                csv.printRecord(r.stream().map(DashboardTables::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(Sheet sheet, ResourceBundle msg) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet s = book.createSheet(sheet.table().fileName());
            Row header = s.createRow(0);
            List<String> labels = headers(sheet, msg);
            for (int c = 0; c < labels.size(); c++) {
                header.createCell(c).setCellValue(labels.get(c));
            }
            int r = 1;
            for (List<Object> values : sheet.rows()) {
                Row row = s.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(new BigDecimal(n.toString()).doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(Sheet sheet, ResourceBundle msg) {
        return sheet.headerKeys().stream().map(k -> msg.containsKey(k) ? msg.getString(k) : k).toList();
    }

    private static String text(Object v) {
        return v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
    }

    private static List<String> keys(String... columns) {
        List<String> keys = new ArrayList<>();
        for (String c : columns) {
            keys.add("dashboard.col." + c);
        }
        return keys;
    }

    private static List<Object> row(Object... values) {
        return new ArrayList<>(java.util.Arrays.asList(values));
    }
}
