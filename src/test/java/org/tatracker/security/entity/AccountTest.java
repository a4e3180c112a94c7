package org.tatracker.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatracker.country.entity.Country;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.entity.Language;
import org.tatracker.i18n.entity.LocalizedName;
import org.tatracker.platform.entity.InvalidValueException;

class AccountTest {

    static final Country KENYA = new Country("404", "KE", "KEN", M49Area.NONE, new LocalizedName(Map.of(Language.EN, "Kenya")));
    static final Country PERU = new Country("604", "PE", "PER", M49Area.NONE, new LocalizedName(Map.of(Language.EN, "Peru")));
    static final Organisation OFFICE = new Organisation("Office", OrganisationKind.FIELD_OFFICE, KENYA);
    static final Organisation GOVERNMENT = new Organisation("Government of Kenya", OrganisationKind.GOVERNMENT, KENYA);
    static final Organisation DONOR = new Organisation("Donor", OrganisationKind.DONOR, null);
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    static Account fieldOfficer() {
        return new Account("fo-kenya", "Field officer", "fo@example.org", Role.FIELD_OFFICE, OFFICE, List.of(KENYA), "hash", NOW);
    }

    @Test
    void locksAfterFiveFailedLoginsForFifteenMinutes() {
        Account account = fieldOfficer();
        for (int i = 1; i < Account.LOCK_AFTER_FAILURES; i++) {
            assertFalse(account.recordFailedLogin(NOW), "failure " + i);
            assertTrue(account.canLogIn(NOW));
        }
        assertTrue(account.recordFailedLogin(NOW));
        assertFalse(account.canLogIn(NOW.plusSeconds(60)));
        assertFalse(account.canLogIn(NOW.plus(Account.LOCK_DURATION).minusSeconds(1)));
        assertTrue(account.canLogIn(NOW.plus(Account.LOCK_DURATION)));
    }

    @Test
    void aSuccessfulLoginOrAnUnlockClearsTheCount() {
        Account account = fieldOfficer();
        account.recordFailedLogin(NOW);
        account.recordLogin();
        assertEquals(0, account.failedLogins());
        for (int i = 0; i < Account.LOCK_AFTER_FAILURES; i++) {
            account.recordFailedLogin(NOW);
        }
        account.unlock();
        assertTrue(account.canLogIn(NOW));
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        Account account = fieldOfficer();
        account.disable();
        assertFalse(account.canLogIn(NOW));
    }

    @Test
    void theScopeMustFitTheRole() {
        assertEquals("countries", assertThrows(InvalidValueException.class, () -> new Account("fo1", "F O", "fo@example.org",
                Role.FIELD_OFFICE, OFFICE, List.of(), "h", NOW)).field());
        assertEquals("organisation", assertThrows(InvalidValueException.class, () -> new Account("fo2", "F O", "fo@example.org",
                Role.FIELD_OFFICE, DONOR, List.of(KENYA), "h", NOW)).field());
        assertEquals("countries", assertThrows(InvalidValueException.class, () -> new Account("gov", "G", "g@example.org",
                Role.GOVERNMENT, GOVERNMENT, List.of(PERU), "h", NOW)).field());
        assertEquals("countries", assertThrows(InvalidValueException.class, () -> new Account("donor", "D", "d@example.org",
                Role.DONOR, DONOR, List.of(KENYA), "h", NOW)).field());
        new Account("gov", "G", "g@example.org", Role.GOVERNMENT, GOVERNMENT, List.of(KENYA), "h", NOW);
        new Account("donor", "D", "d@example.org", Role.DONOR, DONOR, List.of(), "h", NOW);
    }

    @Test
    void refusesBadUsernamesAndAddresses() {
        assertEquals("username", assertThrows(InvalidValueException.class, () -> new Account("A B", "x", "x@example.org",
                Role.DONOR, DONOR, List.of(), "h", NOW)).field());
        assertEquals("email", assertThrows(InvalidValueException.class, () -> new Account("abc", "x", "not-an-address",
                Role.DONOR, DONOR, List.of(), "h", NOW)).field());
    }
}
