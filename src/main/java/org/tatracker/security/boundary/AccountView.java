package org.tatracker.security.boundary;

import java.time.Instant;
import java.util.List;

/** An account as pages and the API show it: never the password hash. */
public record AccountView(long id, String username, String displayName, String email, String role, Long organisationId,
        String organisationName, List<String> countries, boolean enabled, boolean locked, Instant createdAt, long version) {
}
