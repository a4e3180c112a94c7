package org.tatracker.audit.control;

import java.time.Instant;

/** An audit line as the API and pages show it; {@code changes} is the stored JSON. */
public record AuditView(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
        String summary, String changes) {
}
