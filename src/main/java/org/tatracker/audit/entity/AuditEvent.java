package org.tatracker.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit trail. Every column is insert-only and the class has no
 * method that changes it: the application can add lines and read them, nothing else.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 60, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, length = 40, updatable = false)
    private String entityType;

    @Column(name = "entity_id", length = 60, updatable = false)
    private String entityId;

    @Column(name = "summary", nullable = false, length = 500, updatable = false)
    private String summary;

    /** JSON object: field -> {"before": ..., "after": ...}; null when nothing was changed. */
    @Lob
    @Column(name = "changes", updatable = false)
    private String changes;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
            String summary, String changes) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = truncate(Objects.requireNonNull(actor, "actor"), 60);
        this.action = Objects.requireNonNull(action, "action");
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.entityId = entityId == null ? null : truncate(entityId, 60);
        this.summary = truncate(Objects.requireNonNull(summary, "summary"), 500);
        this.changes = changes;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String summary() {
        return summary;
    }

    public String changes() {
        return changes;
    }
}
