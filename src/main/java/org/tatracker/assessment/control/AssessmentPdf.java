package org.tatracker.assessment.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ResourceBundle;
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.control.PdfFonts;

/**
 * The printable brief of an assessment as PDF (OpenPDF): its facts, findings, recommendations
 * and needs. Labels come from the resource bundle of the reader's language, and the fonts and the
 * direction (right to left for Arabic) follow the language of that bundle ({@link PdfFonts}).
 */
public final class AssessmentPdf {

    private static final float TITLE = 16;
    private static final float HEADING = 12;
    private static final float BODY = 10;

    private AssessmentPdf() {
    }

    public static byte[] render(AssessmentViews.Detail a, ResourceBundle msg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(a.title());
        document.addCreator("TA Tracker");
        document.open();
        PdfFonts fonts = PdfFonts.of(Language.of(msg.getLocale()));

        document.add(fonts.block(a.title(), TITLE, true, 0, 0));
        PdfPTable facts = fonts.table(new float[] {1, 2});
        facts.setSpacingBefore(8);
        row(facts, fonts, msg.getString("country.name"), a.countryName());
        row(facts, fonts, msg.getString("assessment.status"), msg.getString("assessment.status." + a.status()));
        row(facts, fonts, msg.getString("assessment.version"), Integer.toString(a.versionNumber()));
        row(facts, fonts, msg.getString("assessment.framework"), msg.getString("assessment.framework." + a.framework()));
        row(facts, fonts, msg.getString("assessment.leadOffice"), a.leadOfficeName());
        row(facts, fonts, msg.getString("assessment.mission"), text(a.missionStart()) + " – " + text(a.missionEnd()));
        if (a.validatedOn() != null) {
            row(facts, fonts, msg.getString("assessment.validatedOn"), a.validatedOn() + ", "
                    + msg.getString("assessment.validationMethod." + a.validationMethod()) + ", " + a.validationSignatory());
        }
        document.add(facts);

        section(document, fonts, msg.getString("assessment.findings"), a.findings());
        section(document, fonts, msg.getString("assessment.recommendations"), a.recommendations());

        document.add(fonts.block(msg.getString("assessment.needs"), HEADING, true, 12, 0));
        PdfPTable needs = fonts.table(new float[] {0.4f, 4, 1, 1.2f, 1.4f});
        needs.setSpacingBefore(4);
        needs.setHeaderRows(1);
        for (String h : new String[] {"#", msg.getString("need.description"), msg.getString("need.priority"), msg.getString("need.cost"),
                msg.getString("need.status")}) {
            needs.addCell(fonts.cell(h, BODY, true));
        }
        for (AssessmentViews.NeedView n : a.needs()) {
            needs.addCell(fonts.cell(Integer.toString(n.position()), BODY, false));
            needs.addCell(fonts.cell(n.description(), BODY, false));
            needs.addCell(fonts.cell(msg.getString("need.priority." + n.priority()), BODY, false));
            PdfPCell cost = fonts.cell(n.costAmount() == null ? "" : n.costAmount().toPlainString() + " " + n.costCurrency(), BODY, false);
            cost.setHorizontalAlignment(Element.ALIGN_RIGHT);
            needs.addCell(cost);
            needs.addCell(fonts.cell(msg.getString("need.status." + n.status()), BODY, false));
        }
        document.add(needs);
        document.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, PdfFonts fonts, String label, String value) {
        table.addCell(fonts.cell(label, BODY, true));
        table.addCell(fonts.cell(value, BODY, false));
    }

    private static void section(Document document, PdfFonts fonts, String heading, String text) {
        document.add(fonts.block(heading, HEADING, true, 12, 2));
        document.add(fonts.block(text, BODY, false, 0, 0));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
