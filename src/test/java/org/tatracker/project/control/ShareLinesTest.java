package org.tatracker.project.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatracker.platform.entity.InvalidValueException;

class ShareLinesTest {

    @Test
    void readsCodesWithOptionalPercentages() {
        assertEquals(List.of(new ShareLines.Share("MOZ", new BigDecimal("60")), new ShareLines.Share("TZA", new BigDecimal("40.5"))),
                ShareLines.parse(" moz 60,\nTZA 40.5% ", "countries"));
        assertEquals(List.of(new ShareLines.Share("15130", null)), ShareLines.parse("15130", "sectors"));
        assertEquals(List.of(), ShareLines.parse("  ", "sectors"));
        assertEquals("MOZ 60, TZA 40.5", ShareLines.format(ShareLines.parse("MOZ 60.00; TZA 40.50", "x")));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertEquals("countries", assertThrows(InvalidValueException.class, () -> ShareLines.parse("MOZ sixty", "countries")).field());
        assertThrows(InvalidValueException.class, () -> ShareLines.parse("MOZ 60 40", "countries"));
        assertThrows(InvalidValueException.class, () -> ShareLines.parse("MOZ 60, moz 40", "countries"));
    }
}
