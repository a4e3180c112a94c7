package org.tatracker.platform.boundary;

import org.tatracker.i18n.entity.Reason;

/**
 * A JAX-RS client error whose detail is a key of the reasons bundle, so that the problem details
 * read in the request's language: {@link ResourceNotFoundException} (404), {@link RequestConflictException} (409).
 */
public interface ExplainedException {

    Reason why();
}
