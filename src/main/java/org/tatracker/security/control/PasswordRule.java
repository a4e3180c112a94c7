package org.tatracker.security.control;

import java.util.Optional;

/** A password is 12 to 128 characters and not the username. */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRule() {
    }

    /** Why the password is refused, as a message-bundle key, or empty when it is acceptable. */
    public static Optional<String> refusal(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("password.isUsername");
        }
        return Optional.empty();
    }
}
