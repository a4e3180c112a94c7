package org.tatracker.i18n.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has exactly the keys of the English bundle, each with a non-empty text. */
class MessagesTest {

    static Properties bundle(String suffix) {
        return org.tatracker.testing.Bundles.load("/org/tatracker/i18n/messages" + suffix + ".properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void hasTheSameKeysAsEnglish(String language) throws IOException {
        Properties english = bundle("");
        Properties other = bundle("_" + language);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()));
        for (String key : other.stringPropertyNames()) {
            assertFalse(other.getProperty(key).isBlank(), key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "ru"})
    void isWrittenInItsOwnScript(String language) throws IOException {
        Properties other = bundle("_" + language);
        Character.UnicodeScript expected = switch (language) {
            case "ar" -> Character.UnicodeScript.ARABIC;
            case "zh" -> Character.UnicodeScript.HAN;
            default -> Character.UnicodeScript.CYRILLIC;
        };
        String heading = other.getProperty("countries.heading");
        assertTrue(heading.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == expected), heading);
    }

    /** English readers get English on a server whose default language is another one (no fallback to the default locale). */
    @org.junit.jupiter.api.Test
    void englishIsEnglishWhateverTheServersLanguage() throws IOException {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.FRENCH);
            java.util.ResourceBundle.clearCache();
            for (String base : java.util.List.of("org.tatracker.i18n.messages", "org.tatracker.i18n.reasons", "ValidationMessages")) {
                java.util.ResourceBundle english = java.util.ResourceBundle.getBundle(base, java.util.Locale.ENGLISH);
                java.util.ResourceBundle french = java.util.ResourceBundle.getBundle(base, java.util.Locale.FRENCH);
                Properties base0 = org.tatracker.testing.Bundles.load("/" + base.replace('.', '/') + ".properties");
                String key = base0.stringPropertyNames().stream().filter(k -> !base0.getProperty(k).equals(french.getString(k))).sorted()
                        .findFirst().orElseThrow();
                assertEquals(base0.getProperty(key), english.getString(key), base + " " + key);
            }
        } finally {
            java.util.Locale.setDefault(before);
            java.util.ResourceBundle.clearCache();
        }
    }
}
