package org.tatracker.platform.boundary;

import jakarta.ws.rs.NotFoundException;
import org.tatracker.i18n.entity.Reason;

/** A 404 that says what is missing ({@code new ResourceNotFoundException("noProject", id)}); English as its message. */
public class ResourceNotFoundException extends NotFoundException implements ExplainedException {

    private static final long serialVersionUID = 1L;

    private final Reason why;

    public ResourceNotFoundException(String key, Object... arguments) {
        this(Reason.of(key, arguments));
    }

    private ResourceNotFoundException(Reason why) {
        super(why.english());
        this.why = why;
    }

    @Override
    public Reason why() {
        return why;
    }
}
