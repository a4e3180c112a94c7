package org.tatracker.project.entity;

/**
 * A partner country's role in South-South or triangular cooperation (SEGIB terms, OECD in
 * brackets; domain reference §2.2): bilateral provider or recipient; triangular first provider
 * (pivotal), facilitator or second provider (facilitating) and recipient (beneficiary).
 */
public enum SscRole {
    PROVIDER, RECIPIENT, FIRST_PROVIDER, FACILITATOR;

    public boolean triangularOnly() {
        return this == FIRST_PROVIDER || this == FACILITATOR;
    }
}
