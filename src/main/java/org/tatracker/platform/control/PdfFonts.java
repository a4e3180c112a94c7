package org.tatracker.platform.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.tatracker.i18n.entity.Language;

/**
 * The fonts and the writing direction of PDF documents in one of the six languages.
 * <p>
 * OpenPDF's built-in fonts (Helvetica ...) have Latin glyphs only, so the PDFs embed Noto Sans
 * (Latin, Greek, Cyrillic), Noto Sans Arabic and Noto Sans SC (see {@code org/tatracker/fonts/README.md}),
 * as Identity-H subsets: a document carries only the glyphs it uses. The fonts are read from the
 * class path once per JVM and shared; OpenPDF keeps what a document uses in the document's writer,
 * not in the font.
 * <p>
 * Each character of a text takes the first font that has it, the language's own font first (so
 * spaces and digits in an Arabic line come from the Arabic font) and the others after it, so a
 * Russian name in a Chinese brief still renders (what OpenPDF's {@code FontSelector} does; see
 * {@link #phrase} for why not that class).
 * <p>
 * OpenPDF shapes Arabic (joining forms, lam-alef) and reorders mixed-direction text only inside a
 * {@link PdfPCell} or {@code ColumnText} whose run direction is LTR or RTL; text added to the
 * document as a {@code Paragraph} is neither shaped nor reordered. So all text goes into cells:
 * {@link #block} for a paragraph, {@link #cell} for a table cell. The direction is RTL for Arabic
 * and LTR otherwise (LTR, not OpenPDF's default, so Arabic words quoted in another language are
 * shaped too); {@link #table} mirrors the column order for Arabic.
 */
public final class PdfFonts {

    /** Line height of a paragraph as a multiple of the font size (OpenPDF's default for a paragraph). */
    private static final float LEADING = 1.5f;
    /** Line height in a table cell. */
    private static final float CELL_LEADING = 1.25f;

