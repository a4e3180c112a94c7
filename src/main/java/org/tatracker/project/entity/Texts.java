package org.tatracker.project.entity;

import org.tatracker.platform.entity.InvalidValueException;

/** Checks of free text shared by the project's entities: stripped, blank means absent, bounded length. */
final class Texts {

    private Texts() {
    }

    static String required(String value, int max, String field) {
        String v = optional(value, max, field);
        if (v == null) {
            throw new InvalidValueException(field, "required");
        }
        return v;
    }

    static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidValueException(field, "maxLength", max);
        }
        return v;
    }
}
