package org.tatracker.country.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatracker.i18n.entity.Language;
import org.tatracker.i18n.entity.LocalizedName;

class CountryTest {

    static final M49Area EASTERN_AFRICA = new M49Area(new M49Area.Unit("002", "Africa"),
            new M49Area.Unit("202", "Sub-Saharan Africa"), new M49Area.Unit("014", "Eastern Africa"));
    static final LocalizedName KENYA = new LocalizedName(Map.of(Language.EN, "Kenya"));

    @Test
    void liesWithinEachOfItsRegionsAndNoOther() {
        assertTrue(EASTERN_AFRICA.within("002"));
        assertTrue(EASTERN_AFRICA.within("202"));
        assertTrue(EASTERN_AFRICA.within("014"));
        assertFalse(EASTERN_AFRICA.within("419"));
        assertFalse(EASTERN_AFRICA.within(null));
        assertFalse(M49Area.NONE.within("002"));
    }

    @Test
    void refusesMalformedCodes() {
        assertThrows(IllegalArgumentException.class, () -> new Country("40", "KE", "KEN", EASTERN_AFRICA, KENYA));
        assertThrows(IllegalArgumentException.class, () -> new Country("404", "ke", "KEN", EASTERN_AFRICA, KENYA));
        assertThrows(IllegalArgumentException.class, () -> new Country("404", "KE", "KENY", EASTERN_AFRICA, KENYA));
    }

    @Test
    void updateSaysWhetherAnythingChanged() {
        Country kenya = new Country("404", "KE", "KEN", EASTERN_AFRICA, KENYA);
        assertFalse(kenya.update("KE", "KEN", EASTERN_AFRICA, new LocalizedName(Map.of(Language.EN, "Kenya"))));
        assertTrue(kenya.update("KE", "KEN", EASTERN_AFRICA, new LocalizedName(Map.of(Language.EN, "Kenya", Language.ZH, "肯尼亚"))));
    }

    @Test
    void anAreaNeedsItsParents() {
        assertThrows(IllegalArgumentException.class, () -> new M49Area(null, new M49Area.Unit("202", "Sub-Saharan Africa"), null));
        assertThrows(IllegalArgumentException.class, () -> new M49Area.Unit("2", "Africa"));
    }

    @Test
    void aClassificationNamesItsSource() {
        Country kenya = new Country("404", "KE", "KEN", EASTERN_AFRICA, KENYA);
        assertThrows(IllegalArgumentException.class,
                () -> new CountryClassification(kenya, ClassificationScheme.LDC, false, LocalDate.of(2024, 9, 25), " "));
        CountryClassification ldc = new CountryClassification(kenya, ClassificationScheme.LDC, false, LocalDate.of(2024, 9, 25), "UNSD");
        assertFalse(ldc.restate(false, "UNSD"));
        assertTrue(ldc.restate(true, "UNSD"));
    }
}