    /** Lines break where OpenPDF breaks them, except at a hyphen between digits: a date such as 2024-09-25 stays whole. */
    private static final SplitCharacter KEEP_NUMBERS_WHOLE = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            if (getCurrentCharacter(current, cc, ck) == '-' && current > start && current + 1 < end
                    && Character.isDigit(getCurrentCharacter(current - 1, cc, ck)) && Character.isDigit(getCurrentCharacter(current + 1, cc, ck))) {
                return false;
            }
            return super.isSplitCharacter(start, current, end, cc, ck);
        }
    };

    private final Language language;

    private PdfFonts(Language language) {
        this.language = language;
    }

    public static PdfFonts of(Language language) {
        return new PdfFonts(language);
    }

    /** {@link PdfWriter#RUN_DIRECTION_RTL} for Arabic, {@link PdfWriter#RUN_DIRECTION_LTR} otherwise. */
    public int runDirection() {
        return language.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    /**
     * The text in the fonts that have its characters: each character takes the first of the
     * language's fonts that has it, and spaces, digits and punctuation stay in the font of the text
     * around them when it has them. A character no font has shows as U+FFFD (or "?").
     */
    public Phrase phrase(String text, float size, boolean bold) {
        // Not OpenPDF's FontSelector: in OpenPDF 2.0.5 each new FontSelector registers and parses
        // its fallback font (Liberation Sans) again, about 10 ms for every piece of text.
        List<Font> fonts = fonts(size, bold);
        Phrase phrase = new Phrase(size * LEADING);
        StringBuilder run = new StringBuilder();
        Font current = null;
        String s = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            // No font has a glyph for a line break, but the layout needs it.
            Font font = c == '\n' ? (current == null ? fonts.get(0) : current) : fontFor(c, fonts, current);
            if (font == null) {
                // a character no font has shows as the replacement character, so that a name is never silently shortened
                c = 0xFFFD;
                font = fontFor(c, fonts, current);
                if (font == null) {
                    c = '?';
                    font = fontFor(c, fonts, current);
                }
            }
            if (font != current && !run.isEmpty()) {
                phrase.add(chunk(run, current));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(c);
        }
        if (!run.isEmpty()) {
            phrase.add(chunk(run, current));
        }
        return phrase;
    }

    private static Chunk chunk(CharSequence text, Font font) {
        Chunk chunk = new Chunk(text.toString(), font);
        chunk.setSplitCharacter(KEEP_NUMBERS_WHOLE);
        return chunk;
    }

    private static Font fontFor(int c, List<Font> fonts, Font current) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        boolean neutral = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
        if (current != null && neutral && current.getBaseFont().charExists(c)) {
            return current;
        }
        for (Font f : fonts) {
            if (f.getBaseFont().charExists(c)) {
                return f;
            }
        }
        return null;
    }

    /** A table cell with the text, in the document's direction. */
    public PdfPCell cell(String text, float size, boolean bold) {
        PdfPCell cell = new PdfPCell(phrase(text, size, bold));
        cell.setRunDirection(runDirection());
        // A cell's lines are one font size apart unless told otherwise: too tight for Noto's
        // Arabic and Chinese glyphs. Not the fonts' ascender and descender: Noto Sans Arabic's
        // would make every row twice as high. The first baseline is one leading below the top, so
        // the padding below makes room for the descenders.
        cell.setLeading(0, CELL_LEADING);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(size * 0.4f);
        return cell;
    }

    /**
     * A full-width table in the document's direction: for Arabic the first column (the first cell
     * added to a row, the first of the widths) is on the right.
     */
    public PdfPTable table(float[] widths) {
        // OpenPDF 2.0.5 places the cells of an RTL table from the right but applies the relative
        // widths from the left: the widths are given here in reading order, so they are turned round.
        float[] visual = widths.clone();
        if (language.rightToLeft()) {
            for (int i = 0; i < visual.length; i++) {
                visual[i] = widths[widths.length - 1 - i];
            }
        }
        PdfPTable table = new PdfPTable(visual);
        table.setWidthPercentage(100);
        table.setRunDirection(runDirection());
        return table;
    }

    /**
     * A paragraph as a borderless full-width one-cell table, so that it is shaped and laid out in the
     * document's direction (see the class comment); add it to the document like a paragraph.
     */
    public PdfPTable block(String text, float size, boolean bold, float spacingBefore, float spacingAfter) {
        PdfPTable table = table(new float[] {1});
        table.setSplitLate(false); // a long text flows on to the next page, as a paragraph would
        table.setSpacingBefore(spacingBefore);
        table.setSpacingAfter(spacingAfter);
        PdfPCell cell = cell(text, size, bold);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setLeading(0, LEADING);
        table.addCell(cell);
        return table;
    }

    /** The fonts in the order the selector tries them for this language. */
    List<Font> fonts(float size, boolean bold) {
        Font latin = bold ? new Font(Faces.LATIN_BOLD, size) : new Font(Faces.LATIN, size);
        Font arabic = bold ? new Font(Faces.ARABIC_BOLD, size) : new Font(Faces.ARABIC, size);
        // Noto Sans SC comes in one weight here (each weight is ~10 MB): OpenPDF simulates bold.
        Font han = new Font(Faces.HAN, size, bold ? Font.BOLD : Font.NORMAL);
        return switch (language) {
            case AR -> List.of(arabic, latin, han);
            case ZH -> List.of(han, latin, arabic);
            default -> List.of(latin, arabic, han);
        };
    }

    /** The fonts, read on first use (the Chinese one is ~10 MB). */
    static final class Faces {
        static final BaseFont LATIN = load("NotoSans-Regular.ttf");
        static final BaseFont LATIN_BOLD = load("NotoSans-Bold.ttf");
        static final BaseFont ARABIC = load("NotoSansArabic-Regular.ttf");
        static final BaseFont ARABIC_BOLD = load("NotoSansArabic-Bold.ttf");
        static final BaseFont HAN = load("NotoSansSC-Regular.ttf");

        private Faces() {
        }

        private static BaseFont load(String file) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/org/tatracker/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the class path: " + file);
                }
                // The name only tells OpenPDF the format (.ttf); not cached in OpenPDF's static cache, held here.
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + file, e);
            }
        }
    }
}
