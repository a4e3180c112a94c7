package org.tatracker.i18n.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The messages of our own Bean Validation constraints exist in the six languages, with the same keys. */
class ValidationMessagesTest {

    static Properties bundle(String suffix) {
        return org.tatracker.testing.Bundles.load("/ValidationMessages" + suffix + ".properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void hasTheKeysOfEnglish(String language) throws IOException {
        Properties english = bundle("");
        Properties other = bundle("_" + language);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()));
        other.stringPropertyNames().forEach(k -> assertFalse(other.getProperty(k).isBlank(), k));
        assertFalse(english.isEmpty());
    }
}
