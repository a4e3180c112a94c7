package org.tatracker.country.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tatracker.i18n.entity.Language;

class CountryQueryTest {

    private static CountryQuery text(String text) {
        return new CountryQuery(null, null, null, null, null, null, text, Language.EN, null, false, 0, 50);
    }

    @Test
    void blankSearchTextDoesNotFilter() {
        assertNull(text("  ").text());
        assertEquals("Kenya", text(" Kenya ").text());
    }

    @Test
    void refusesPagesAndFiltersOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new CountryQuery(null, null, null, null, null, null, null, null, null, false, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new CountryQuery(null, null, null, null, null, null, null, null, null, false, 0, 501));
        assertThrows(IllegalArgumentException.class, () -> new CountryQuery(null, null, null, null, null, null, null, null, null, false, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> new CountryQuery("Africa", null, null, null, null, null, null, null, null, false, 0, 10));
    }

    @Test
    void defaultsToEnglishByName() {
        CountryQuery q = new CountryQuery(null, null, null, null, null, null, null, null, null, false, 0, 10);
        assertEquals(Language.EN, q.language());
        assertEquals(CountryQuery.Sort.NAME, q.sort());
    }
}
