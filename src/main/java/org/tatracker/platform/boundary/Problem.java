package org.tatracker.platform.boundary;

import java.util.List;

/**
 * RFC 9457 problem details, the one error format of the REST API.
 *
 * @param errors one entry per offending field or query parameter; empty when the problem is not
 *               about input
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** @param field the JSON field or query parameter that was refused */
    public record FieldError(String field, String message) {
    }
}
