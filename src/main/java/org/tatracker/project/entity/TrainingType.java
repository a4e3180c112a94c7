package org.tatracker.project.entity;

/** What kind of training event it is (domain reference §5.3). */
public enum TrainingType {
    COURSE, TRAINING_OF_TRAINERS, MENTORING, STUDY_VISIT
}
