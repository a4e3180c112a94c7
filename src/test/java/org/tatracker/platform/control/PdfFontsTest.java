package org.tatracker.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatracker.i18n.entity.Language;

class PdfFontsTest {

    /** Each run of the phrase as "font name: text". */
    static List<String> runs(Phrase phrase) {
        return phrase.getChunks().stream().map(Element.class::cast).map(Chunk.class::cast)
                .map(c -> c.getFont().getBaseFont().getPostscriptFontName() + ": " + c.getContent()).toList();
    }

    @Test
    void eachScriptTakesItsFontAndNeutralCharactersStayWithTheTextAroundThem() {
        assertEquals(List.of("NotoSans-Regular: Москва, ", "NotoSansSC-Regular: 北京, ", "NotoSansArabic-Regular: القاهرة"),
                runs(PdfFonts.of(Language.EN).phrase("Москва, 北京, القاهرة", 10, false)));
        assertEquals(List.of("NotoSansArabic-Bold: القاهرة 2025"), runs(PdfFonts.of(Language.AR).phrase("القاهرة 2025", 10, true)),
                "digits and spaces in the Arabic font");
        assertEquals(List.of("NotoSansSC-Regular: 北京 2025"), runs(PdfFonts.of(Language.ZH).phrase("北京 2025", 10, true)),
                "Chinese in its one weight");
    }

    @Test
    void keepsLineBreaksAndShowsWhatNoFontHasAsTheReplacementCharacter() {
        assertEquals(List.of("NotoSans-Regular: one\ntwo\nthree\uFFFD"), runs(PdfFonts.of(Language.FR).phrase("one\r\ntwo\rthree\uE000", 10, false)));
    }

    @Test
    void arabicTablesRunRightToLeftWithTheFirstColumnOnTheRight() {
        PdfPTable ar = PdfFonts.of(Language.AR).table(new float[] {3, 1});
        ar.setTotalWidth(400);
        assertEquals(PdfWriter.RUN_DIRECTION_RTL, ar.getRunDirection());
        assertArrayEquals(new float[] {100, 300}, ar.getAbsoluteWidths(), 0.01f, "widths from the left");
        PdfPTable en = PdfFonts.of(Language.EN).table(new float[] {3, 1});
        en.setTotalWidth(400);
        assertEquals(PdfWriter.RUN_DIRECTION_LTR, en.getRunDirection());
        assertArrayEquals(new float[] {300, 100}, en.getAbsoluteWidths(), 0.01f);
    }
}
