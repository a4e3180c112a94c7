package org.tatracker.security.control;

/** What an actor wants to do with a record. */
public enum Permission {
    READ, CREATE, UPDATE, TRANSITION, DELETE
}
