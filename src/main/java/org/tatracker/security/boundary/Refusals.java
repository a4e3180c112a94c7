package org.tatracker.security.boundary;

import org.tatracker.security.control.Actor;

/** Turns a "no" of the policy into the refusal that fits the actor. */
public final class Refusals {

    private Refusals() {
    }

    public static void require(boolean allowed, Actor actor) {
        if (!allowed) {
            throw new AccessDeniedException(actor.authenticated());
        }
    }
}
