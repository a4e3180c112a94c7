package org.tatracker.assessment.entity;

/** The method an assessment follows (domain reference §1.3). */
public enum Framework {
    CJAT, UNTOC_RM, UNCAC_IRM, NATIONAL, OTHER
}
