package org.tatracker.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void keepsOnlyTheFieldsThatDiffer() {
        Map<String, Object> before = new HashMap<>(Map.of("name", "Kenya office", "countries", List.of("UGA", "KEN"), "enabled", true));
        Map<String, Object> after = new HashMap<>(Map.of("name", "Kenya office", "countries", List.of("KEN", "UGA", "TZA"), "enabled", true));
        after.put("email", "a@example.org");
        var changes = Changes.between(before, after);
        assertEquals(2, changes.size());
        assertEquals(new Changes.Change("[KEN, UGA]", "[KEN, TZA, UGA]"), changes.get("countries"));
        assertEquals(new Changes.Change(null, "a@example.org"), changes.get("email"));
        assertEquals("{\"countries\":{\"before\":\"[KEN, UGA]\",\"after\":\"[KEN, TZA, UGA]\"},"
                + "\"email\":{\"before\":null,\"after\":\"a@example.org\"}}", Changes.json(changes));
        assertNull(Changes.json(Map.of()));
    }
}
