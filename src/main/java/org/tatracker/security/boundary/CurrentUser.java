package org.tatracker.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.tatracker.security.control.Actor;

/**
 * The actor of the current request: the one the authentication mechanism read from the account for this very request
 * ({@link TrackerAuthentication}), or else read once from the signed-in principal.
 */
@RequestScoped
public class CurrentUser {

    /** The request attribute under which the authentication mechanism leaves the actor it read. */
    static final String REQUEST_ACTOR = "org.tatracker.security.actor";

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            Principal principal = securityContext.getCallerPrincipal();
            Actor read = principal == null ? null : readForThisRequest();
            actor = principal == null ? Actor.ANONYMOUS
                    : read != null && read.username().equals(principal.getName()) ? read
                    : accounts.actorFor(principal.getName()).orElse(Actor.ANONYMOUS);
        }
        return actor;
    }

    /** The actor the mechanism left in this request, if any (none when there is no HTTP request, e.g. a timer). */
    private Actor readForThisRequest() {
        try {
            return request.getAttribute(REQUEST_ACTOR) instanceof Actor a ? a : null;
        } catch (IllegalStateException | jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return null;
        }
    }
}
