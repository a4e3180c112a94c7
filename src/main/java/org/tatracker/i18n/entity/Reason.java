package org.tatracker.i18n.entity;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence for the user that the domain writes before anyone knows the reader's language: a key
 * of the bundle {@code org/tatracker/i18n/reasons*.properties} and its {@link MessageFormat}
 * arguments. Arguments are kept as text as the code wrote them (identifiers, codes, dates,
 * numbers without grouping), except a nested {@code Reason}, which is rendered in the same
 * language. A key the bundle does not know is shown as it is: callers that already hold a
 * translated text (a page's own bundle) pass it through unchanged.
 */
public final class Reason implements Serializable {

    public static final String BUNDLE = "org.tatracker.i18n.reasons";

    private static final long serialVersionUID = 1L;

    // No fallback to the JVM's default locale: a missing translation reads as English, whatever the server's locale.
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;
    private final Serializable[] arguments;

    private Reason(String key, Serializable[] arguments) {
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = arguments;
    }

    public static Reason of(String key, Object... arguments) {
        Object[] given = arguments == null ? new Object[0] : arguments;
        Serializable[] kept = new Serializable[given.length];
        for (int i = 0; i < given.length; i++) {
            kept[i] = given[i] instanceof Reason nested ? nested : String.valueOf(given[i]);
        }
        return new Reason(key, kept);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return List.of((Object[]) arguments);
    }

    /** The text in English, for logs, exception messages and callers that ask for no language. */
    public String english() {
        return text(Locale.ENGLISH);
    }

    /** The text in the language of {@code locale}: one of the six, else English. */
    public String text(Locale locale) {
        Locale language = Language.of(locale).locale();
        ResourceBundle bundle = bundle(language);
        if (bundle == null || !bundle.containsKey(key)) {
            // a label of the interface's bundle (a status, an action) nested in a reason; else a text given as it is
            ResourceBundle labels = bundle("org.tatracker.i18n.messages", language);
            return labels != null && labels.containsKey(key) ? labels.getString(key) : key;
        }
        Object[] rendered = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            rendered[i] = arguments[i] instanceof Reason nested ? nested.text(language) : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), language).format(rendered);
    }

    /** Whether the reasons bundle has {@code key} (in English, and so in every language: a test sees to that). */
    public static boolean known(String key) {
        ResourceBundle bundle = bundle(Locale.ENGLISH);
        return bundle != null && bundle.containsKey(key);
    }

    private static ResourceBundle bundle(Locale language) {
        return bundle(BUNDLE, language);
    }

    private static ResourceBundle bundle(String name, Locale language) {
        try {
            // English is the base file (reasons.properties); the other five have their suffix.
            return ResourceBundle.getBundle(name, Language.EN.locale().equals(language) ? Locale.ROOT : language,
                    Reason.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reason r && key.equals(r.key) && Arrays.equals(arguments, r.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return english();
    }
}
