package org.tatracker.assessment.entity;

/** A need's priority. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
