package org.tatracker.assessment.entity;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import org.tatracker.i18n.entity.Reason;

/**
 * A step the workflow does not allow from the current status (or an edit of a non-draft): 409.
 * The message is a key of the reasons bundle with its arguments; {@link #getMessage()} is English.
 */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Reason why;

    public IllegalTransitionException(String key, Object... arguments) {
        this(Reason.of(key, arguments));
    }

    private IllegalTransitionException(Reason why) {
        super(why.english());
        this.why = why;
    }

    /** The message in the language of {@code locale} (one of the six, else English). */
    public String getMessage(Locale locale) {
        return why.text(locale);
    }

    public Reason why() {
        return why;
    }
}
