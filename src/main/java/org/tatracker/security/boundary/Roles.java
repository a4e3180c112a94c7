package org.tatracker.security.boundary;

import jakarta.annotation.security.DeclareRoles;

/** The groups Jakarta Security knows; see {@link org.tatracker.security.entity.Role#group()}. */
@DeclareRoles({"admin", "field-office", "donor", "government"})
public final class Roles {

    private Roles() {
    }
}
