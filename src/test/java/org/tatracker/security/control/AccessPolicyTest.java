package org.tatracker.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tatracker.security.entity.Role;

/**
 * The policy, walked as a table: actor x permission x record. Records: an unpublished Kenyan
 * assessment made by the Kenya office (org 1), a published Peruvian record made by the Peru
 * office (org 2), and a Kenyan project funded by donor A (org 3).
 */
class AccessPolicyTest {

    static final Actor ADMIN = new Actor(1L, "admin", Role.ADMIN, 9L, Set.of());
    static final Actor FO_KENYA = new Actor(2L, "fo-kenya", Role.FIELD_OFFICE, 1L, Set.of("KEN", "UGA"));
    static final Actor FO_PERU = new Actor(3L, "fo-peru", Role.FIELD_OFFICE, 2L, Set.of("PER"));
    static final Actor DONOR_A = new Actor(4L, "donor-a", Role.DONOR, 3L, Set.of());
    static final Actor DONOR_B = new Actor(5L, "donor-b", Role.DONOR, 4L, Set.of());
    static final Actor GOV_KENYA = new Actor(6L, "gov-kenya", Role.GOVERNMENT, 5L, Set.of("KEN"));

    static final Scope KENYA_UNPUBLISHED = Scope.ofCountry("KEN", 1L, false);
    static final Scope PERU_PUBLISHED = Scope.ofCountry("PER", 2L, true);
    static final Scope KENYA_PROJECT_OF_DONOR_A = new Scope("KEN", 1L, Set.of(3L), false);

    static Actor actor(String name) {
        return switch (name) {
            case "admin" -> ADMIN;
            case "fo-kenya" -> FO_KENYA;
            case "fo-peru" -> FO_PERU;
            case "donor-a" -> DONOR_A;
            case "donor-b" -> DONOR_B;
            case "gov-kenya" -> GOV_KENYA;
            default -> Actor.ANONYMOUS;
        };
    }

    static Scope scope(String name) {
        return switch (name) {
            case "kenya-unpublished" -> KENYA_UNPUBLISHED;
            case "peru-published" -> PERU_PUBLISHED;
            case "own-project" -> new Scope("KEN", 3L, Set.of(), true);
            case "multi-country" -> new Scope(Set.of("KEN", "PER"), 9L, Set.of(), true);
            default -> KENYA_PROJECT_OF_DONOR_A;
        };
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
            // actor,    permission, record,            allowed
            "admin,      READ,       kenya-unpublished, true",
            "admin,      DELETE,     peru-published,    true",
            "fo-kenya,   READ,       kenya-unpublished, true",
            "fo-kenya,   UPDATE,     kenya-unpublished, true",
            "fo-kenya,   TRANSITION, kenya-unpublished, true",
            "fo-kenya,   DELETE,     kenya-unpublished, true",
            "fo-kenya,   READ,       peru-published,    true",
            "fo-kenya,   UPDATE,     peru-published,    false",
            "fo-kenya,   CREATE,     peru-published,    false",
            "fo-peru,    READ,       kenya-unpublished, false",
            "fo-peru,    UPDATE,     kenya-unpublished, false",
            "fo-peru,    UPDATE,     peru-published,    true",
            "gov-kenya,  READ,       kenya-unpublished, true",
            "gov-kenya,  TRANSITION, kenya-unpublished, true",
            "gov-kenya,  CREATE,     kenya-unpublished, true",
            "gov-kenya,  UPDATE,     kenya-unpublished, false",
            "gov-kenya,  DELETE,     kenya-unpublished, false",
            "gov-kenya,  READ,       peru-published,    true",
            "gov-kenya,  TRANSITION, peru-published,    false",
            "donor-a,    READ,       kenya-unpublished, false",
            "donor-a,    READ,       peru-published,    true",
            "donor-a,    UPDATE,     peru-published,    false",
            "donor-a,    READ,       kenya-project,     true",
            "donor-a,    UPDATE,     kenya-project,     true",
            "donor-a,    DELETE,     kenya-project,     false",
            "donor-a,    CREATE,     kenya-project,     true",
            "donor-a,    CREATE,     peru-published,    false",
            "donor-a,    DELETE,     own-project,       true",
            "donor-b,    DELETE,     own-project,       false",
            "fo-kenya,   UPDATE,     multi-country,     true",
            "fo-peru,    UPDATE,     multi-country,     true",
            "gov-kenya,  UPDATE,     multi-country,     false",
            "donor-a,    TRANSITION, kenya-project,     false",
            "donor-b,    READ,       kenya-project,     false",
            "donor-b,    UPDATE,     kenya-project,     false",
            "anonymous,  READ,       peru-published,    false",
            "anonymous,  READ,       kenya-unpublished, false",
            "anonymous,  CREATE,     kenya-project,     false"})
    void decides(String actor, Permission permission, String record, boolean allowed) {
        assertEquals(allowed, AccessPolicy.allows(actor(actor), permission, scope(record)));
    }

    @Test
    void onlyAdministratorsAdministerAndOwnersReadTheirAccount() {
        assertTrue(AccessPolicy.administers(ADMIN));
        for (Actor other : new Actor[] {FO_KENYA, FO_PERU, DONOR_A, DONOR_B, GOV_KENYA, Actor.ANONYMOUS}) {
            assertFalse(AccessPolicy.administers(other), other.username());
        }
        assertTrue(AccessPolicy.readsAccount(FO_KENYA, 2L));
        assertFalse(AccessPolicy.readsAccount(FO_KENYA, 3L));
        assertTrue(AccessPolicy.readsAccount(ADMIN, 3L));
        assertFalse(AccessPolicy.readsAccount(Actor.ANONYMOUS, null));
    }
}
