package org.tatracker.security.entity;

/** The kinds of organisation whose people hold accounts. */
public enum OrganisationKind {
    FIELD_OFFICE, DONOR, GOVERNMENT, ADMINISTRATION
}
