package org.tatracker.project.entity;

/** IATI BudgetType. */
public enum BudgetType {
    ORIGINAL("1"), REVISED("2");

    private final String iatiCode;

    BudgetType(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }
}
