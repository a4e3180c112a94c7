package org.tatracker.project.control;

import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.ProjectStatus;

/**
 * Filters, order and page of a project list; {@code null} filters do not filter. {@code region} is
 * an M49 region or sub-region code of a recipient country; {@code donor} and {@code implementer}
 * are partner names in the funding and implementing roles; {@code year} keeps projects running
 * during that year.
 */
public record ProjectQuery(String countryIso3, String region, String donor, String implementer, Modality modality, ComponentKind kind,
        String sector, ProjectStatus status, Integer year, String text, Sort sort, boolean descending, int page, int size) {

    public static final int MAX_SIZE = 200;

    /** The orders a project list offers. */
    public enum Sort {
        START, TITLE, STATUS, COMMITTED
    }

    public ProjectQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        sort = sort == null ? Sort.START : sort;
        text = blankToNull(text);
        donor = blankToNull(donor);
        implementer = blankToNull(implementer);
        region = blankToNull(region);
        sector = blankToNull(sector);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static ProjectQuery ofCountry(String iso3, int size) {
        return new ProjectQuery(iso3, null, null, null, null, null, null, null, null, null, Sort.START, true, 0, size);
    }
}
