package org.tatracker.security.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.tatracker.audit.boundary.AuditTrail;
import org.tatracker.audit.control.Changes;
import org.tatracker.audit.entity.AuditAction;
import org.tatracker.country.entity.Country;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.security.control.AccessPolicy;
import org.tatracker.security.control.Actor;
import org.tatracker.security.entity.Organisation;
import org.tatracker.security.entity.OrganisationKind;

/** Organisations whose people hold accounts: read by anyone signed in, managed by administrators. */
@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    public List<OrganisationView> all() {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        return em.createQuery("SELECT o FROM Organisation o LEFT JOIN FETCH o.country ORDER BY o.name", Organisation.class)
                .getResultList().stream().map(Organisations::view).toList();
    }

    public OrganisationView create(String name, OrganisationKind kind, String countryIso3) {
        Actor actor = currentUser.actor();
        Refusals.require(AccessPolicy.administers(actor), actor);
        if (kind == null) {
            throw new InvalidValueException("kind", "required");
        }
        Country country = null;
        if (countryIso3 != null && !countryIso3.isBlank()) {
            country = em.createQuery("SELECT c FROM Country c WHERE c.iso3 = :c", Country.class).setParameter("c", countryIso3)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidValueException("countryIso3", "unknownCountryCode", countryIso3));
        }
        if (name != null && !em.createQuery("SELECT o FROM Organisation o WHERE o.name = :n", Organisation.class)
                .setParameter("n", name.strip()).getResultList().isEmpty()) {
            throw new InvalidValueException("name", "isTaken");
        }
        Organisation organisation = new Organisation(name, kind, country);
        em.persist(organisation);
        em.flush();
        audit.record(actor.username(), AuditAction.CREATE, "Organisation", organisation.id(), "Organisation " + organisation.name() + " created",
                Changes.between(Map.of(), Map.of("name", organisation.name(), "kind", kind, "country", String.valueOf(countryIso3))));
        return view(organisation);
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(o.id(), o.name(), o.kind().name(), o.country() == null ? null : o.country().iso3());
    }
}
