package org.tatracker.indicator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.SscRole;
import org.tatracker.testing.PdfContent;

/** The country brief renders in every UN language: embedded Noto fonts, the reader's labels, Arabic shaped right to left. */
class CountryBriefPdfTest {

    /** Mozambique and Brazil as each language names them. */
    static final Map<String, List<String>> NAMES = Map.of("en", List.of("Mozambique", "Brazil"), "fr", List.of("Mozambique", "Brésil"),
            "es", List.of("Mozambique", "Brasil"), "ru", List.of("Мозамбик", "Бразилия"), "zh", List.of("莫桑比克", "巴西"),
            "ar", List.of("موزامبيق", "البرازيل"));

    static byte[] render(String tag) {
        String country = NAMES.get(tag).get(0);
        Dashboard d = new Dashboard(2, new BigDecimal("1500000.50"), new BigDecimal("700000"), 3, "UNCTAD_DEVELOPING", LocalDate.of(2024, 9, 25),
                List.of(Indicator.count(Formulas.PROJECTS, 2), Indicator.usd(Formulas.COMMITTED_USD, new BigDecimal("1500000.50")),
                        Indicator.share(Formulas.NEEDS_COVERED, 1, 3), Indicator.share(Formulas.FEMALE_SHARE, 0, 0)),
                List.of(), List.of(),
                List.of(new Dashboard.ModalityPoint(Modality.SOUTH_SOUTH, 1, new BigDecimal("500000.50")),
                        new Dashboard.ModalityPoint(null, 1, new BigDecimal("1000000"))),
                List.of(new Dashboard.KindPoint(ComponentKind.TRAINING, 2, new BigDecimal("1500000.50"))), Map.of(), Map.of(),
                List.of(new Dashboard.Gap("MOZ", country, new Indicator(Formulas.FUNDING_GAP_USD, new BigDecimal("250000"), new BigDecimal("370000"),
                        new BigDecimal("120000"), Indicator.Unit.USD), 2, 0)),
                List.of(new Dashboard.Participations("BRA", NAMES.get(tag).get(1), true, Map.of(SscRole.PROVIDER, 2L))));
        Map<String, Map<Priority, Long>> needs = new LinkedHashMap<>();
        needs.put("OPEN", Map.of(Priority.HIGH, 2L, Priority.LOW, 1L));
        needs.put("PARTLY_ADDRESSED", Map.of(Priority.MEDIUM, 1L));
        needs.put("ADDRESSED", Map.of());
        return CountryBriefPdf.render(country, "MOZ", d, new CountryBriefPdf.NeedCounts(needs), PdfContent.messages(tag),
                Locale.forLanguageTag(tag), LocalDate.of(2025, 11, 30));
    }

    static String title(String tag) {
        return PdfContent.messages(tag).getString("brief.title") + ": " + NAMES.get(tag).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void embedsOnlyNotoFonts(String tag) {
        PdfContent pdf = new PdfContent(render(tag));
        assertEquals(1, pdf.pages);
        assertTrue(!pdf.fonts.isEmpty() && pdf.fonts.stream().allMatch(f -> f.startsWith("NotoSans")), "fonts: " + pdf.fonts);
        assertEquals(Set.of(), pdf.notEmbedded, "every font is embedded");
        String own = switch (tag) {
            case "zh" -> "NotoSansSC-Regular";
            case "ar" -> "NotoSansArabic-Regular";
            default -> "NotoSans-Regular";
        };
        assertTrue(pdf.fonts.contains(own), "the language's own font, " + own + ", in " + pdf.fonts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh"})
    void showsTheReadersLabels(String tag) {
        ResourceBundle msg = PdfContent.messages(tag);
        String text = new PdfContent(render(tag)).text;
        assertTrue(text.contains(title(tag)), text);
        assertTrue(text.contains(msg.getString("brief.indicators")), text);
        assertTrue(text.contains(msg.getString("need.status.PARTLY_ADDRESSED")), text);
        assertTrue(text.contains(NAMES.get(tag).get(1)), "the partner's name");
    }

    @Test
    void arabicIsShapedAndRightToLeft() {
        ResourceBundle ar = PdfContent.messages("ar");
        PdfContent pdf = new PdfContent(render("ar"));
        assertTrue(pdf.hasShapedArabic(), "joined letter forms, not isolated letters");
        String lines = pdf.arabicLines();
        assertTrue(lines.contains(title("ar")), "the title, read right to left: " + lines);
        assertTrue(lines.contains(ar.getString("brief.indicators")), lines);
        BaseFont arabic = PdfContent.font("NotoSansArabic-Regular.ttf");
        title("ar").codePoints().filter(c -> c != ' ').forEach(c -> assertTrue(arabic.charExists(c), "glyph for U+" + Integer.toHexString(c)));
    }
}
