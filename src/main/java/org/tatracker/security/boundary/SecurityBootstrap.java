package org.tatracker.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tatracker.country.entity.Country;
import org.tatracker.security.control.Tokens;
import org.tatracker.security.entity.Organisation;
import org.tatracker.security.entity.OrganisationKind;
import org.tatracker.security.entity.Role;

/**
 * First start: when no administrator exists, creates {@code admin} with the password of
 * {@code TATRACKER_ADMIN_PASSWORD}, or a random one written once to the log. In demo mode
 * ({@code TATRACKER_DEMO=true}) also creates one account of each kind, with the password
 * {@value #DEMO_PASSWORD} (see the README).
 */
@Singleton
@Startup
@DependsOn("ReferenceData")
public class SecurityBootstrap {

    public static final String DEMO_PASSWORD = "demo-password";
    private static final Logger LOG = Logger.getLogger(SecurityBootstrap.class.getName());

    @EJB
    Accounts accounts;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tatracker.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "tatracker.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void atStartup() {
        if (!accounts.anyAdministrator()) {
            Organisation administration = organisation("TA Tracker administration", OrganisationKind.ADMINISTRATION, null);
            String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
            boolean generated = password == null;
            if (generated) {
                password = Tokens.newPassword();
            }
            accounts.provisionAtStartup("admin", "Administrator", "admin@tatracker.invalid", Role.ADMIN, administration, List.of(), password);
            if (generated) {
                String shown = password;
                LOG.warning(() -> "First start: created the administrator 'admin' with the password " + shown
                        + " (shown once; set TATRACKER_ADMIN_PASSWORD to choose it)");
            } else {
                LOG.info("First start: created the administrator 'admin' with the password of TATRACKER_ADMIN_PASSWORD");
            }
        }
        if (demo) {
            demoAccounts();
        }
    }

    private void demoAccounts() {
        Organisation kenyaOffice = organisation("UNODC Regional Office for Eastern Africa", OrganisationKind.FIELD_OFFICE, country("KEN"));
        Organisation peruOffice = organisation("UNODC Country Office in Peru", OrganisationKind.FIELD_OFFICE, country("PER"));
        Organisation donorA = organisation("Donor A (demo)", OrganisationKind.DONOR, country("NOR"));
        Organisation donorB = organisation("Donor B (demo)", OrganisationKind.DONOR, country("BRA"));
        Organisation kenya = organisation("Government of Kenya", OrganisationKind.GOVERNMENT, country("KEN"));
        Organisation mozambiqueOffice = organisation("UNODC Programme Office in Mozambique", OrganisationKind.FIELD_OFFICE, country("MOZ"));
        Organisation mozambique = organisation("Government of Mozambique", OrganisationKind.GOVERNMENT, country("MOZ"));
        demoAccount("fo-kenya", "Field office Kenya (demo)", Role.FIELD_OFFICE, kenyaOffice, List.of(country("KEN"), country("UGA"), country("TZA")));
        demoAccount("fo-peru", "Field office Peru (demo)", Role.FIELD_OFFICE, peruOffice, List.of(country("PER")));
        demoAccount("donor-a", "Donor A officer (demo)", Role.DONOR, donorA, List.of());
        demoAccount("donor-b", "Donor B officer (demo)", Role.DONOR, donorB, List.of());
        demoAccount("gov-kenya", "Government of Kenya focal point (demo)", Role.GOVERNMENT, kenya, List.of(country("KEN")));
        demoAccount("fo-mozambique", "Field office Mozambique (demo)", Role.FIELD_OFFICE, mozambiqueOffice, List.of(country("MOZ")));
        demoAccount("gov-mozambique", "Government of Mozambique focal point (demo)", Role.GOVERNMENT, mozambique, List.of(country("MOZ")));
    }

    private void demoAccount(String username, String name, Role role, Organisation organisation, List<Country> countries) {
        if (accounts.byUsername(username).isEmpty()) {
            accounts.provisionAtStartup(username, name, username + "@demo.tatracker.invalid", role, organisation, countries, DEMO_PASSWORD);
            LOG.info(() -> "Demo mode: created the account " + username);
        }
    }

    private Organisation organisation(String name, OrganisationKind kind, Country country) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.name = :n", Organisation.class).setParameter("n", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Organisation o = new Organisation(name, kind, country);
                    em.persist(o);
                    return o;
                });
    }

    private Country country(String iso3) {
        return em.createQuery("SELECT c FROM Country c WHERE c.iso3 = :c", Country.class).setParameter("c", iso3).getSingleResult();
    }
}
