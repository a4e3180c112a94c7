package org.tatracker.platform.entity;

import java.util.Arrays;
import java.util.Locale;

/** Reads the enum names clients write ("first_provider", "First-Provider"), refusing others with the field and the choices. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException(field, "oneOf", Arrays.stream(type.getEnumConstants())
                    .map(x -> x.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
