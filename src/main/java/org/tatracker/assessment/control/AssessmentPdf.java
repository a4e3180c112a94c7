package org.tatracker.assessment.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ResourceBundle;

/**
 * The printable brief of an assessment as PDF (OpenPDF): its facts, findings, recommendations
 * and needs. Labels come from the resource bundle of the reader's language; the built-in PDF
 * fonts cover Latin scripts, so Arabic, Chinese and Russian briefs need an embedded font (a known
 * limit, see the README).
 */
public final class AssessmentPdf {

    private AssessmentPdf() {
    }

    public static byte[] render(AssessmentViews.Detail a, ResourceBundle msg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(a.title());
        document.addCreator("TA Tracker");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

        document.add(new Paragraph(a.title(), title));
        PdfPTable facts = new PdfPTable(new float[] {1, 2});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(8);
        row(facts, msg.getString("country.name"), a.countryName(), bold, body);
        row(facts, msg.getString("assessment.status"), msg.getString("assessment.status." + a.status()), bold, body);
        row(facts, msg.getString("assessment.version"), Integer.toString(a.versionNumber()), bold, body);
        row(facts, msg.getString("assessment.framework"), msg.getString("assessment.framework." + a.framework()), bold, body);
        row(facts, msg.getString("assessment.leadOffice"), a.leadOfficeName(), bold, body);
        row(facts, msg.getString("assessment.mission"), text(a.missionStart()) + " – " + text(a.missionEnd()), bold, body);
        if (a.validatedOn() != null) {
            row(facts, msg.getString("assessment.validatedOn"), a.validatedOn() + ", "
                    + msg.getString("assessment.validationMethod." + a.validationMethod()) + ", " + a.validationSignatory(), bold, body);
        }
        document.add(facts);

        section(document, msg.getString("assessment.findings"), a.findings(), heading, body);
        section(document, msg.getString("assessment.recommendations"), a.recommendations(), heading, body);

        Paragraph needsHeading = new Paragraph(msg.getString("assessment.needs"), heading);
        needsHeading.setSpacingBefore(12);
        document.add(needsHeading);
        PdfPTable needs = new PdfPTable(new float[] {0.4f, 4, 1, 1.2f, 1.4f});
        needs.setWidthPercentage(100);
        needs.setSpacingBefore(4);
        needs.setHeaderRows(1);
        for (String h : new String[] {"#", msg.getString("need.description"), msg.getString("need.priority"), msg.getString("need.cost"),
                msg.getString("need.status")}) {
            needs.addCell(new PdfPCell(new Phrase(h, bold)));
        }
        for (AssessmentViews.NeedView n : a.needs()) {
            needs.addCell(new Phrase(Integer.toString(n.position()), body));
            needs.addCell(new Phrase(n.description(), body));
            needs.addCell(new Phrase(msg.getString("need.priority." + n.priority()), body));
            PdfPCell cost = new PdfPCell(new Phrase(n.costAmount() == null ? "" : n.costAmount().toPlainString() + " " + n.costCurrency(), body));
            cost.setHorizontalAlignment(Element.ALIGN_RIGHT);
            needs.addCell(cost);
            needs.addCell(new Phrase(msg.getString("need.status." + n.status()), body));
        }
        document.add(needs);
        document.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font bold, Font body) {
        table.addCell(new PdfPCell(new Phrase(label, bold)));
        table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, body)));
    }

    private static void section(Document document, String heading, String text, Font headingFont, Font body) {
        Paragraph h = new Paragraph(heading, headingFont);
        h.setSpacingBefore(12);
        document.add(h);
        document.add(new Paragraph(text == null ? "" : text, body));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
