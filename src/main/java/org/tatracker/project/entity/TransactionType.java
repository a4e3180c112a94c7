package org.tatracker.project.entity;

/**
 * IATI TransactionType: the four a project records, and incoming commitments (11), which imported
 * files carry (a funder's firm promise to the project; not counted in the project's USD totals).
 */
public enum TransactionType {
    INCOMING_FUNDS("1"), COMMITMENT("2"), DISBURSEMENT("3"), EXPENDITURE("4"), INCOMING_COMMITMENT("11");

    private final String iatiCode;

    TransactionType(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }
}
