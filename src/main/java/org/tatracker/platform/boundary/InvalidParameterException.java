package org.tatracker.platform.boundary;

import java.util.List;

/** A request parameter or field that cannot be accepted; mapped to 400 naming every field. */
public class InvalidParameterException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidParameterException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public InvalidParameterException(List<Problem.FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
