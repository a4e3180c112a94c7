package org.tatracker.seed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tatracker.i18n.entity.Language;

class CountryReferenceFilesTest {

    static List<CountrySeed> seeds() {
        return CountryReferenceFiles.parse(new StringReader(SeedFiles.text(CountryReferenceFiles.M49_FILE)),
                new StringReader(SeedFiles.text(CountryReferenceFiles.NAMES_FILE)));
    }

    static Map<String, CountrySeed> byIso3() {
        return seeds().stream().collect(Collectors.toMap(CountrySeed::iso3, Function.identity()));
    }

    @Test
    void readsEveryCountryOrAreaOfTheM49Table() {
        List<CountrySeed> seeds = seeds();
        assertEquals(248, seeds.size());
        assertEquals(45, seeds.stream().filter(CountrySeed::ldc).count());
        assertEquals(32, seeds.stream().filter(CountrySeed::lldc).count());
        assertEquals(53, seeds.stream().filter(CountrySeed::sids).count());
        assertTrue(seeds.stream().allMatch(s -> s.names().containsKey(Language.EN)));
    }

    @Test
    void namesComeInTheSixLanguagesWithoutTheirArticles() {
        Map<String, CountrySeed> countries = byIso3();
        CountrySeed china = countries.get("CHN");
        assertEquals("中国", china.names().get(Language.ZH));
        assertEquals("Chine", china.names().get(Language.FR));
        assertEquals("الصين", china.names().get(Language.AR));
        assertEquals("Bolivie (État plurinational de)", countries.get("BOL").names().get(Language.FR));
        assertEquals("Afganistán", countries.get("AFG").names().get(Language.ES));
        // territories UNTERM does not cover take the official name
        assertEquals("百慕大", countries.get("BMU").names().get(Language.ZH));
        long sixNames = countries.values().stream().filter(c -> c.names().size() == 6).count();
        assertTrue(sixNames >= 245, "countries with all six names: " + sixNames);
    }

    @Test
    void keepsNamibiasCodeAndTheHistoricalDevelopedFlag() {
        Map<String, CountrySeed> countries = byIso3();
        assertEquals("NA", countries.get("NAM").iso2());
        assertEquals(Boolean.FALSE, countries.get("JPN").m49Developing());
        assertEquals(Boolean.TRUE, countries.get("AFG").m49Developing());
        assertNull(countries.get("ATA").region());
        assertFalse(countries.get("BTN").ldc(), "Bhutan graduated from LDC status before 2024");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "France (la)|France",
            "Afganistán (el)|Afganistán",
            "Bolivie (État plurinational de) (l')|Bolivie (État plurinational de)",
            "Philippines (les)|Philippines",
            "Bahamas (las)|Bahamas",
            "Gambia (the)|Gambia",
            "Chine|Chine"})
    void shortNameDropsTheTrailingArticle(String unterm, String expected) {
        assertEquals(expected, CountryReferenceFiles.shortName(unterm));
    }

    @Test
    void aBrokenFileReportsEveryProblemAndYieldsNothing() {
        String header = "Global Code,Global Name,Region Code,Region Name,Sub-region Code,Sub-region Name,Intermediate Region Code,"
                + "Intermediate Region Name,Country or Area,M49 Code,ISO-alpha2 Code,ISO-alpha3 Code,"
                + "Least Developed Countries (LDC),Land Locked Developing Countries (LLDC),Small Island Developing States (SIDS)\n";
        String rows = "001,World,002,Africa,015,Northern Africa,,,Algeria,012,DZ,DZA,,,\n"
                + "001,World,002,Africa,015,Northern Africa,,,Egypt,81,EG,EGY,,,\n"
                + "001,World,002,Africa,015,Northern Africa,,,Libya,434,LY,DZA,yes,,\n";
        SeedException e = assertThrows(SeedException.class, () -> CountryReferenceFiles.parse(
                new StringReader(header + rows), new StringReader("M49\n")));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("row 3, column M49 Code"), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("row 4, column ISO-alpha3 Code: duplicate DZA")));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("row 4, column Least Developed Countries (LDC)")));
    }
}
