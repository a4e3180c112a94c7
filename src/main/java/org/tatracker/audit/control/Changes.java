package org.tatracker.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The fields that differ between two snapshots of a record, as the audit trail stores them. */
public final class Changes {

    private Changes() {
    }

    /** One field's value before and after; either may be {@code null}. */
    public record Change(String before, String after) {
    }

    public static Map<String, Change> between(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String b = text(before.get(field));
            String a = text(after.get(field));
            if (!Objects.equals(a, b)) {
                changes.put(field, new Change(b, a));
            }
        }
        return changes;
    }

    /** JSON text: {"field": {"before": "...", "after": "..."}}; {@code null} when there are none. */
    public static String json(Map<String, Change> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        JsonObjectBuilder root = Json.createObjectBuilder();
        changes.forEach((field, change) -> {
            JsonObjectBuilder entry = Json.createObjectBuilder();
            if (change.before() == null) {
                entry.addNull("before");
            } else {
                entry.add("before", change.before());
            }
            if (change.after() == null) {
                entry.addNull("after");
            } else {
                entry.add("after", change.after());
            }
            root.add(field, entry);
        });
        return root.build().toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).sorted().toList().toString();
        }
        return String.valueOf(value);
    }
}
