package org.tatracker.project.entity;

/** The kinds of assistance a project delivers (the Congress guide's technical, material and training assistance). */
public enum ComponentKind {
    TECHNICAL, MATERIAL, TRAINING
}
