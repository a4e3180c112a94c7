package org.tatracker.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatracker.testing.PdfContent;

/** The assessment brief renders in every UN language: embedded Noto fonts, the reader's labels, Arabic shaped right to left. */
class AssessmentPdfTest {

    /** The country and a need, as a team writing in each language would. */
    static final Map<String, List<String>> TEXTS = Map.of("en", List.of("Mozambique", "Improve prison management"),
            "fr", List.of("Mozambique", "Améliorer la gestion pénitentiaire"), "es", List.of("Mozambique", "Mejorar la gestión penitenciaria"),
            "ru", List.of("Мозамбик", "Совершенствование управления тюрьмами"), "zh", List.of("莫桑比克", "改进监狱管理"),
            "ar", List.of("موزامبيق", "تحسين إدارة السجون"));

    static byte[] render(String tag) {
        String country = TEXTS.get(tag).get(0);
        String need = TEXTS.get(tag).get(1);
        var high = new AssessmentViews.NeedView(1, 1, "PRISON", need, List.of(), null, "HIGH", Map.of(), new BigDecimal("120000.00"), "USD", "OPEN", 0);
        var low = new AssessmentViews.NeedView(2, 2, "PRISON", need + " (2)", List.of(), null, "LOW", Map.of(), null, null, "ADDRESSED", 0);
        var detail = new AssessmentViews.Detail(1, 1, 2, false, "MOZ", country, 1, "UNODC ROSAF", need + ": " + country, "CJAT", List.of(),
                List.of(), List.of(), null, null, null, null, null, List.of(), List.of(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 14),
                need + ".\n" + need + ".", need, true, "VALIDATED", LocalDate.of(2025, 5, 2), "WORKSHOP", "A. Signatory", null,
                List.of(high, low), List.of(), Set.of(), false, "demo", Instant.parse("2025-01-01T00:00:00Z"), 0);
        return AssessmentPdf.render(detail, PdfContent.messages(tag));
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
        for (String key : List.of("assessment.findings", "assessment.needs", "assessment.status.VALIDATED", "assessment.framework.CJAT",
                "need.priority.HIGH")) {
            assertTrue(text.contains(msg.getString(key)), key + " in " + text);
        }
        assertTrue(text.contains(TEXTS.get(tag).get(0)), "the country's name");
    }

    @Test
    void arabicIsShapedAndRightToLeft() {
        ResourceBundle ar = PdfContent.messages("ar");
        PdfContent pdf = new PdfContent(render("ar"));
        assertTrue(pdf.hasShapedArabic(), "joined letter forms, not isolated letters");
        String lines = pdf.arabicLines();
        assertTrue(lines.contains(ar.getString("assessment.findings")), "a heading, read right to left: " + lines);
        assertTrue(lines.contains(TEXTS.get("ar").get(1) + ": " + TEXTS.get("ar").get(0)), "the title: " + lines);
        BaseFont arabic = PdfContent.font("NotoSansArabic-Regular.ttf");
        ar.getString("assessment.findings").codePoints().filter(c -> c != ' ')
                .forEach(c -> assertTrue(arabic.charExists(c), "glyph for U+" + Integer.toHexString(c)));
    }
}
