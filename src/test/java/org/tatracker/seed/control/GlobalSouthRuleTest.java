package org.tatracker.seed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobalSouthRuleTest {

    static Map<String, CountrySeed> countries;

    @BeforeAll
    static void read() {
        countries = CountryReferenceFilesTest.byIso3();
    }

    @ParameterizedTest(name = "{0} developing: {1}")
    @CsvSource({
            "CHN,true", "KEN,true", "MOZ,true", "BRA,true", "MEX,true", "HTI,true", "IND,true", "SAU,true", "FJI,true",
            "PNG,true", "EGY,true", "KAZ,true",
            "FRA,false", "NOR,false", "USA,false", "CAN,false", "JPN,false", "KOR,false", "ISR,false", "AUS,false",
            "NZL,false", "RUS,false", "GRL,false"})
    void followsTheUnctadGrouping(String iso3, boolean developing) {
        assertEquals(developing, GlobalSouthRule.isDevelopingEconomy(countries.get(iso3)));
    }

    @Test
    void leavesAreasWithoutRegionUnclassified() {
        CountrySeed antarctica = countries.get("ATA");
        assertFalse(GlobalSouthRule.classifies(antarctica));
        assertThrows(IllegalArgumentException.class, () -> GlobalSouthRule.isDevelopingEconomy(antarctica));
    }

    @Test
    void classifiesEveryOtherArea() {
        long south = countries.values().stream().filter(GlobalSouthRule::classifies).filter(GlobalSouthRule::isDevelopingEconomy).count();
        long classified = countries.values().stream().filter(GlobalSouthRule::classifies).count();
        assertEquals(247, classified);
        // Africa 60, Latin America and the Caribbean 52, Asia 51 - 3, Oceania 29 - 2 (M49 2024-09)
        assertEquals(countRegion("002") + countSubRegion("419") + countRegion("142") - 3 + countRegion("009") - 2, south);
    }

    private static long countRegion(String code) {
        return countries.values().stream().filter(c -> c.region() != null && c.region().code().equals(code)).count();
    }

    private static long countSubRegion(String code) {
        return countries.values().stream().filter(c -> c.subRegion() != null && c.subRegion().code().equals(code)).count();
    }
}
