package org.tatracker.platform.entity;

import java.util.Locale;
import org.tatracker.i18n.entity.Reason;

/**
 * An entity or facade refused a value (and rolls the transaction back): names the field, so that
 * pages and the API can point at it. The reason is a key of the reasons bundle with its arguments
 * ({@code new InvalidValueException("title", "maxLength", 300)}), so that each reader gets it in
 * their language; {@link #getMessage()} and {@link #reason()} stay English for logs and callers
 * that ask for no language.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final Reason why;

    /**
     * @param key a key of {@code org/tatracker/i18n/reasons.properties}; a text that is no key
     *        (one a page already translated) is shown as it is
     * @param arguments the key's {@code {0}}, {@code {1}}... as text, or nested {@link Reason}s
     */
    public InvalidValueException(String field, String key, Object... arguments) {
        this(field, Reason.of(key, arguments));
    }

    public InvalidValueException(String field, Reason why) {
        super(field + ": " + why.english());
        this.field = field;
        this.why = why;
    }

    public String field() {
        return field;
    }

    /** The reason in English, without the field name. */
    public String reason() {
        return why.english();
    }

    /** The reason in the language of {@code locale} (one of the six, else English), without the field name. */
    public String reason(Locale locale) {
        return why.text(locale);
    }

    /** The reason as a key and arguments, to pass on to another message or render later. */
    public Reason why() {
        return why;
    }
}
