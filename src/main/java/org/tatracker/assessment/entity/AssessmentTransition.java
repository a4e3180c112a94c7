package org.tatracker.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an assessment's status history: who moved it, when, from where to where. */
@Entity
@Table(name = "assessment_transition")
public class AssessmentTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private AssessmentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private AssessmentStatus to;

    @Column(name = "actor", nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "note", length = 2000, updatable = false)
    private String note;

    protected AssessmentTransition() {
    }

    AssessmentTransition(Assessment assessment, AssessmentStatus from, AssessmentStatus to, String actor, Instant at, String note) {
        this.assessment = assessment;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.occurredAt = at;
        this.note = note;
    }

    public AssessmentStatus from() {
        return from;
    }

    public AssessmentStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String note() {
        return note;
    }
}
