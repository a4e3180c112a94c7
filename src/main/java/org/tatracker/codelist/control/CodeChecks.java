package org.tatracker.codelist.control;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.tatracker.platform.entity.InvalidValueException;

/**
 * The checks of codes a client gave, shared by the facades. They throw in the caller's own bean:
 * a refusal thrown across another bean's boundary would mark the transaction for rollback, and
 * the needs import must go on checking every row after a bad one.
 *
 * @see org.tatracker.codelist.boundary.CodeLists#unknown
 */
public final class CodeChecks {

    private CodeChecks() {
    }

    /** Refuses (field and codes named) any of {@code codes} the list does not have or withdrew. */
    public static void requireKnown(BiFunction<String, Collection<String>, Set<String>> unknown, String list, Collection<String> codes,
            String field) {
        Set<String> missing = unknown.apply(list, codes);
        if (!missing.isEmpty()) {
            throw new InvalidValueException(field, "unknownCodes", missing, list);
        }
    }

    /** Codes a client gave for a list: stripped, each once, all known; empty when none were given. */
    public static Set<String> checked(BiFunction<String, Collection<String>, Set<String>> unknown, String list, List<String> codes,
            String field) {
        Set<String> cleaned = new LinkedHashSet<>();
        if (codes == null) {
            return cleaned;
        }
        for (String c : codes) {
            if (c == null || c.isBlank()) {
                throw new InvalidValueException(field, "emptyCode");
            }
            cleaned.add(c.strip());
        }
        requireKnown(unknown, list, cleaned, field);
        return cleaned;
    }
}
