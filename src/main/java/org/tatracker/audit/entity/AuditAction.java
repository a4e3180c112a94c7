package org.tatracker.audit.entity;

/** What happened to a record, or at the door. */
public enum AuditAction {
    CREATE, UPDATE, TRANSITION, DELETE, LOGIN, LOGIN_FAILED, ACCOUNT_LOCKED, LOGOUT, PASSWORD_CHANGED, TOKEN_CREATED, TOKEN_REVOKED
}
