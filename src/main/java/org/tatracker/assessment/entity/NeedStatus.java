package org.tatracker.assessment.entity;

/** How far a need has been answered. */
public enum NeedStatus {
    OPEN, PARTLY_ADDRESSED, ADDRESSED, NO_LONGER_RELEVANT
}
