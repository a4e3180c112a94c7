package org.tatracker.project.entity;

/** IATI TransactionType, the four a project records. */
public enum TransactionType {
    INCOMING_FUNDS("1"), COMMITMENT("2"), DISBURSEMENT("3"), EXPENDITURE("4");

    private final String iatiCode;

    TransactionType(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }
}
