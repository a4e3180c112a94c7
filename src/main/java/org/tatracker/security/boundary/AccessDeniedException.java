package org.tatracker.security.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The policy refused: 401 when nobody is signed in, 403 otherwise. Rolls back whatever the
 * transaction had started, so a refused call changes nothing.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean authenticated;

    public AccessDeniedException(boolean authenticated) {
        super(authenticated ? "forbidden" : "not signed in");
        this.authenticated = authenticated;
    }

    public boolean authenticated() {
        return authenticated;
    }
}
