package org.tatracker.platform.boundary;

import java.util.List;
import java.util.Locale;
import org.tatracker.i18n.entity.Reason;

/**
 * A request parameter or field that cannot be accepted; mapped to 400 naming every field. Each
 * refusal is a key of the reasons bundle with its arguments, rendered in the request's language.
 */
public class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field or parameter and why it was refused. */
    public record Refusal(String field, Reason why) {
    }

    private final transient List<Refusal> refusals;

    public InvalidParameterException(String field, String key, Object... arguments) {
        this(List.of(new Refusal(field, Reason.of(key, arguments))));
    }

    public InvalidParameterException(List<Refusal> refusals) {
        super(english(refusals).toString());
        this.refusals = List.copyOf(refusals);
    }

    private static List<Problem.FieldError> english(List<Refusal> refusals) {
        return refusals.stream().map(r -> new Problem.FieldError(r.field(), r.why().english())).toList();
    }

    /** The refusals in English. */
    public List<Problem.FieldError> errors() {
        return english(refusals);
    }

    /** The refusals in the language of {@code locale} (one of the six, else English). */
    public List<Problem.FieldError> errors(Locale locale) {
        return refusals.stream().map(r -> new Problem.FieldError(r.field(), r.why().text(locale))).toList();
    }
}
