package org.tatracker.platform.control;

import java.util.Locale;

/**
 * Turns what a person types into a search box into a LIKE pattern that finds it anywhere.
 * <p>
 * Why no ESCAPE clause: with ESCAPE (or with a parameter inside a function such as LOCATE),
 * EclipseLink's Derby platform inlines every parameter of the statement and writes booleans as
 * 1/0, which Derby refuses. So the wildcards a person might type are not escaped but made harmless:
 * {@code %} and {@code _} each match exactly one character (themselves among others), so a search
 * never matches less than the literal text, only, rarely, a little more.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String pattern(String text, Locale locale) {
        String lower = text.strip().toLowerCase(locale).replace('%', '_');
        return "%" + lower + "%";
    }
}
