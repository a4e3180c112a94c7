package org.tatracker.project.entity;

/** IATI ActivityStatus (codes 1 to 6). A project answers needs while it runs and once it is done. */
public enum ProjectStatus {
    PIPELINE("1"), IMPLEMENTATION("2"), FINALISATION("3"), CLOSED("4"), CANCELLED("5"), SUSPENDED("6");

    private final String iatiCode;

    ProjectStatus(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }

    /** Active (implementation) or completed (finalisation, closed): the statuses whose links address needs. */
    public boolean answersNeeds() {
        return this == IMPLEMENTATION || this == FINALISATION || this == CLOSED;
    }

    /** Past the pipeline: the record must then be complete (partners of its modality, for instance). */
    public boolean underway() {
        return this != PIPELINE && this != CANCELLED;
    }

    public static ProjectStatus ofIati(String code) {
        for (ProjectStatus s : values()) {
            if (s.iatiCode.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no activity status " + code);
    }
}
