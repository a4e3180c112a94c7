package org.tatracker.indicator.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tatracker.assessment.entity.Assessment;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.assessment.entity.Need;
import org.tatracker.assessment.entity.NeedStatus;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.country.boundary.Countries;
import org.tatracker.country.entity.Country;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.entity.Language;
import org.tatracker.indicator.control.Dashboard;
import org.tatracker.indicator.control.DashboardTables;
import org.tatracker.indicator.control.Formulas;
import org.tatracker.indicator.control.Indicator;
import org.tatracker.platform.entity.Money;
import org.tatracker.project.boundary.Projects;
import org.tatracker.project.control.ProjectQuery;
import org.tatracker.project.entity.Component;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.NeedLink;
import org.tatracker.project.entity.Partner;
import org.tatracker.project.entity.Project;
import org.tatracker.project.entity.ProjectCountryRow;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.ProjectYearRow;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingEvent;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;
import org.tatracker.project.entity.UsdValue;
import org.tatracker.security.boundary.CurrentUser;
import org.tatracker.security.boundary.Refusals;
import org.tatracker.security.control.Actor;

/**
 * The portfolio's indicators and dashboards, aggregated in the database over the projects the project
 * list's filters select (issue #6). Each figure is defined once, in {@link Formulas}; the queries here
 * count and sum what those formulas count and sum, so that a brute-force pass of the formulas over the
 * same records gives the same figures (IndicatorsIT and DashboardIT check it). Needs are those of
 * shared or validated, current assessments of the filtered country or region; see the package
 * documentation for the other choices.
 */
@Stateless
public class Indicators {

    /** The project statuses whose projects answer needs (the need status rule). */
    static final List<ProjectStatus> ANSWERING = List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION, ProjectStatus.CLOSED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @EJB
    Projects projects;

    @EJB
    Countries countries;

    /** The indicators, how many projects they were computed over, and the Global South classification used, with its date. */
    public record Report(long projects, String classification, LocalDate classifiedOn, List<Indicator> indicators) {
    }

    public Report portfolio(ProjectQuery q) {
        Dashboard d = dashboard(q, Language.EN);
        return new Report(d.projects(), d.classification(), d.classifiedOn(), d.indicators());
    }

