package org.tatracker.indicator.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.country.boundary.Countries;
import org.tatracker.indicator.control.Formulas;
import org.tatracker.indicator.control.Indicator;
import org.tatracker.project.boundary.Projects;
import org.tatracker.project.control.ProjectQuery;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.NeedLink;
import org.tatracker.project.entity.Partner;
import org.tatracker.project.entity.Project;
import org.tatracker.project.entity.SscRole;
import org.tatracker.security.boundary.CurrentUser;
import org.tatracker.security.boundary.Refusals;
import org.tatracker.security.control.Actor;

/**
 * The portfolio's indicators, aggregated in the database over the projects the project list's filters select (issue #6,
 * first part): needs-based assistance and South-South and triangular cooperation. Each figure is defined once, in
 * {@link Formulas}; the queries here count and sum what those formulas count and sum, so that a brute-force pass of the
 * formulas over the same records gives the same figures (IndicatorsIT checks it).
 */
@Stateless
public class Indicators {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @EJB
    Projects projects;

    @EJB
    Countries countries;

    /** The indicators, how many projects they were computed over, and the Global South classification used. */
    public record Report(long projects, String classification, List<Indicator> indicators) {
    }

    public Report portfolio(ProjectQuery q) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Object[]> byModality = cb.createQuery(Object[].class);
        Root<Project> p = byModality.from(Project.class);
        byModality.multiselect(p.get("modality"), cb.count(p), cb.sum(p.<BigDecimal>get("committedUsd")))
                .where(projects.filters(q, cb, byModality, p)).groupBy(p.get("modality"));
        long total = 0;
        BigDecimal value = BigDecimal.ZERO;
        Map<Modality, Long> counts = new EnumMap<>(Modality.class);
        Map<Modality, BigDecimal> values = new EnumMap<>(Modality.class);
        for (Object[] row : em.createQuery(byModality).getResultList()) {
            long n = ((Number) row[1]).longValue();
            BigDecimal v = row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2];
            total += n;
            value = value.add(v);
            if (row[0] != null) {
                counts.put((Modality) row[0], n);
                values.put((Modality) row[0], v);
            }
        }

        CriteriaQuery<Long> linked = cb.createQuery(Long.class);
        Root<Project> pl = linked.from(Project.class);
        Subquery<Long> link = linked.subquery(Long.class);
        Root<NeedLink> l = link.from(NeedLink.class);
        link.select(l.get("id")).where(cb.equal(l.get("project"), pl),
                cb.equal(l.get("need").get("assessment").get("status"), AssessmentStatus.VALIDATED));
        linked.select(cb.count(pl)).where(and(projects.filters(q, cb, linked, pl), cb.exists(link)));
        long needsBased = em.createQuery(linked).getSingleResult();

        CriteriaQuery<Long> toc = cb.createQuery(Long.class);
        Root<Project> pt = toc.from(Project.class);
        toc.select(cb.count(pt)).where(and(projects.filters(q, cb, toc, pt), cb.isNotNull(pt.get("theoryOfChange").get("problem")),
                cb.isNotNull(pt.get("theoryOfChange").get("outcomes"))));
        long withToc = em.createQuery(toc).getSingleResult();

        CriteriaQuery<String> providers = cb.createQuery(String.class);
        Root<Partner> pa = providers.from(Partner.class);
        Root<Project> pp = providers.from(Project.class);
        providers.select(pa.get("country").get("iso3")).distinct(true).where(and(projects.filters(q, cb, providers, pp),
                cb.equal(pa.get("project"), pp), pa.get("sscRole").in(SscRole.PROVIDER, SscRole.FIRST_PROVIDER)));
        Set<String> providerCountries = new HashSet<>(em.createQuery(providers).getResultList());
        int southern = countries.southern(providerCountries).size();

        List<Indicator> indicators = new ArrayList<>();
        indicators.add(Indicator.share(Formulas.NEEDS_BASED, needsBased, total));
        indicators.add(Indicator.share(Formulas.THEORY_OF_CHANGE, withToc, total));
        for (Modality m : Modality.values()) {
            indicators.add(Indicator.share(Formulas.MODALITY_SHARE + m.name(), counts.getOrDefault(m, 0L), total));
            indicators.add(Indicator.share(Formulas.MODALITY_VALUE_SHARE + m.name(), values.getOrDefault(m, BigDecimal.ZERO), value));
        }
        indicators.add(Indicator.count(Formulas.SOUTHERN_PROVIDERS, southern));
        return new Report(total, countries.globalSouthScheme().name(), indicators);
    }

    private static Predicate[] and(Predicate[] filters, Predicate... more) {
        List<Predicate> all = new ArrayList<>(List.of(filters));
        all.addAll(List.of(more));
        return all.toArray(Predicate[]::new);
    }
}
