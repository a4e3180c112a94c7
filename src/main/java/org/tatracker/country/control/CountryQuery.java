package org.tatracker.country.control;

import org.tatracker.i18n.entity.Language;

/**
 * The filters, order and page of a country list; the same for the page and the REST API.
 * {@code null} filters do not filter.
 */
public record CountryQuery(String region, String subRegion, Boolean ldc, Boolean lldc, Boolean sids, Boolean globalSouth,
        String text, Language language, Sort sort, boolean descending, int page, int size) {

    public static final int MAX_SIZE = 500;

    /** The orders a country list offers. */
    public enum Sort {
        NAME, ISO3, M49, REGION, SUB_REGION
    }

    public CountryQuery {
        if (region != null && !region.matches("\\d{3}")) {
            throw new IllegalArgumentException("region must be a 3-digit M49 code");
        }
        if (subRegion != null && !subRegion.matches("\\d{3}")) {
            throw new IllegalArgumentException("subRegion must be a 3-digit M49 code");
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        language = language == null ? Language.EN : language;
        sort = sort == null ? Sort.NAME : sort;
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static CountryQuery all(Language language) {
        return new CountryQuery(null, null, null, null, null, null, null, language, Sort.NAME, false, 0, MAX_SIZE);
    }

    public CountryQuery globalSouthOnly() {
        return new CountryQuery(region, subRegion, ldc, lldc, sids, true, text, language, sort, descending, page, size);
    }
}
