package org.tatracker.indicator.control;

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
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.project.entity.SscRole;

/**
 * The country brief as PDF (OpenPDF): the country's indicators, its needs by status and priority, the
 * funding gap, the assistance it receives by modality and kind, and its South-South partners, with the
 * classification the Southern figures used. Labels from the reader's language; numbers formatted for
 * it. The built-in PDF fonts cover Latin scripts only (the known limit the assessment brief shares).
 */
public final class CountryBriefPdf {

    /** The country's needs counted by status and priority (status name, then priority). */
    public record NeedCounts(Map<String, Map<Priority, Long>> byStatus) {
    }

    private CountryBriefPdf() {
    }

    public static byte[] render(String country, String iso3, Dashboard d, NeedCounts needs, ResourceBundle msg, Locale locale, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        String title = msg.getString("brief.title") + ": " + country;
        document.addTitle(title);
        document.addCreator("TA Tracker");
        document.open();
        Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        NumberFormat integer = NumberFormat.getIntegerInstance(locale);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        NumberFormat usd = NumberFormat.getCurrencyInstance(locale);
        usd.setCurrency(java.util.Currency.getInstance("USD"));
        usd.setMaximumFractionDigits(0);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(2);

        document.add(new Paragraph(title, h1));
        document.add(new Paragraph(iso3 + " · " + msg.getString("brief.generated") + " " + today, body));
        document.add(new Paragraph(java.text.MessageFormat.format(msg.getString("dashboard.classification"),
                msg.getString("scheme." + d.classification()), String.valueOf(d.classifiedOn())), body));

        heading(document, msg.getString("brief.indicators"), h2);
        PdfPTable indicators = table(new float[] {3, 1, 1.4f});
        header(indicators, bold, msg.getString("dashboard.col.code"), msg.getString("dashboard.col.value"), msg.getString("brief.basis"));
        for (Indicator i : d.indicators()) {
            String value = i.value() == null ? "–" : switch (i.unit()) {
                case SHARE -> percent.format(i.value());
                case USD -> usd.format(i.value());
                case COUNT -> integer.format(i.value());
                case POINTS, RATIO -> decimal.format(i.value());
            };
            String basis = i.numerator() == null || i.denominator() == null || i.unit() == Indicator.Unit.USD ? ""
                    : decimal.format(i.numerator()) + " / " + decimal.format(i.denominator());
            cells(indicators, body, label(msg, "indicator." + i.code()), value, basis);
        }
        document.add(indicators);

        heading(document, msg.getString("brief.needs"), h2);
        PdfPTable needTable = table(new float[] {2, 1, 1, 1});
        header(needTable, bold, msg.getString("need.status"), label(msg, "need.priority.HIGH"), label(msg, "need.priority.MEDIUM"),
                label(msg, "need.priority.LOW"));
        needs.byStatus().forEach((status, byPriority) -> cells(needTable, body, label(msg, "need.status." + status),
                integer.format(byPriority.getOrDefault(Priority.HIGH, 0L)), integer.format(byPriority.getOrDefault(Priority.MEDIUM, 0L)),
                integer.format(byPriority.getOrDefault(Priority.LOW, 0L))));
        document.add(needTable);
        for (Dashboard.Gap g : d.fundingGaps()) {
            if (g.iso3().equals(iso3)) {
                document.add(new Paragraph(label(msg, "indicator.FUNDING_GAP_USD") + ": " + usd.format(g.gap().value()) + " ("
                        + usd.format(g.gap().numerator()) + " − " + usd.format(g.gap().denominator()) + ")", body));
            }
        }

        heading(document, msg.getString("brief.assistance"), h2);
        PdfPTable modality = table(new float[] {2, 1, 1.5f});
        header(modality, bold, msg.getString("project.modality"), msg.getString("dashboard.col.projects"), msg.getString("dashboard.col.committedUsd"));
        for (Dashboard.ModalityPoint m : d.byModality()) {
            cells(modality, body, m.modality() == null ? msg.getString("dashboard.noModality") : label(msg, "project.modality." + m.modality().name()),
                    integer.format(m.projects()), usd.format(m.committedUsd()));
        }
        for (Dashboard.KindPoint k : d.byKind()) {
            cells(modality, body, label(msg, "component.kind." + k.kind().name()), integer.format(k.projects()), usd.format(k.committedUsd()));
        }
        document.add(modality);

        heading(document, msg.getString("dashboard.participations"), h2);
        PdfPTable partners = table(new float[] {2, 1, 1, 1, 1, 1});
        header(partners, bold, msg.getString("country.name"), msg.getString("dashboard.col.southern"), label(msg, "partner.sscRole.PROVIDER"),
                label(msg, "partner.sscRole.RECIPIENT"), label(msg, "partner.sscRole.FIRST_PROVIDER"), label(msg, "partner.sscRole.FACILITATOR"));
        for (Dashboard.Participations p : d.participations()) {
            cells(partners, body, p.name(), p.southern() ? msg.getString("value.yes") : msg.getString("value.no"),
                    count(integer, p.byRole(), SscRole.PROVIDER), count(integer, p.byRole(), SscRole.RECIPIENT),
                    count(integer, p.byRole(), SscRole.FIRST_PROVIDER), count(integer, p.byRole(), SscRole.FACILITATOR));
        }
        document.add(partners);
        document.add(new Paragraph(msg.getString("dashboard.participations.note"), body));
        document.close();
        return out.toByteArray();
    }

    private static String count(NumberFormat f, Map<SscRole, Long> byRole, SscRole role) {
        return f.format(byRole.getOrDefault(role, 0L));
    }

    private static String label(ResourceBundle msg, String key) {
        return msg.containsKey(key) ? msg.getString(key) : key;
    }

    private static void heading(Document document, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        return t;
    }

    private static void header(PdfPTable t, Font font, String... labels) {
        for (String l : labels) {
            PdfPCell c = new PdfPCell(new Phrase(l, font));
            c.setGrayFill(0.9f);
            t.addCell(c);
        }
    }

    private static void cells(PdfPTable t, Font font, String... values) {
        for (int i = 0; i < values.length; i++) {
            PdfPCell c = new PdfPCell(new Phrase(values[i], font));
            if (i > 0) {
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            t.addCell(c);
        }
    }
}
