package org.tatracker.project.entity;

/** What a material component delivers. */
public enum MaterialKind {
    EQUIPMENT, CONSTRUCTION, RENOVATION
}
