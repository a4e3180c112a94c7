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
}
