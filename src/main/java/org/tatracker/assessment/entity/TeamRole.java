package org.tatracker.assessment.entity;

/** A team member's part in an assessment. */
public enum TeamRole {
    ASSESSOR, PEER_REVIEWER, EXPERT
}
