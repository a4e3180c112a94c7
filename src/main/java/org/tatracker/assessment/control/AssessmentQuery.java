package org.tatracker.assessment.control;

import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.assessment.entity.Framework;
import org.tatracker.assessment.entity.Priority;

/** Filters, order and page of an assessment list; {@code null} filters do not filter. */
public record AssessmentQuery(String countryIso3, AssessmentStatus status, Framework framework, Integer year,
        Priority needPriority, String text, Sort sort, boolean descending, int page, int size) {

    public static final int MAX_SIZE = 200;

    /** The orders an assessment list offers. */
    public enum Sort {
        MISSION_START, TITLE, COUNTRY, STATUS
    }

    public AssessmentQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        sort = sort == null ? Sort.MISSION_START : sort;
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static AssessmentQuery ofCountry(String iso3, int size) {
        return new AssessmentQuery(iso3, null, null, null, null, null, Sort.MISSION_START, true, 0, size);
    }
}
