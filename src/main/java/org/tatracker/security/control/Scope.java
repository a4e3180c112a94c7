package org.tatracker.security.control;

import java.util.Set;

/**
 * What the policy needs to know of a record to decide: the countries it concerns (one for an
 * assessment, the recipient countries of a project), the organisation that owns it (the office that
 * made an assessment, the organisation that recorded a project), the organisations that take part
 * in it (a project's partners with accounts), and whether it is published (a validated assessment
 * with consent, a project).
 */
public record Scope(Set<String> countries, Long ownerOrganisationId, Set<Long> participantOrganisationIds, boolean published) {

    public Scope {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        participantOrganisationIds = participantOrganisationIds == null ? Set.of() : Set.copyOf(participantOrganisationIds);
    }

    public Scope(String countryIso3, Long ownerOrganisationId, Set<Long> participantOrganisationIds, boolean published) {
        this(countryIso3 == null ? Set.of() : Set.of(countryIso3), ownerOrganisationId, participantOrganisationIds, published);
    }

    public static Scope ofCountry(String iso3, Long owner, boolean published) {
        return new Scope(iso3, owner, Set.of(), published);
    }
}
