package org.tatracker.security.control;

import java.util.Set;
import org.tatracker.security.entity.Role;

/**
 * Who is asking, as the authorization policy sees it: role, organisation and the ISO alpha-3
 * codes of the countries the account covers. {@link #ANONYMOUS} is nobody signed in.
 */
public record Actor(Long accountId, String username, Role role, Long organisationId, Set<String> countries) {

    public static final Actor ANONYMOUS = new Actor(null, "anonymous", null, null, Set.of());

    public Actor {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
    }

    public boolean authenticated() {
        return role != null;
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean covers(String iso3) {
        return iso3 != null && countries.contains(iso3);
    }
}
