package org.tatracker.security.entity;

import java.util.Locale;

/** What a person does in the tracker; each account has exactly one role. */
public enum Role {
    /** Manages accounts, organisations and reference data; sees everything. */
    ADMIN,
    /** Creates and edits assessments and projects for the countries the office covers. */
    FIELD_OFFICE,
    /** Reviews portfolios and records the funding of its organisation's projects. */
    DONOR,
    /** Sees everything about one country, validates its assessments, records national contributions. */
    GOVERNMENT;

    /** The group name Jakarta Security knows the role by: {@code admin}, {@code field-office}... */
    public String group() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
