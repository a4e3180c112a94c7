package org.tatracker.security.control;

import org.tatracker.security.entity.Role;

/**
 * The one authorization policy of the tracker. Every facade asks it before reading or changing a
 * record, for pages and REST alike; pages only use it to hide what would be refused anyway.
 * <ul>
 * <li>administrators may do everything;</li>
 * <li>field offices read published records, and create, change, transition and delete records of
 * the countries they cover (and read everything there);</li>
 * <li>governments read everything about their own country, transition its records (validate or
 * dispute) and create national contributions there; they change no one else's records;</li>
 * <li>donors read published records, record projects for their organisation, change the records
 * their organisation takes part in, and delete those it owns;</li>
 * <li>nobody signed in reads nothing but public reference data and aggregates.</li>
 * </ul>
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static boolean allows(Actor actor, Permission permission, Scope record) {
        if (!actor.authenticated()) {
            return false;
        }
        if (actor.is(Role.ADMIN)) {
            return true;
        }
        boolean ownCountry = record.countries().stream().anyMatch(actor::covers);
        return switch (actor.role()) {
            case FIELD_OFFICE -> ownCountry || (permission == Permission.READ && record.published());
            case GOVERNMENT -> switch (permission) {
                case READ -> ownCountry || record.published();
                case TRANSITION, CREATE -> ownCountry;
                case UPDATE, DELETE -> false;
            };
            case DONOR -> switch (permission) {
                case READ -> record.published() || participates(actor, record);
                case UPDATE, CREATE -> participates(actor, record);
                case DELETE -> owns(actor, record);
                case TRANSITION -> false;
            };
            case ADMIN -> true;
        };
    }

    private static boolean owns(Actor actor, Scope record) {
        return actor.organisationId() != null && actor.organisationId().equals(record.ownerOrganisationId());
    }

    private static boolean participates(Actor actor, Scope record) {
        return actor.organisationId() != null
                && (actor.organisationId().equals(record.ownerOrganisationId())
                        || record.participantOrganisationIds().contains(actor.organisationId()));
    }

    /** Accounts, organisations and the audit search belong to administrators. */
    public static boolean administers(Actor actor) {
        return actor.is(Role.ADMIN);
    }

    /** An account is read by an administrator or by its owner. */
    public static boolean readsAccount(Actor actor, Long accountId) {
        return administers(actor) || (actor.accountId() != null && actor.accountId().equals(accountId));
    }
}
