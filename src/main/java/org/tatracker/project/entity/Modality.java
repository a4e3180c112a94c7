package org.tatracker.project.entity;

/** How countries cooperate in a project (domain reference §2.2). */
public enum Modality {
    NORTH_SOUTH, SOUTH_SOUTH, TRIANGULAR
}
