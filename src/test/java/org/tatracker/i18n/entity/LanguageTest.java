package org.tatracker.i18n.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void recognisesTheSixLanguagesByAnyTag() {
        assertEquals(Optional.of(Language.ZH), Language.of("zh-CN"));
        assertEquals(Optional.of(Language.ZH), Language.of("zh_Hans"));
        assertEquals(Optional.of(Language.FR), Language.of("FR"));
        assertEquals(Optional.of(Language.AR), Language.of("ar-EG"));
        assertEquals(Optional.empty(), Language.of("de"));
        assertEquals(Optional.empty(), Language.of(""));
        assertEquals(Language.EN, Language.of(Locale.GERMAN));
        assertTrue(Language.AR.rightToLeft());
    }

    @Test
    void aNameReadsAsEnglishWhereItsLanguageIsMissing() {
        Map<Language, String> names = new EnumMap<>(Language.class);
        names.put(Language.EN, "Kenya");
        names.put(Language.ZH, "肯尼亚");
        names.put(Language.FR, " ");
        LocalizedName name = new LocalizedName(names);
        assertEquals("肯尼亚", name.in(Language.ZH));
        assertEquals("Kenya", name.in(Language.FR));
        assertEquals(List.of("ar", "zh", "en", "fr", "ru", "es"), List.copyOf(name.all().keySet()));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedName(Map.of(Language.FR, "Kenya")));
    }

    @Test
    void anAcceptLanguageHeaderChoosesTheMostWantedOfTheSix() {
        assertEquals(Language.FR, Language.fromAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"));
        assertEquals(Language.RU, Language.fromAcceptLanguage("de-DE, ru;q=0.5, fr;q=0.4"), "German is not one of the six");
        assertEquals(Language.ES, Language.fromAcceptLanguage("fr;q=0.5, es"), "weights, not order, decide");
        assertEquals(Language.AR, Language.fromAcceptLanguage("en;q=0, ar-EG;q=0.3"), "q=0 refuses a language");
        assertEquals(Language.ZH, Language.fromAcceptLanguage("zh-Hant-TW"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("*"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("de, ja"));
        assertEquals(Language.EN, Language.fromAcceptLanguage(null));
        assertEquals(Language.EN, Language.fromAcceptLanguage(" "));
        assertEquals(Language.EN, Language.fromAcceptLanguage("fr;q=abc, ;;"), "a malformed header reads as none");
    }

    @Test
    void theFirstPreferredLocaleOfTheSixWins() {
        assertEquals(Language.RU, Language.firstOf(List.of(Locale.GERMAN, Locale.forLanguageTag("ru-RU"), Locale.FRENCH)));
        assertEquals(Language.EN, Language.firstOf(List.of(Locale.JAPANESE)));
        assertEquals(Language.EN, Language.firstOf(null));
    }
}
