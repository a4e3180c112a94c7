package org.tatracker.platform.boundary;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import org.tatracker.i18n.entity.Reason;

/** A 409 for a request that clashes with the state of the server; English as its message. */
public class RequestConflictException extends ClientErrorException implements ExplainedException {

    private static final long serialVersionUID = 1L;

    private final Reason why;

    public RequestConflictException(String key, Object... arguments) {
        this(Reason.of(key, arguments));
    }

    private RequestConflictException(Reason why) {
        super(why.english(), Response.Status.CONFLICT);
        this.why = why;
    }

    @Override
    public Reason why() {
        return why;
    }
}
