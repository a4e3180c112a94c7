package org.tatracker.assessment.entity;

import jakarta.ejb.ApplicationException;

/** A step the workflow does not allow from the current status (or an edit of a non-draft): 409. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String message) {
        super(message);
    }
}
