package org.tatracker.security.boundary;

/** An organisation as pages and the API show it. */
public record OrganisationView(long id, String name, String kind, String countryIso3) {
}
