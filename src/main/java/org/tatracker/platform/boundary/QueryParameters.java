package org.tatracker.platform.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads query parameters strictly, collecting every refusal so that one 400 names all of them.
 * (JAX-RS itself answers 404 to a parameter it cannot convert, which would mislead a client.)
 */
public final class QueryParameters {

    private final List<InvalidParameterException.Refusal> errors = new ArrayList<>();

    public Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> refuse(name, null, "trueOrFalse");
        };
    }

    public int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                return refuse(name, defaultValue, "betweenNumbers", min, max);
            }
            return n;
        } catch (NumberFormatException e) {
            return refuse(name, defaultValue, "wholeNumber");
        }
    }

    /** @param rule a key of the reasons bundle that says what the parameter must be */
    public String matching(String name, String value, String regex, String rule, Object... arguments) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().matches(regex) ? value.strip() : refuse(name, null, rule, arguments);
    }

    public <E extends Enum<E>> E choice(String name, String value, Class<E> type, E defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        String wanted = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().replace("_", "").equals(wanted.replace("_", ""))) {
                return e;
            }
        }
        return refuse(name, defaultValue, "oneOf", Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /** @param rule a key of the reasons bundle that says what the parameter must be */
    public <T> T parsed(String name, String value, Function<String, java.util.Optional<T>> parser, String rule, Object... arguments) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parser.apply(value.strip()).orElseGet(() -> refuse(name, null, rule, arguments));
    }

    /** A UN language by tag; English when absent. */
    public org.tatracker.i18n.entity.Language language(String name, String value) {
        var language = parsed(name, value, org.tatracker.i18n.entity.Language::of, "languageTag");
        return language == null ? org.tatracker.i18n.entity.Language.EN : language;
    }

    private <T> T refuse(String name, T fallback, String key, Object... arguments) {
        errors.add(new InvalidParameterException.Refusal(name, org.tatracker.i18n.entity.Reason.of(key, arguments)));
        return fallback;
    }

    /** Throws the collected refusals, if any, as one 400. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
    }
}
