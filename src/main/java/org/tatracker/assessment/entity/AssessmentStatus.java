package org.tatracker.assessment.entity;

/** Where an assessment stands in its workflow. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, SHARED, VALIDATED, DISPUTED, ARCHIVED
}
