package org.tatracker.assessment.entity;

/** How the government validated an assessment. */
public enum ValidationMethod {
    WORKSHOP, LETTER
}
