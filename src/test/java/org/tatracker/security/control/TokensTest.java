package org.tatracker.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void tokensAreRandomAndStoredAsTheirDigest() {
        String a = Tokens.newToken();
        String b = Tokens.newToken();
        assertNotEquals(a, b);
        assertTrue(a.startsWith("tat_") && a.length() == 47, a);
        assertEquals(64, Tokens.hash(a).length());
        assertEquals(Tokens.hash(a), Tokens.hash(a));
        assertEquals(12, Tokens.displayPrefix(a).length());
    }

    @Test
    void passwordsAreLongEnoughAndNotTheUsername() {
        assertEquals(Optional.of("password.tooShort"), PasswordRule.refusal("ana", "short"));
        assertEquals(Optional.of("password.isUsername"), PasswordRule.refusal("ana.maria.lopez", "Ana.Maria.Lopez"));
        assertEquals(Optional.empty(), PasswordRule.refusal("ana", "a long enough passphrase"));
        assertEquals(Optional.of("password.tooLong"), PasswordRule.refusal("ana", "x".repeat(129)));
    }
}
