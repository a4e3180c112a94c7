package org.tatracker.testing;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/** What a rendered PDF holds: the fonts it names, whether they are embedded, and its text. */
public final class PdfContent {

    /** The fonts' names without the subset prefix ({@code ABCDEF+NotoSans-Regular} is {@code NotoSans-Regular}). */
    public final Set<String> fonts = new TreeSet<>();
    /** The fonts that carry no font file (not embedded). */
    public final Set<String> notEmbedded = new TreeSet<>();
    /** The text of all pages as OpenPDF extracts it: for Arabic, shaped presentation forms in visual order. */
    public final String text;
    public final int pages;

    public PdfContent(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            pages = reader.getNumberOfPages();
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= pages; page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary pageFonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
                if (pageFonts != null) {
                    for (PdfName key : pageFonts.getKeys()) {
                        font(pageFonts.getAsDict(key));
                    }
                }
            }
            text = all.toString();
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void font(PdfDictionary font) {
        String name = PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString());
        name = name.contains("+") ? name.substring(name.indexOf('+') + 1) : name;
        fonts.add(name);
        // A Type 0 (Identity-H) font keeps its descriptor in its one descendant font.
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        PdfDictionary described = descendants == null ? font : descendants.getAsDict(0);
        PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
        if (descriptor == null || (descriptor.get(PdfName.FONTFILE) == null && descriptor.get(PdfName.FONTFILE2) == null
                && descriptor.get(PdfName.FONTFILE3) == null)) {
            notEmbedded.add(name);
        }
    }

    /**
     * Arabic text as a reader reads it: each line turned back into logical order, and the shaped
     * presentation forms folded to the letters (NFKC). Good for lines of Arabic words only; the digits
     * and Latin words of a mixed line are turned round too.
     */
    public String arabicLines() {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(Normalizer.normalize(new StringBuilder(line).reverse().toString(), Normalizer.Form.NFKC).strip());
        }
        return String.join("\n", lines);
    }

    /** Whether the text holds Arabic presentation forms, which only shaped text has. */
    public boolean hasShapedArabic() {
        return text.codePoints().anyMatch(c -> c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF);
    }

    /** The bundle of the language tag, without falling back to the machine's default locale. */
    public static ResourceBundle messages(String tag) {
        return ResourceBundle.getBundle("org.tatracker.i18n.messages", Locale.forLanguageTag(tag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** One of the application's fonts, read on its own (not through the code under test). */
    public static BaseFont font(String file) {
        try (InputStream in = PdfContent.class.getResourceAsStream("/org/tatracker/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no font " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
