package org.tatracker.platform.entity;

/** An entity or facade refused a value (and rolls the transaction back): names the field, so that pages and the API can point at it. */
@jakarta.ejb.ApplicationException(rollback = true)
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field name. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
