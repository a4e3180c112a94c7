package org.tatracker.security.boundary;

import java.time.Instant;

/** An API token as its owner sees it; {@code token} is set only in the answer that creates it. */
public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
        String token) {
}
