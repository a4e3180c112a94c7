package org.tatracker.project.entity;

/** How far a project answers a need, as the person who links them judges it. */
public enum LinkExtent {
    PARTLY_ADDRESSED, ADDRESSED
}
