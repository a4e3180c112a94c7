package org.tatracker.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.tatracker.security.control.Actor;

/** The actor of the current request, read once from the signed-in principal. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            Principal principal = securityContext.getCallerPrincipal();
            actor = principal == null ? Actor.ANONYMOUS : accounts.actorFor(principal.getName()).orElse(Actor.ANONYMOUS);
        }
        return actor;
    }
}
