package org.tatracker.assessment.entity;

/** The kinds of help the Congress names: technical, material and training assistance. */
public enum AssistanceKind {
    TECHNICAL, MATERIAL, TRAINING
}
