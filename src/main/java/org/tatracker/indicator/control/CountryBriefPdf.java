package org.tatracker.indicator.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
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
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.control.PdfFonts;
import org.tatracker.project.entity.SscRole;

/**
 * The country brief as PDF (OpenPDF): the country's indicators, its needs by status and priority, the
 * funding gap, the assistance it receives by modality and kind, and its South-South partners, with the
 * classification the Southern figures used. Labels from the reader's language; numbers formatted for
 * it; fonts and direction (right to left for Arabic) from {@link PdfFonts}.
 */
public final class CountryBriefPdf {

    /** The country's needs counted by status and priority (status name, then priority). */
    public record NeedCounts(Map<String, Map<Priority, Long>> byStatus) {
    }

    private static final float H1 = 16;
    private static final float H2 = 12;
    private static final float BODY = 9;

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
        PdfFonts fonts = PdfFonts.of(Language.of(locale));
        NumberFormat integer = NumberFormat.getIntegerInstance(locale);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        NumberFormat usd = NumberFormat.getCurrencyInstance(locale);
        usd.setCurrency(java.util.Currency.getInstance("USD"));
        usd.setMaximumFractionDigits(0);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(2);

        document.add(fonts.block(title, H1, true, 0, 2));
        document.add(fonts.block(iso3 + " · " + msg.getString("brief.generated") + " " + today, BODY, false, 0, 0));
        document.add(fonts.block(java.text.MessageFormat.format(msg.getString("dashboard.classification"),
                msg.getString("scheme." + d.classification()), String.valueOf(d.classifiedOn())), BODY, false, 0, 0));

        heading(document, fonts, msg.getString("brief.indicators"));
        PdfPTable indicators = table(fonts, new float[] {3, 1, 1.4f});
        header(indicators, fonts, msg.getString("dashboard.col.code"), msg.getString("dashboard.col.value"), msg.getString("brief.basis"));
        for (Indicator i : d.indicators()) {
            String value = i.value() == null ? "–" : switch (i.unit()) {
                case SHARE -> percent.format(i.value());
                case USD -> usd.format(i.value());
                case COUNT -> integer.format(i.value());
                case POINTS, RATIO -> decimal.format(i.value());
            };
            String basis = i.numerator() == null || i.denominator() == null || i.unit() == Indicator.Unit.USD ? ""
                    : decimal.format(i.numerator()) + " / " + decimal.format(i.denominator());
            cells(indicators, fonts, label(msg, "indicator." + i.code()), value, basis);
        }
        document.add(indicators);

        heading(document, fonts, msg.getString("brief.needs"));
        PdfPTable needTable = table(fonts, new float[] {2, 1, 1, 1});
        header(needTable, fonts, msg.getString("need.status"), label(msg, "need.priority.HIGH"), label(msg, "need.priority.MEDIUM"),
                label(msg, "need.priority.LOW"));
        needs.byStatus().forEach((status, byPriority) -> cells(needTable, fonts, label(msg, "need.status." + status),
                integer.format(byPriority.getOrDefault(Priority.HIGH, 0L)), integer.format(byPriority.getOrDefault(Priority.MEDIUM, 0L)),
                integer.format(byPriority.getOrDefault(Priority.LOW, 0L))));
        document.add(needTable);
        for (Dashboard.Gap g : d.fundingGaps()) {
            if (g.iso3().equals(iso3)) {
                document.add(fonts.block(label(msg, "indicator.FUNDING_GAP_USD") + ": " + usd.format(g.gap().value()) + " ("
                        + usd.format(g.gap().numerator()) + " − " + usd.format(g.gap().denominator()) + ")", BODY, false, 4, 0));
            }
        }

        heading(document, fonts, msg.getString("brief.assistance"));
        PdfPTable modality = table(fonts, new float[] {2, 1, 1.5f});
        header(modality, fonts, msg.getString("project.modality"), msg.getString("dashboard.col.projects"), msg.getString("dashboard.col.committedUsd"));
        for (Dashboard.ModalityPoint m : d.byModality()) {
            cells(modality, fonts, m.modality() == null ? msg.getString("dashboard.noModality") : label(msg, "project.modality." + m.modality().name()),
                    integer.format(m.projects()), usd.format(m.committedUsd()));
        }
        for (Dashboard.KindPoint k : d.byKind()) {
            cells(modality, fonts, label(msg, "component.kind." + k.kind().name()), integer.format(k.projects()), usd.format(k.committedUsd()));
        }
        document.add(modality);

        heading(document, fonts, msg.getString("dashboard.participations"));
        PdfPTable partners = table(fonts, new float[] {2, 1, 1, 1, 1, 1});
        header(partners, fonts, msg.getString("country.name"), msg.getString("dashboard.col.southern"), label(msg, "partner.sscRole.PROVIDER"),
                label(msg, "partner.sscRole.RECIPIENT"), label(msg, "partner.sscRole.FIRST_PROVIDER"), label(msg, "partner.sscRole.FACILITATOR"));
        for (Dashboard.Participations p : d.participations()) {
            cells(partners, fonts, p.name(), p.southern() ? msg.getString("value.yes") : msg.getString("value.no"),
                    count(integer, p.byRole(), SscRole.PROVIDER), count(integer, p.byRole(), SscRole.RECIPIENT),
                    count(integer, p.byRole(), SscRole.FIRST_PROVIDER), count(integer, p.byRole(), SscRole.FACILITATOR));
        }
        document.add(partners);
        document.add(fonts.block(msg.getString("dashboard.participations.note"), BODY, false, 4, 0));
        document.close();
        return out.toByteArray();
    }

    private static String count(NumberFormat f, Map<SscRole, Long> byRole, SscRole role) {
        return f.format(byRole.getOrDefault(role, 0L));
    }

    private static String label(ResourceBundle msg, String key) {
        return msg.containsKey(key) ? msg.getString(key) : key;
    }

    private static void heading(Document document, PdfFonts fonts, String text) {
        document.add(fonts.block(text, H2, true, 12, 4));
    }

    private static PdfPTable table(PdfFonts fonts, float[] widths) {
        PdfPTable t = fonts.table(widths);
        t.setHeaderRows(1);
        return t;
    }

    private static void header(PdfPTable t, PdfFonts fonts, String... labels) {
        for (String l : labels) {
            PdfPCell c = fonts.cell(l, BODY, true);
            c.setGrayFill(0.9f);
            t.addCell(c);
        }
    }

    /** The first value is a label; the others are figures, aligned to the end of the line (the left for Arabic). */
    private static void cells(PdfPTable t, PdfFonts fonts, String... values) {
        for (int i = 0; i < values.length; i++) {
            PdfPCell c = fonts.cell(values[i], BODY, false);
            if (i > 0) {
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            t.addCell(c);
        }
    }
}
