package org.tatracker.assessment.boundary;

import java.time.LocalDate;

/**
 * A workflow step: {@code action} is submit, share, validate, dispute, redraft, archive or amend.
 * Validation needs {@code validatedOn}, {@code method} (workshop or letter) and {@code signatory};
 * a dispute needs a {@code reason}. {@code version} is the version read (optimistic locking).
 */
public record TransitionInput(String action, LocalDate validatedOn, String method, String signatory, String reason, Long version) {
}
