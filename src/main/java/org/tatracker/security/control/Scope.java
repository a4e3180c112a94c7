package org.tatracker.security.control;

import java.util.Set;

/**
 * What the policy needs to know of a record to decide: the country it concerns, the organisation
 * that owns it (the office that made an assessment, for instance), the organisations that take part
 * in it (a project's donors), and whether it is published (a validated assessment with consent, a
 * project).
 */
public record Scope(String countryIso3, Long ownerOrganisationId, Set<Long> participantOrganisationIds, boolean published) {

    public Scope {
        participantOrganisationIds = participantOrganisationIds == null ? Set.of() : Set.copyOf(participantOrganisationIds);
    }

    public static Scope ofCountry(String iso3, Long owner, boolean published) {
        return new Scope(iso3, owner, Set.of(), published);
    }
}
