package org.tatracker.country.entity;

/**
 * The country groupings TA Tracker keeps, each dated. {@link #UNCTAD_DEVELOPING} is the default
 * Global South rule (domain reference §2.5); the historical M49 flag is kept for sensitivity checks.
 */
public enum ClassificationScheme {
    /** UNCTAD developing economies: Africa, Latin America and the Caribbean, Asia but Israel, Japan and the Republic of Korea, Oceania but Australia and New Zealand. */
    UNCTAD_DEVELOPING,
    /** The "Developing" value of the UNSD M49 "Developed / Developing Countries" column, retired by UNSD. */
    M49_DEVELOPING,
    /** Least developed countries. */
    LDC,
    /** Landlocked developing countries. */
    LLDC,
    /** Small island developing States. */
    SIDS
}
