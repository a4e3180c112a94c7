package org.tatracker.project.entity;

/** A non-monetary contribution of a partner. */
public enum ContributionKind {
    EXPERT_DAYS, IN_KIND
}
