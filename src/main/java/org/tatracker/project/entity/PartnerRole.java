package org.tatracker.project.entity;

/** IATI OrganisationRole: the part an organisation plays in a project. */
public enum PartnerRole {
    FUNDING("1"), ACCOUNTABLE("2"), EXTENDING("3"), IMPLEMENTING("4");

    private final String iatiCode;

    PartnerRole(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }
}
