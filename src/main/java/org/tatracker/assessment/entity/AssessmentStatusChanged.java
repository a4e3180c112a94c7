package org.tatracker.assessment.entity;

/**
 * An assessment moved from one status to another (a CDI event, fired in the transaction of the
 * change), so that records that depend on its status, such as a project's link to a validated
 * assessment, follow.
 */
public record AssessmentStatusChanged(long assessmentId, AssessmentStatus from, AssessmentStatus to) {
}