    public Dashboard dashboard(ProjectQuery q, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        List<Indicator> indicators = new ArrayList<>();

        // 1. One pass over the selected projects, grouped by what the indicators tell apart (a few hundred groups at most).
        CriteriaQuery<Object[]> main = cb.createQuery(Object[].class);
        Root<Project> p = main.from(Project.class);
        List<Expression<?>> keys = List.of(p.get("modality"), p.get("signalsApplicable"), p.get("signalsMet"), p.get("hasTheoryOfChange"),
                p.get("hasTechnical"), p.get("hasMaterial"), p.get("hasTraining"), p.get("materialWithCapacity"), p.get("linkedToValidated"));
        List<jakarta.persistence.criteria.Selection<?>> select = new ArrayList<>(keys);
        select.add(cb.count(p));
        select.add(cb.sum(p.<BigDecimal>get("committedUsd")));
        select.add(cb.sum(p.<BigDecimal>get("disbursedUsd")));
        main.multiselect(select).where(projects.filters(q, cb, main, p)).groupBy(keys);
        long total = 0;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        long toc = 0;
        long[] kinds = new long[3];
        BigDecimal[] kindUsd = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        long withCapacity = 0;
        long needsBased = 0;
        BigDecimal indexSum = BigDecimal.ZERO;
        Map<Modality, long[]> modalityCounts = new HashMap<>();
        Map<Modality, BigDecimal> modalityUsd = new HashMap<>();
        for (Object[] row : em.createQuery(main).getResultList()) {
            Modality m = (Modality) row[0];
            int applicable = ((Number) row[1]).intValue();
            int met = ((Number) row[2]).intValue();
            long n = along(row[9]);
            BigDecimal usd = decimal(row[10]);
            total += n;
            committed = committed.add(usd);
            disbursed = disbursed.add(decimal(row[11]));
            needsBased += Boolean.TRUE.equals(row[8]) ? n : 0;
            toc += Boolean.TRUE.equals(row[3]) ? n : 0;
            for (int k = 0; k < 3; k++) {
                if (Boolean.TRUE.equals(row[4 + k])) {
                    kinds[k] += n;
                    kindUsd[k] = kindUsd[k].add(usd);
                }
            }
            withCapacity += Boolean.TRUE.equals(row[7]) ? n : 0;
            // each project's index as the formula rounds it, times the projects that share it
            BigDecimal index = Indicator.share("", met, applicable).value();
            indexSum = indexSum.add(index == null ? BigDecimal.ZERO : index.multiply(BigDecimal.valueOf(n)));
            modalityCounts.computeIfAbsent(m, x -> new long[1])[0] += n;
            modalityUsd.merge(m, usd, BigDecimal::add);
        }

        // 2. Partner countries by SSC role (participations, and the Southern providers among them).
        CriteriaQuery<Object[]> roles = cb.createQuery(Object[].class);
        Root<Partner> pa = roles.from(Partner.class);
        roles.multiselect(pa.get("country").get("m49"), pa.get("sscRole"), cb.countDistinct(pa.get("projectId")))
                .where(and(selected(q, cb, roles, pa.get("projectId")), cb.isNotNull(pa.get("sscRole"))))
                .groupBy(pa.get("country").get("m49"), pa.get("sscRole"));
        Map<String, Map<SscRole, Long>> participations = new TreeMap<>();
        Set<String> providers = new HashSet<>();
        for (Object[] row : em.createQuery(roles).getResultList()) {
            SscRole role = (SscRole) row[1];
            String iso3 = em.find(Country.class, row[0]).iso3();
            participations.computeIfAbsent(iso3, k -> new EnumMap<>(SscRole.class)).put(role, ((Number) row[2]).longValue());
            if (role == SscRole.PROVIDER || role == SscRole.FIRST_PROVIDER) {
                providers.add(iso3);
            }
        }
        Set<String> southern = countries.southern(participations.keySet());
        long southernProviders = providers.stream().filter(southern::contains).count();

        indicators.add(Indicator.count(Formulas.PROJECTS, total));
        indicators.add(Indicator.usd(Formulas.COMMITTED_USD, committed));
        indicators.add(Indicator.usd(Formulas.DISBURSED_USD, disbursed));
        indicators.add(Indicator.share(Formulas.NEEDS_BASED, needsBased, total));
        indicators.add(Indicator.share(Formulas.THEORY_OF_CHANGE, toc, total));
        List<Dashboard.ModalityPoint> byModality = new ArrayList<>();
        for (Modality m : Modality.values()) {
            long n = modalityCounts.getOrDefault(m, new long[1])[0];
            BigDecimal usd = modalityUsd.getOrDefault(m, BigDecimal.ZERO);
            indicators.add(Indicator.share(Formulas.MODALITY_SHARE + m.name(), n, total));
            indicators.add(Indicator.share(Formulas.MODALITY_VALUE_SHARE + m.name(), usd, committed));
            byModality.add(new Dashboard.ModalityPoint(m, n, usd));
        }
        byModality.add(new Dashboard.ModalityPoint(null, modalityCounts.getOrDefault(null, new long[1])[0],
                modalityUsd.getOrDefault(null, BigDecimal.ZERO)));
        indicators.add(Indicator.count(Formulas.SOUTHERN_PROVIDERS, southernProviders));
        indicators.add(Indicator.share(Formulas.SUSTAINABILITY_INDEX, indexSum, BigDecimal.valueOf(total)));
        indicators.add(Indicator.share(Formulas.MATERIAL_WITH_CAPACITY, withCapacity, kinds[1]));
        List<Dashboard.KindPoint> byKind = List.of(new Dashboard.KindPoint(ComponentKind.TECHNICAL, kinds[0], kindUsd[0]),
                new Dashboard.KindPoint(ComponentKind.MATERIAL, kinds[1], kindUsd[1]),
                new Dashboard.KindPoint(ComponentKind.TRAINING, kinds[2], kindUsd[2]));

        // 4. Training events of the selected projects, by modality.
        Map<TrainingModality, List<Indicator>> training = training(q, cb);
        indicators.addAll(training.get(null));
        training.remove(null);

        // 5. Needs of the filtered area, and those an active or completed selected project answers.
        Map<Priority, long[]> needs = needCounts(q, cb);
        long allNeeds = needs.values().stream().mapToLong(c -> c[0]).sum();
        long coveredNeeds = needs.values().stream().mapToLong(c -> c[1]).sum();
        Map<Priority, Indicator> coverage = new EnumMap<>(Priority.class);
        for (Priority pri : Priority.values()) {
            long[] c = needs.getOrDefault(pri, new long[2]);
            coverage.put(pri, Indicator.share(Formulas.NEEDS_COVERED + "_" + pri.name(), c[1], c[0]));
        }
        indicators.add(Indicator.count(Formulas.NEEDS, allNeeds));
        indicators.add(Indicator.share(Formulas.NEEDS_COVERED, coveredNeeds, allNeeds));
        indicators.add(Indicator.share(Formulas.HIGH_PRIORITY_NEEDS_COVERED, needs.getOrDefault(Priority.HIGH, new long[2])[1],
                needs.getOrDefault(Priority.HIGH, new long[2])[0]));

        // 6. Funding gap per country of the area, from the needs' own status (open: no active or completed project answers it).
        Map<String, Country> withOpenNeeds = new HashMap<>();
        List<Dashboard.Gap> gaps = fundingGaps(q, cb, language, withOpenNeeds);
        BigDecimal gapTotal = gaps.stream().map(g -> g.gap().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        indicators.add(Indicator.usd(Formulas.FUNDING_GAP_USD, gapTotal));

        // 7. Series: by year of transaction, by recipient country.
        List<Dashboard.YearPoint> byYear = byYear(q, cb);
        Map<String, Long> openByCountry = new HashMap<>();
        gaps.forEach(g -> openByCountry.put(g.iso3(), g.openNeeds()));
        List<Dashboard.CountryPoint> byCountry = byCountry(q, cb, language, openByCountry, withOpenNeeds);

        List<Dashboard.Participations> roleRows = new ArrayList<>();
        Map<String, String> names = names(participations.keySet(), language);
        participations.forEach((iso3, m) -> roleRows.add(new Dashboard.Participations(iso3, names.getOrDefault(iso3, iso3),
                southern.contains(iso3), m)));

        return new Dashboard(total, committed, disbursed, allNeeds, countries.globalSouthScheme().name(), countries.globalSouthAsOf(),
                indicators, byYear, byCountry, byModality, byKind, coverage, training, gaps, roleRows);
    }

    /**
     * The training indicators of the selected projects' events, by modality, and for all modalities under the key {@code null}.
     * Grouped by modality and type (the trainers' figures belong to trainings of trainers); the event keeps its weighed
     * figures, so that the query sums plain columns. (An expression in the select list makes EclipseLink write the whole
     * statement without parameters for Derby, and a boolean filter then compares with 1, which Derby refuses.)
     */
    private Map<TrainingModality, List<Indicator>> training(ProjectQuery q, CriteriaBuilder cb) {
        CriteriaQuery<Object[]> cq = cb.createQuery(Object[].class);
        Root<TrainingEvent> e = cq.from(TrainingEvent.class);
        cq.multiselect(e.get("modality"), e.get("type"), cb.sum(e.<Integer>get("participantCount")), cb.sum(e.<Integer>get("female")),
                cb.sum(e.<BigDecimal>get("weightedGain")), cb.sum(e.<Integer>get("scoredParticipants")), cb.sum(e.<BigDecimal>get("weightedFollowUp")),
                cb.sum(e.<Integer>get("followedParticipants")), cb.sum(e.<Integer>get("certifiedTrainers")),
                cb.sum(e.<Integer>get("secondaryTrainees")))
                .where(unfiltered(q) ? new Predicate[0] : selectedProject(q, cb, cq, e.<TrainingEvent, Component>join("component").get("project")))
                .groupBy(e.get("modality"), e.get("type"));
        Map<TrainingModality, long[]> counts = new EnumMap<>(TrainingModality.class);
        Map<TrainingModality, BigDecimal[]> sums = new EnumMap<>(TrainingModality.class);
        for (Object[] row : em.createQuery(cq).getResultList()) {
            TrainingModality m = (TrainingModality) row[0];
            boolean tot = row[1] == TrainingType.TRAINING_OF_TRAINERS;
            long[] c = counts.computeIfAbsent(m, k -> new long[6]);
            c[0] += along(row[2]);
            c[1] += along(row[3]);
            c[2] += along(row[5]);
            c[3] += along(row[7]);
            c[4] += tot ? along(row[8]) : 0;
            c[5] += tot ? along(row[9]) : 0;
            BigDecimal[] s = sums.computeIfAbsent(m, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(decimal(row[4]));
            s[1] = s[1].add(decimal(row[6]));
        }
        Map<TrainingModality, List<Indicator>> result = new HashMap<>();
        long[] all = new long[6];
        BigDecimal[] allSums = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (TrainingModality m : TrainingModality.values()) {
            long[] c = counts.getOrDefault(m, new long[6]);
            BigDecimal[] s = sums.getOrDefault(m, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            result.put(m, Formulas.training(c[0], c[1], s[0], c[2], s[1], c[3], c[4], c[5]));
            for (int k = 0; k < 6; k++) {
                all[k] += c[k];
            }
            allSums[0] = allSums[0].add(s[0]);
            allSums[1] = allSums[1].add(s[1]);
        }
        result.put(null, Formulas.training(all[0], all[1], allSums[0], all[2], allSums[1], all[3], all[4], all[5]));
        return result;
    }

    /**
     * By priority: the needs of the area, and those an active or completed selected project answers. Without a filter
     * that chooses projects (country and region choose needs too: a project answers only needs of its countries), the
     * need's own status says it: open while no active or completed project answers it (the need status rule).
     */
    private Map<Priority, long[]> needCounts(ProjectQuery q, CriteriaBuilder cb) {
        Map<Priority, long[]> counts = new EnumMap<>(Priority.class);
        CriteriaQuery<Object[]> all = cb.createQuery(Object[].class);
        Root<Need> n = all.from(Need.class);
        all.multiselect(n.get("priority"), n.get("status"), cb.count(n)).where(needFilters(q, cb, n)).groupBy(n.get("priority"), n.get("status"));
        boolean byStatus = !choosesProjects(q);
        for (Object[] r : em.createQuery(all).getResultList()) {
            long[] c = counts.computeIfAbsent((Priority) r[0], k -> new long[2]);
            c[0] += along(r[2]);
            if (byStatus && r[1] != NeedStatus.OPEN) {
                c[1] += along(r[2]);
            }
        }
        if (byStatus) {
            return counts;
        }
        CriteriaQuery<Object[]> covered = cb.createQuery(Object[].class);
        Root<NeedLink> l = covered.from(NeedLink.class);
        Root<Project> p = covered.from(Project.class);
        Join<NeedLink, Need> cn = l.join("need");
        covered.multiselect(cn.get("priority"), cb.countDistinct(cn.get("id")))
                .where(and(and(projects.filters(q, cb, covered, p), cb.equal(l.get("project"), p), p.get("status").in(ANSWERING)),
                        needFilters(q, cb, cn)))
                .groupBy(cn.get("priority"));
        em.createQuery(covered).getResultList().forEach(r -> counts.computeIfAbsent((Priority) r[0], k -> new long[2])[1] = along(r[1]));
        return counts;
    }

    /** Whether a filter chooses projects beyond the needs' own area. */
    static boolean choosesProjects(ProjectQuery q) {
        return q.donor() != null || q.implementer() != null || q.modality() != null || q.kind() != null || q.sector() != null
                || q.status() != null || q.year() != null || q.text() != null;
    }

    /**
     * The needs the indicators count (shared or validated current assessments, still relevant: the need keeps it as
     * {@code counted}) in the filtered country or region, that the reader may read: the access policy's rule for
     * assessments (administrators all, field offices and governments their countries', everyone the published ones).
     */
    private Predicate[] needFilters(ProjectQuery q, CriteriaBuilder cb, Path<Need> n) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isTrue(n.get("counted")));
        Actor actor = currentUser.actor();
        if (!actor.is(org.tatracker.security.entity.Role.ADMIN)) {
            Predicate published = cb.isTrue(n.get("published"));
            List<String> own = actor.countries().isEmpty() || actor.is(org.tatracker.security.entity.Role.DONOR) ? List.of() : m49s(actor.countries());
            where.add(own.isEmpty() ? published : cb.or(published, n.get("countryM49").in(own)));
        }
        if (q.countryIso3() != null) {
            List<String> m49 = m49s(List.of(q.countryIso3()));
            where.add(m49.isEmpty() ? cb.disjunction() : cb.equal(n.get("countryM49"), m49.get(0)));
        }
        if (q.region() != null) {
            List<String> inRegion = em.createQuery("SELECT c.m49 FROM Country c WHERE c.area.regionCode = :r OR c.area.subRegionCode = :r "
                    + "OR c.area.intermediateRegionCode = :r", String.class).setParameter("r", q.region()).getResultList();
            where.add(inRegion.isEmpty() ? cb.disjunction() : n.get("countryM49").in(inRegion));
        }
        return where.toArray(Predicate[]::new);
    }

    private List<String> m49s(java.util.Collection<String> iso3s) {
        return em.createQuery("SELECT c.m49 FROM Country c WHERE c.iso3 IN :codes", String.class).setParameter("codes", iso3s).getResultList();
    }

    /** Open needs of the area by country, their estimated cost in USD and the commitments of the projects linked to them. */
    private List<Dashboard.Gap> fundingGaps(ProjectQuery q, CriteriaBuilder cb, Language language, Map<String, Country> withOpenNeeds) {
        CriteriaQuery<Object[]> cost = cb.createQuery(Object[].class);
        Root<Need> n = cost.from(Need.class);
        Path<Object> money = n.get("estimatedCost");
        cost.multiselect(n.get("countryM49"), money.get("currency"), cb.count(n), cb.sum(money.<BigDecimal>get("amount")))
                .where(and(needFilters(q, cb, n), cb.equal(n.get("status"), NeedStatus.OPEN)))
                .groupBy(n.get("countryM49"), money.get("currency"));
        List<Formulas.Cost> costs = new ArrayList<>();
        Map<String, long[]> open = new TreeMap<>();
        for (Object[] row : em.createQuery(cost).getResultList()) {
            Country country = em.find(Country.class, row[0]);
            String iso3 = country.iso3();
            withOpenNeeds.put(iso3, country);
            long[] c = open.computeIfAbsent(iso3, k -> new long[2]);
            c[0] += along(row[2]);
            if (row[1] == null) {
                c[1] += along(row[2]);
            } else {
                costs.add(new Formulas.Cost(iso3, (BigDecimal) row[3], (String) row[1]));
            }
        }
        Map<String, java.util.NavigableMap<Integer, BigDecimal>> rates = new HashMap<>();
        em.createQuery("SELECT r FROM ExchangeRate r", org.tatracker.project.entity.ExchangeRate.class).getResultList()
                .forEach(r -> rates.computeIfAbsent(r.currency(), k -> new TreeMap<>()).put(r.year(), r.unitsPerUsd()));
        int year = LocalDate.now().getYear();
        Map<String, BigDecimal> costUsd = Formulas.costInUsd(costs, (amount, currency) -> UsdValue.at(new Money(amount, currency, "cost"), year,
                rates.getOrDefault(currency, new TreeMap<>())).map(UsdValue::amount));
        open.keySet().forEach(iso3 -> costUsd.putIfAbsent(iso3, BigDecimal.ZERO));

        CriteriaQuery<Object[]> linkedProjects = cb.createQuery(Object[].class);
        Root<NeedLink> l = linkedProjects.from(NeedLink.class);
        Join<NeedLink, Need> ln = l.join("need");
        Join<NeedLink, Project> lp = l.join("project");
        linkedProjects.multiselect(ln.get("countryM49"), lp.get("id"), lp.get("committedUsd")).distinct(true)
                // an open need has no active or completed project (the need status rule): reading only the others' links is
                // the same set, and Derby then starts from the few projects in those statuses
                .where(and(needFilters(q, cb, ln), cb.equal(ln.get("status"), NeedStatus.OPEN),
                        lp.get("status").in(ProjectStatus.PIPELINE, ProjectStatus.SUSPENDED, ProjectStatus.CANCELLED)));
        Map<String, Map<Long, BigDecimal>> commitments = new HashMap<>();
        for (Object[] row : em.createQuery(linkedProjects).getResultList()) {
            commitments.computeIfAbsent(em.find(Country.class, row[0]).iso3(), k -> new HashMap<>()).put((Long) row[1], (BigDecimal) row[2]);
        }
        Map<String, Indicator> gaps = Formulas.fundingGap(costUsd, commitments);
        List<Dashboard.Gap> rows = new ArrayList<>();
        gaps.forEach((iso3, gap) -> rows.add(new Dashboard.Gap(iso3, withOpenNeeds.get(iso3).names().in(language), gap,
                open.getOrDefault(iso3, new long[2])[0], open.getOrDefault(iso3, new long[2])[1])));
        rows.sort(Comparator.comparing((Dashboard.Gap g) -> g.gap().value()).reversed().thenComparing(Dashboard.Gap::iso3));
        return rows;
    }

    private List<Dashboard.YearPoint> byYear(ProjectQuery q, CriteriaBuilder cb) {
        CriteriaQuery<Object[]> cq = cb.createQuery(Object[].class);
        Root<ProjectYearRow> y = cq.from(ProjectYearRow.class);
        cq.multiselect(y.get("year"), cb.sum(y.<BigDecimal>get("committedUsd")), cb.sum(y.<BigDecimal>get("disbursedUsd")))
                .where(selected(q, cb, cq, y.get("projectId"))).groupBy(y.get("year"))
                .orderBy(cb.asc(y.get("year")));
        return em.createQuery(cq).getResultList().stream()
                .map(r -> new Dashboard.YearPoint(((Number) r[0]).intValue(), decimal(r[1]), decimal(r[2]))).toList();
    }

    /** Per recipient country: projects, and commitments times the country's percentage of each project. */
    private List<Dashboard.CountryPoint> byCountry(ProjectQuery q, CriteriaBuilder cb, Language language, Map<String, Long> openNeeds,
            Map<String, Country> withOpenNeeds) {
        CriteriaQuery<Object[]> cq = cb.createQuery(Object[].class);
        Root<ProjectCountryRow> r = cq.from(ProjectCountryRow.class);
        Root<Project> p = cq.from(Project.class);
        // grouped by percentage too, so that the select list holds plain sums (see training): commitments times percentage summed per group
        cq.multiselect(r.get("countryM49"), r.get("percentage"), cb.count(p), cb.sum(p.<BigDecimal>get("committedUsd")))
                .where(and(projects.filters(q, cb, cq, p), cb.equal(r.get("projectId"), p.get("id")))).groupBy(r.get("countryM49"), r.get("percentage"));
        Map<String, long[]> counts = new HashMap<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Object[] row : em.createQuery(cq).getResultList()) {
            counts.computeIfAbsent((String) row[0], k -> new long[1])[0] += along(row[2]);
            sums.merge((String) row[0], decimal(row[3]).multiply(decimal(row[1])), BigDecimal::add);
        }
        List<Dashboard.CountryPoint> points = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : sums.entrySet()) {
            Country c = em.find(Country.class, e.getKey());
            BigDecimal usd = e.getValue().divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
            points.add(new Dashboard.CountryPoint(c.iso3(), c.m49(), c.names().in(language), counts.get(e.getKey())[0], usd,
                    openNeeds.getOrDefault(c.iso3(), 0L)));
        }
        // countries with open needs and no selected project still belong on the map
        Set<String> seen = new HashSet<>();
        points.forEach(x -> seen.add(x.iso3()));
        for (Map.Entry<String, Long> e : openNeeds.entrySet()) {
            if (!seen.contains(e.getKey())) {
                Country c = withOpenNeeds.get(e.getKey());
                points.add(new Dashboard.CountryPoint(c.iso3(), c.m49(), c.names().in(language), 0, BigDecimal.ZERO.setScale(2), e.getValue()));
            }
        }
        points.sort(Comparator.comparing(Dashboard.CountryPoint::committedUsd).reversed().thenComparing(Dashboard.CountryPoint::iso3));
        return points;
    }

    /**
     * The needs of the area that no active or completed selected project answers, highest priority first (then by id), a
     * page at a time; the drill-down of the needs-coverage tiles.
     */
    public List<Dashboard.UnmetNeed> unmetNeeds(ProjectQuery q, Priority priority, int first, int size, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        List<Dashboard.UnmetNeed> page = new ArrayList<>();
        long skip = first;
        int wanted = size;
        for (Priority p : priority == null ? List.of(Priority.HIGH, Priority.MEDIUM, Priority.LOW) : List.of(priority)) {
            if (wanted <= 0) {
                break;
            }
            long count = countUnmetNeeds(q, p);
            if (skip >= count) {
                skip -= count;
                continue;
            }
            CriteriaQuery<Need> cq = cb.createQuery(Need.class);
            Root<Need> n = cq.from(Need.class);
            n.fetch("assessment");
            cq.select(n).where(unmet(q, p, cb, cq, n)).orderBy(cb.asc(n.get("id")));
            List<Need> rows = em.createQuery(cq).setFirstResult((int) skip).setMaxResults(wanted).getResultList();
            skip = 0;
            wanted -= rows.size();
            rows.forEach(x -> {
                Money cost = x.estimatedCost();
                Assessment a = x.assessment();
                page.add(new Dashboard.UnmetNeed(x.id(), a.id(), a.title(), a.country().iso3(), a.country().names().in(language), x.cjatArea(),
                        x.description(), x.priority(), cost == null ? null : cost.amount(), cost == null ? null : cost.currency()));
            });
        }
        return page;
    }

    /** The unmet needs a table exports at most, highest priority first. */
    public static final int MAX_EXPORTED_NEEDS = 50_000;

    /** One of the dashboard's tables with these filters, for a file. */
    public DashboardTables.Sheet table(DashboardTables.Table table, ProjectQuery q, Language language) {
        if (table == DashboardTables.Table.UNMET_NEEDS) {
            return DashboardTables.unmet(unmetNeeds(q, null, 0, MAX_EXPORTED_NEEDS, language));
        }
        return DashboardTables.of(table, dashboard(q, language));
    }

    /** A country that provides assistance (provider or first provider) and in how many selected projects. */
    public record Provider(String iso3, String name, long projects) {
    }

    /**
     * Who could help a country: the Southern countries that already provide assistance (provider or first provider) in
     * projects for countries of its sub-region, most active first; the country itself left out.
     */
    public List<Provider> southernProvidersNear(String iso3, Language language, int max) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        Country country = countries.require(iso3, "iso3");
        M49Area.Unit area = country.area().subRegion() != null ? country.area().subRegion() : country.area().region();
        if (area == null) {
            return List.of();
        }
        ProjectQuery q = new ProjectQuery(null, area.code(), null, null, null, null, null, null, null, null, ProjectQuery.Sort.START, true, 0, 1);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> cq = cb.createQuery(Object[].class);
        Root<Partner> pa = cq.from(Partner.class);
        cq.multiselect(pa.get("country").get("m49"), cb.countDistinct(pa.get("projectId")))
                .where(and(selected(q, cb, cq, pa.get("projectId")), pa.get("sscRole").in(SscRole.PROVIDER, SscRole.FIRST_PROVIDER)))
                .groupBy(pa.get("country").get("m49"));
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(cq).getResultList()) {
            counts.put(em.find(Country.class, row[0]).iso3(), along(row[1]));
        }
        counts.remove(country.iso3());
        Set<String> southern = countries.southern(counts.keySet());
        Map<String, String> names = names(counts.keySet(), language);
        return counts.entrySet().stream().filter(e -> southern.contains(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(max)
                .map(e -> new Provider(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
    }

    /** The country brief as PDF: the dashboard of the country, its needs by status and priority. */
    public byte[] countryBrief(String iso3, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        Country country = countries.require(iso3, "iso3");
        ProjectQuery q = ProjectQuery.ofCountry(country.iso3(), 1);
        Dashboard d = dashboard(q, language);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> cq = cb.createQuery(Object[].class);
        Root<Need> n = cq.from(Need.class);
        List<Predicate> where = new ArrayList<>(List.of(needFilters(q, cb, n)));
        cq.multiselect(n.get("status"), n.get("priority"), cb.count(n)).where(where.toArray(Predicate[]::new)).groupBy(n.get("status"),
                n.get("priority"));
        Map<String, Map<Priority, Long>> byStatus = new java.util.LinkedHashMap<>();
        for (NeedStatus s : NeedStatus.values()) {
            byStatus.put(s.name(), new EnumMap<>(Priority.class));
        }
        em.createQuery(cq).getResultList().forEach(r -> byStatus.get(((NeedStatus) r[0]).name()).put((Priority) r[1], along(r[2])));
        byStatus.remove(NeedStatus.NO_LONGER_RELEVANT.name());
        java.util.ResourceBundle msg = java.util.ResourceBundle.getBundle("org.tatracker.i18n.messages", language.locale());
        return org.tatracker.indicator.control.CountryBriefPdf.render(country.names().in(language), country.iso3(), d,
                new org.tatracker.indicator.control.CountryBriefPdf.NeedCounts(byStatus), msg, language.locale(), LocalDate.now());
    }

    public long countUnmetNeeds(ProjectQuery q, Priority priority) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Need> n = cq.from(Need.class);
        cq.select(cb.count(n)).where(unmet(q, priority, cb, cq, n));
        return em.createQuery(cq).getSingleResult();
    }

    /**
     * Unmet: the needs of the area that nobody answers yet (the need's own status: open while no active or completed
     * project answers it), whatever the filters on projects; reading "not answered by the selected projects" need by need
     * took minutes over 200,000 needs, and "nobody answers" is what the list is for.
     */
    private Predicate[] unmet(ProjectQuery q, Priority priority, CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Need> n) {
        Predicate[] base = and(needFilters(q, cb, n), cb.equal(n.get("status"), NeedStatus.OPEN));
        return priority == null ? base : and(base, cb.equal(n.get("priority"), priority));
    }

    /**
     * The rows whose project the filters select: every row when nothing is filtered (no join at all: a
     * scan of the one table), else those joined to a selected project (Derby drives the join from the
     * filtered projects; a correlated EXISTS per row took seconds).
     */
    private Predicate[] selected(ProjectQuery q, CriteriaBuilder cb, CriteriaQuery<?> cq, Path<Long> projectId) {
        if (unfiltered(q)) {
            return new Predicate[0];
        }
        Root<Project> p = cq.from(Project.class);
        return and(projects.filters(q, cb, cq, p), cb.equal(p.get("id"), projectId));
    }

    /** The same for a relationship to the project (compared as an entity: the foreign key, no join). */
    private Predicate[] selectedProject(ProjectQuery q, CriteriaBuilder cb, CriteriaQuery<?> cq, Path<Project> project) {
        if (unfiltered(q)) {
            return new Predicate[0];
        }
        Root<Project> p = cq.from(Project.class);
        return and(projects.filters(q, cb, cq, p), cb.equal(project, p));
    }

    private static boolean unfiltered(ProjectQuery q) {
        return q.countryIso3() == null && q.region() == null && q.donor() == null && q.implementer() == null && q.modality() == null
                && q.kind() == null && q.sector() == null && q.status() == null && q.year() == null && q.text() == null;
    }

    private Map<String, String> names(Set<String> iso3s, Language language) {
        Map<String, String> names = new HashMap<>();
        if (!iso3s.isEmpty()) {
            em.createQuery("SELECT c FROM Country c WHERE c.iso3 IN :codes", Country.class).setParameter("codes", iso3s).getResultList()
                    .forEach(c -> names.put(c.iso3(), c.names().in(language)));
        }
        return names;
    }


    private static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO.setScale(2) : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static long along(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Predicate[] and(Predicate[] filters, Predicate... more) {
        List<Predicate> all = new ArrayList<>(List.of(filters));
        all.addAll(List.of(more));
        return all.toArray(Predicate[]::new);
    }
}
