package org.tatracker.i18n.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reasons bundle (why a value, a step or a file is refused) says the same in the six
 * languages: the same keys, each with a text, the same {@code {n}}, in the language's own script,
 * and every text a pattern {@link MessageFormat} reads as meant.
 */
class ReasonsBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** A lone ASCII apostrophe: MessageFormat would swallow it and quote what follows. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Properties bundle(String suffix) {
        return org.tatracker.testing.Bundles.load("/org/tatracker/i18n/reasons" + suffix + ".properties");
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void hasTheKeysAndPlaceholdersOfEnglish(String language) throws IOException {
        Properties english = bundle("");
        Properties other = bundle("_" + language);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String text = other.getProperty(key);
            assertFalse(text.isBlank(), key);
            assertEquals(placeholders(english.getProperty(key)), placeholders(text), language + " " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ar", "_zh", "_fr", "_ru", "_es"})
    void everyTextIsAPatternWithoutLoneApostrophes(String suffix) throws IOException {
        Properties texts = bundle(suffix);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertFalse(LONE_APOSTROPHE.matcher(text).find(), "write '' for an apostrophe: " + suffix + " " + key);
            try {
                new MessageFormat(text, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                fail(suffix + " " + key + ": " + e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "ru"})
    void isWrittenInItsOwnScript(String language) throws IOException {
        Character.UnicodeScript expected = switch (language) {
            case "ar" -> Character.UnicodeScript.ARABIC;
            case "zh" -> Character.UnicodeScript.HAN;
            default -> Character.UnicodeScript.CYRILLIC;
        };
        Properties other = bundle("_" + language);
        for (String key : other.stringPropertyNames()) {
            String text = other.getProperty(key);
            // A text of placeholders and punctuation only ("{0}: {1}") has no script to check.
            if (PLACEHOLDER.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetter)) {
                assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == expected), language + " " + key + ": " + text);
            }
        }
    }
}
