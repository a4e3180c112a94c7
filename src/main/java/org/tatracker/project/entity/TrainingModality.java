package org.tatracker.project.entity;

/** How a training event is delivered (domain reference §5.2). */
public enum TrainingModality {
    FACE_TO_FACE, E_LEARNING, BLENDED
}
