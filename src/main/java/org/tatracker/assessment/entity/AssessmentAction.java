package org.tatracker.assessment.entity;

import java.util.Set;

/**
 * The steps of the workflow: draft → submitted → shared with the government → validated or
 * disputed → archived; a dispute may send the assessment back to draft, and a validated
 * assessment is amended into a new version.
 */
public enum AssessmentAction {
    SUBMIT(Set.of(AssessmentStatus.DRAFT), AssessmentStatus.SUBMITTED),
    SHARE(Set.of(AssessmentStatus.SUBMITTED), AssessmentStatus.SHARED),
    VALIDATE(Set.of(AssessmentStatus.SHARED), AssessmentStatus.VALIDATED),
    DISPUTE(Set.of(AssessmentStatus.SHARED), AssessmentStatus.DISPUTED),
    REDRAFT(Set.of(AssessmentStatus.DISPUTED), AssessmentStatus.DRAFT),
    ARCHIVE(Set.of(AssessmentStatus.VALIDATED, AssessmentStatus.DISPUTED), AssessmentStatus.ARCHIVED),
    /** Makes a new version in draft; the validated version stays as it was. */
    AMEND(Set.of(AssessmentStatus.VALIDATED), AssessmentStatus.VALIDATED);

    private final Set<AssessmentStatus> from;
    private final AssessmentStatus to;

    AssessmentAction(Set<AssessmentStatus> from, AssessmentStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(AssessmentStatus status) {
        return from.contains(status);
    }

    public AssessmentStatus target() {
        return to;
    }

    /** Validation and dispute are the government's word; the rest is the field office's work. */
    public boolean isGovernmentsWord() {
        return this == VALIDATE || this == DISPUTE;
    }
}
