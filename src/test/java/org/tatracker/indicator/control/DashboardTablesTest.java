package org.tatracker.indicator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.SscRole;

/** The dashboard's tables as files: headers in the reader's language, values machine-readable, in CSV and XLSX alike. */
class DashboardTablesTest {

    static final Dashboard D = new Dashboard(2, new BigDecimal("1500.50"), new BigDecimal("700.00"), 3, "UNCTAD_DEVELOPING", LocalDate.of(2024, 9, 25),
            List.of(Indicator.share(Formulas.NEEDS_COVERED, 1, 3)), List.of(new Dashboard.YearPoint(2025, new BigDecimal("1500.50"), new BigDecimal("700.00"))),
            List.of(new Dashboard.CountryPoint("CIV", "384", "Côte d'Ivoire, \"the\"", 2, new BigDecimal("1500.50"), 2)),
            List.of(new Dashboard.ModalityPoint(Modality.SOUTH_SOUTH, 1, new BigDecimal("500.50")), new Dashboard.ModalityPoint(null, 1,
                    new BigDecimal("1000.00"))), List.of(new Dashboard.KindPoint(ComponentKind.TRAINING, 2, new BigDecimal("1500.50"))),
            Map.of(Priority.HIGH, Indicator.share("NEEDS_COVERED_HIGH", 1, 2)), Map.of(), List.of(),
            List.of(new Dashboard.Participations("BRA", "Brazil", true, Map.of(SscRole.PROVIDER, 2L))));

    @Test
    void csvHasTheReadersHeadersAndMachineReadableValues() {
        ResourceBundle fr = ResourceBundle.getBundle("org.tatracker.i18n.messages", Locale.FRENCH);
        String csv = new String(DashboardTables.csv(DashboardTables.of(DashboardTables.Table.BY_COUNTRY, D), fr), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\ufeff" + String.join(",", fr.getString("dashboard.col.iso3"), fr.getString("dashboard.col.country"),
                fr.getString("dashboard.col.projects"), fr.getString("dashboard.col.committedUsd"), fr.getString("dashboard.col.openNeeds")),
                lines.get(0));
        assertEquals("CIV,\"Côte d'Ivoire, \"\"the\"\"\",2,1500.50,2", lines.get(1), "quoted as RFC 4180 says, the amount with a point");
        String modality = new String(DashboardTables.csv(DashboardTables.of(DashboardTables.Table.BY_MODALITY, D), fr), StandardCharsets.UTF_8);
        assertEquals(List.of("SOUTH_SOUTH,1,500.50", "\"\",1,1000.00"), modality.lines().skip(1).toList(), "codes, not labels; no modality is empty");
    }

    @Test
    void xlsxHoldsTheSameCellsWithNumbersAsNumbers() throws Exception {
        ResourceBundle ar = ResourceBundle.getBundle("org.tatracker.i18n.messages", Locale.forLanguageTag("ar"));
        byte[] xlsx = DashboardTables.xlsx(DashboardTables.of(DashboardTables.Table.PARTICIPATIONS, D), ar);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("participations");
            assertEquals(ar.getString("dashboard.col.country"), sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("BRA", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(true, sheet.getRow(1).getCell(2).getBooleanCellValue());
            assertEquals(2.0, sheet.getRow(1).getCell(3).getNumericCellValue(), "providers");
            assertEquals(0.0, sheet.getRow(1).getCell(4).getNumericCellValue(), "recipient: none");
        }
    }

    @Test
    void theUnmetNeedsAreAListOfTheirOwn() {
        assertThrows(IllegalArgumentException.class, () -> DashboardTables.of(DashboardTables.Table.UNMET_NEEDS, D));
        assertEquals(DashboardTables.Table.FUNDING_GAPS, DashboardTables.Table.ofFileName("funding-gaps").orElseThrow());
    }
}
