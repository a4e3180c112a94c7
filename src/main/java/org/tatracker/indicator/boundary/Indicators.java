package org.tatracker.indicator.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
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
import java.util.Set;
import java.util.TreeMap;
import org.tatracker.assessment.entity.Assessment;
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
import org.tatracker.indicator.control.Portfolio;
import org.tatracker.platform.entity.Money;
import org.tatracker.project.control.ProjectQuery;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.Partner;
import org.tatracker.project.entity.Project;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;
import org.tatracker.project.entity.UsdValue;
import org.tatracker.security.boundary.CurrentUser;
import org.tatracker.security.boundary.Refusals;
import org.tatracker.security.control.Actor;

/**
 * The portfolio's indicators and dashboards over the projects the project list's filters select (issue #6). Each figure
 * is defined once, in {@link Formulas}; the sums here count and sum what those formulas count and sum, so that a
 * brute-force pass of the formulas over the same records gives the same figures (IndicatorsIT checks it). The sums run
 * over the {@link Portfolio} that {@link PortfolioStore} keeps in memory and brings up to date from the database's change
 * log before each call; the lists of needs are read from the database a page at a time. Needs are those of shared or
 * validated, current assessments of the filtered country or region that the reader may read; see the package
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
    Countries countries;

    @EJB
    PortfolioStore store;

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
        PortfolioStore.Snapshot snapshot = store.snapshot();
        Portfolio portfolio = snapshot.portfolio();
        PortfolioStore.Reference reference = snapshot.reference();
        List<Portfolio.Project> selected = portfolio.select(selection(q, reference));
        Portfolio.NeedScope scope = scope(q, actor, reference);
        Map<String, Country> byM49 = reference.countriesByM49();
        List<Indicator> indicators = new ArrayList<>();

        // 1. The selected projects: totals, and the facts each keeps for the indicators.
        long total = selected.size();
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
        Map<Long, BigDecimal> indexes = new HashMap<>(); // a project's index as the formula rounds it, once per (met, applicable)
        for (Portfolio.Project p : selected) {
            BigDecimal usd = p.committedUsd();
            committed = committed.add(usd);
            disbursed = disbursed.add(p.disbursedUsd());
            needsBased += p.linkedToValidated() ? 1 : 0;
            toc += p.theoryOfChange() ? 1 : 0;
            for (ComponentKind k : ComponentKind.values()) {
                if (p.hasKind(k)) {
                    kinds[k.ordinal()]++;
                    kindUsd[k.ordinal()] = kindUsd[k.ordinal()].add(usd);
                }
            }
            withCapacity += p.materialWithCapacity() ? 1 : 0;
            // each project's index as the formula rounds it
            BigDecimal index = indexes.computeIfAbsent(((long) p.signalsMet() << 32) | p.signalsApplicable(),
                    k -> Indicator.share("", p.signalsMet(), p.signalsApplicable()).value());
            indexSum = indexSum.add(index == null ? BigDecimal.ZERO : index);
            modalityCounts.computeIfAbsent(p.modality(), x -> new long[1])[0]++;
            modalityUsd.merge(p.modality(), usd, BigDecimal::add);
        }

        // 2. Partner countries by SSC role (participations: in how many selected projects; the Southern providers among them).
        Map<String, Map<SscRole, Long>> participations = new TreeMap<>();
        Set<String> providers = new HashSet<>();
        for (Portfolio.Project p : selected) {
            List<Portfolio.Party> seen = new ArrayList<>(2);
            for (Portfolio.Party party : p.partners()) {
                if (party.m49() == null || party.sscRole() == null
                        || seen.stream().anyMatch(x -> x.m49().equals(party.m49()) && x.sscRole() == party.sscRole()) || !seen.add(party)) {
                    continue;
                }
                String iso3 = country(byM49, party.m49()).iso3();
                participations.computeIfAbsent(iso3, k -> new EnumMap<>(SscRole.class)).merge(party.sscRole(), 1L, Long::sum);
                if (party.sscRole() == SscRole.PROVIDER || party.sscRole() == SscRole.FIRST_PROVIDER) {
                    providers.add(iso3);
                }
            }
        }
        Countries.GlobalSouth south = reference.globalSouth();
        Set<String> southern = south.among(participations.keySet());
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

        // 3. Training events of the selected projects, by modality.
        Map<TrainingModality, List<Indicator>> training = training(selected);
        indicators.addAll(training.get(null));
        training.remove(null);

        // 4. Needs of the filtered area, and those an active or completed selected project answers.
        Map<Priority, long[]> needs = needCounts(q, portfolio, selected, scope);
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

        // 5. Funding gap per country of the area, from the needs' own status (open: no active or completed project answers it).
        List<Dashboard.Gap> gaps = fundingGaps(portfolio, reference, scope, language, byM49);
        BigDecimal gapTotal = gaps.stream().map(g -> g.gap().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        indicators.add(Indicator.usd(Formulas.FUNDING_GAP_USD, gapTotal));

        // 6. Series: by year of transaction, by recipient country.
        List<Dashboard.YearPoint> byYear = byYear(selected);
        Map<String, Long> openByCountry = new HashMap<>();
        gaps.forEach(g -> openByCountry.put(g.iso3(), g.openNeeds()));
        List<Dashboard.CountryPoint> byCountry = byCountry(selected, language, openByCountry, byM49);

        List<Dashboard.Participations> roleRows = new ArrayList<>();
        Map<String, String> names = names(participations.keySet(), language, byM49);
        participations.forEach((iso3, m) -> roleRows.add(new Dashboard.Participations(iso3, names.getOrDefault(iso3, iso3),
                southern.contains(iso3), m)));

        return new Dashboard(total, committed, disbursed, allNeeds, south.scheme().name(), south.asOf(),
                indicators, byYear, byCountry, byModality, byKind, coverage, training, gaps, roleRows);
    }

    /** The project list's filters for the portfolio in memory, the country's code resolved. */
    private Portfolio.Selection selection(ProjectQuery q, PortfolioStore.Reference reference) {
        String m49 = null;
        if (q.countryIso3() != null) {
            List<String> found = m49s(reference, List.of(q.countryIso3()));
            m49 = found.isEmpty() ? Portfolio.Selection.NOWHERE : found.get(0).strip();
        }
        return new Portfolio.Selection(m49, q.region(), q.donor(), q.implementer(), q.modality(), q.kind(), q.sector(), q.status(), q.year(),
                q.text());
    }

    /**
     * The needs the indicators count for this reader: in the filtered country or region (countries resolved here), that the
     * reader may read, the access policy's rule for assessments (administrators all, field offices and governments their
     * countries', everyone the published ones). Which needs count at all (shared or validated current assessments, still
     * relevant) the need keeps as {@code counted}; the portfolio holds only those.
     */
    private Portfolio.NeedScope scope(ProjectQuery q, Actor actor, PortfolioStore.Reference reference) {
        Set<String> area = null;
        if (q.countryIso3() != null) {
            area = new HashSet<>(m49s(reference, List.of(q.countryIso3())).stream().map(String::strip).toList());
        }
        if (q.region() != null) {
            Set<String> inRegion = new HashSet<>(reference.countriesByM49().values().stream().filter(c -> c.area().within(q.region()))
                    .map(c -> c.m49().strip()).toList());
            if (area == null) {
                area = inRegion;
            } else {
                area.retainAll(inRegion);
            }
        }
        boolean all = actor.is(org.tatracker.security.entity.Role.ADMIN);
        Set<String> own = all || actor.countries().isEmpty() || actor.is(org.tatracker.security.entity.Role.DONOR) ? Set.of()
                : new HashSet<>(m49s(reference, actor.countries()).stream().map(String::strip).toList());
        return new Portfolio.NeedScope(area, all, own);
    }

    /** A country of the reference data (every code the portfolio holds is one: foreign keys); found in the database if not. */
    private Country country(Map<String, Country> byM49, String m49) {
        Country c = byM49.get(m49);
        return c != null ? c : em.find(Country.class, m49);
    }

    /**
     * The training indicators of the selected projects' events, by modality, and for all modalities under the key {@code null}.
     * The trainers' figures belong to trainings of trainers; each project keeps its events' sums by modality and type.
     */
    private static Map<TrainingModality, List<Indicator>> training(List<Portfolio.Project> selected) {
        Map<TrainingModality, long[]> counts = new EnumMap<>(TrainingModality.class);
        Map<TrainingModality, BigDecimal[]> sums = new EnumMap<>(TrainingModality.class);
        for (Portfolio.Project p : selected) {
            for (Portfolio.Training t : p.trainings()) {
                boolean tot = t.type() == TrainingType.TRAINING_OF_TRAINERS;
                long[] c = counts.computeIfAbsent(t.modality(), k -> new long[6]);
                c[0] += t.participants();
                c[1] += t.female();
                c[2] += t.scoredParticipants();
                c[3] += t.followedParticipants();
                c[4] += tot ? t.certifiedTrainers() : 0;
                c[5] += tot ? t.secondaryTrainees() : 0;
                BigDecimal[] s = sums.computeIfAbsent(t.modality(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(t.weightedGain());
                s[1] = s[1].add(t.weightedFollowUp());
            }
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
    private static Map<Priority, long[]> needCounts(ProjectQuery q, Portfolio portfolio, List<Portfolio.Project> selected,
            Portfolio.NeedScope scope) {
        Map<Priority, long[]> counts = new EnumMap<>(Priority.class);
        boolean byStatus = !choosesProjects(q);
        for (Portfolio.NeedGroup g : portfolio.needGroups(scope)) {
            long[] c = counts.computeIfAbsent(g.priority(), k -> new long[2]);
            c[0] += g.count();
            if (byStatus && g.status() != NeedStatus.OPEN) {
                c[1] += g.count();
            }
        }
        if (byStatus) {
            return counts;
        }
        Set<Long> covered = new HashSet<>();
        for (Portfolio.Project p : selected) {
            if (!ANSWERING.contains(p.status())) {
                continue;
            }
            for (Long id : p.needs()) {
                Portfolio.Need n = portfolio.need(id);
                if (n != null && n.counted() && scope.counts(n.m49(), n.published()) && covered.add(id)) {
                    counts.computeIfAbsent(n.priority(), k -> new long[2])[1]++;
                }
            }
        }
        return counts;
    }

    /** Whether a filter chooses projects beyond the needs' own area. */
    static boolean choosesProjects(ProjectQuery q) {
        return q.donor() != null || q.implementer() != null || q.modality() != null || q.kind() != null || q.sector() != null
                || q.status() != null || q.year() != null || q.text() != null;
    }

    /** The reader's needs rule of {@link #scope} in SQL, for the lists of needs read a page at a time: one rule, two forms. */
    private static Predicate[] needFilters(Portfolio.NeedScope scope, CriteriaBuilder cb, Path<Need> n) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isTrue(n.get("counted")));
        if (!scope.all()) {
            Predicate published = cb.isTrue(n.get("published"));
            where.add(scope.own().isEmpty() ? published : cb.or(published, n.get("countryM49").in(scope.own())));
        }
        if (scope.area() != null) {
            where.add(scope.area().isEmpty() ? cb.disjunction() : n.get("countryM49").in(scope.area()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The M49 codes of the countries of these ISO alpha-3 codes (from the reference data in memory). */
    private static List<String> m49s(PortfolioStore.Reference reference, java.util.Collection<String> iso3s) {
        Set<String> wanted = new HashSet<>(iso3s);
        return reference.countriesByM49().values().stream().filter(c -> wanted.contains(c.iso3())).map(Country::m49).toList();
    }

    /** Open needs of the area by country, their estimated cost in USD and the commitments of the projects linked to them. */
    private List<Dashboard.Gap> fundingGaps(Portfolio portfolio, PortfolioStore.Reference reference, Portfolio.NeedScope scope, Language language,
            Map<String, Country> byM49) {
        List<Formulas.Cost> costs = new ArrayList<>();
        Map<String, long[]> open = new TreeMap<>();
        Map<String, Country> withOpenNeeds = new HashMap<>();
        for (Portfolio.OpenCost row : portfolio.openCosts(scope)) {
            Country country = country(byM49, row.m49());
            String iso3 = country.iso3();
            withOpenNeeds.put(iso3, country);
            long[] c = open.computeIfAbsent(iso3, k -> new long[2]);
            c[0] += row.count();
            if (row.currency() == null) {
                c[1] += row.count();
            } else {
                costs.add(new Formulas.Cost(iso3, row.amount(), row.currency()));
            }
        }
        Map<String, java.util.NavigableMap<Integer, BigDecimal>> rates = reference.unitsPerUsd();
        int year = LocalDate.now().getYear();
        Map<String, BigDecimal> costUsd = Formulas.costInUsd(costs, (amount, currency) -> UsdValue.at(new Money(amount, currency, "cost"), year,
                rates.getOrDefault(currency, new TreeMap<>())).map(UsdValue::amount));
        open.keySet().forEach(iso3 -> costUsd.putIfAbsent(iso3, BigDecimal.ZERO));

        // the projects linked to open needs of the area, whatever the filters (an open need has no active or completed project)
        Map<String, Map<Long, BigDecimal>> commitments = new HashMap<>();
        for (Portfolio.Project p : portfolio.projects()) {
            if (ANSWERING.contains(p.status())) {
                continue; // an open need has no active or completed project (the need status rule): the others' links are read
            }
            for (Long id : p.needs()) {
                Portfolio.Need n = portfolio.need(id);
                if (n != null && n.status() == NeedStatus.OPEN && n.counted() && scope.counts(n.m49(), n.published())) {
                    commitments.computeIfAbsent(country(byM49, n.m49()).iso3(), k -> new HashMap<>()).put(p.id(), p.committedUsd());
                }
            }
        }
        Map<String, Indicator> gaps = Formulas.fundingGap(costUsd, commitments);
        List<Dashboard.Gap> rows = new ArrayList<>();
        gaps.forEach((iso3, gap) -> rows.add(new Dashboard.Gap(iso3, withOpenNeeds.get(iso3).names().in(language), gap,
                open.getOrDefault(iso3, new long[2])[0], open.getOrDefault(iso3, new long[2])[1])));
        rows.sort(Comparator.comparing((Dashboard.Gap g) -> g.gap().value()).reversed().thenComparing(Dashboard.Gap::iso3));
        return rows;
    }

    private static List<Dashboard.YearPoint> byYear(List<Portfolio.Project> selected) {
        Map<Integer, BigDecimal[]> sums = new TreeMap<>();
        for (Portfolio.Project p : selected) {
            for (Portfolio.Year y : p.years()) {
                BigDecimal[] s = sums.computeIfAbsent(y.year(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(y.committedUsd());
                s[1] = s[1].add(y.disbursedUsd());
            }
        }
        List<Dashboard.YearPoint> points = new ArrayList<>();
        sums.forEach((year, s) -> points.add(new Dashboard.YearPoint(year, s[0], s[1])));
        return points;
    }

    /** Per recipient country: projects, and commitments times the country's percentage of each project. */
    private List<Dashboard.CountryPoint> byCountry(List<Portfolio.Project> selected, Language language, Map<String, Long> openNeeds,
            Map<String, Country> byM49) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Portfolio.Project p : selected) {
            for (Portfolio.Share s : p.countries()) {
                counts.computeIfAbsent(s.m49(), k -> new long[1])[0]++;
                sums.merge(s.m49(), p.committedUsd().multiply(s.percentage()), BigDecimal::add);
            }
        }
        List<Dashboard.CountryPoint> points = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, BigDecimal> e : sums.entrySet()) {
            Country c = country(byM49, e.getKey());
            BigDecimal usd = e.getValue().divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
            points.add(new Dashboard.CountryPoint(c.iso3(), c.m49(), c.names().in(language), counts.get(e.getKey())[0], usd,
                    openNeeds.getOrDefault(c.iso3(), 0L)));
            seen.add(c.iso3());
        }
        // countries with open needs and no selected project still belong on the map
        for (Country c : byM49.values()) {
            if (openNeeds.containsKey(c.iso3()) && seen.add(c.iso3())) {
                points.add(new Dashboard.CountryPoint(c.iso3(), c.m49(), c.names().in(language), 0, BigDecimal.ZERO.setScale(2),
                        openNeeds.get(c.iso3())));
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
        PortfolioStore.Snapshot snapshot = store.snapshot();
        Portfolio.NeedScope scope = scope(q, actor, snapshot.reference());
        List<Portfolio.NeedGroup> groups = snapshot.portfolio().needGroups(scope);
        List<Dashboard.UnmetNeed> page = new ArrayList<>();
        long skip = first;
        int wanted = size;
        for (Priority p : priority == null ? List.of(Priority.HIGH, Priority.MEDIUM, Priority.LOW) : List.of(priority)) {
            if (wanted <= 0) {
                break;
            }
            long count = open(groups, p);
            if (skip >= count) {
                skip -= count;
                continue;
            }
            // the page's ids first (from the index ix_need_open, in id order, no sort), then those needs with their assessments
            CriteriaQuery<Long> cq = cb.createQuery(Long.class);
            Root<Need> n = cq.from(Need.class);
            cq.select(n.get("id")).where(unmet(scope, p, cb, n)).orderBy(cb.asc(n.get("id")));
            List<Long> ids = em.createQuery(cq).setFirstResult((int) skip).setMaxResults(wanted).getResultList();
            skip = 0;
            wanted -= ids.size();
            List<Need> rows = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += 1000) {
                rows.addAll(em.createQuery("SELECT n FROM Need n JOIN FETCH n.assessment WHERE n.id IN :ids ORDER BY n.id", Need.class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList());
            }
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
        PortfolioStore.Snapshot snapshot = store.snapshot();
        Map<String, Country> byM49 = snapshot.reference().countriesByM49();
        Map<String, Long> counts = new HashMap<>();
        for (Portfolio.Project p : snapshot.portfolio().select(new Portfolio.Selection(null, area.code(), null, null, null, null, null, null, null,
                null))) {
            p.partners().stream().filter(x -> x.m49() != null && (x.sscRole() == SscRole.PROVIDER || x.sscRole() == SscRole.FIRST_PROVIDER))
                    .map(Portfolio.Party::m49).distinct().forEach(m49 -> counts.merge(country(byM49, m49).iso3(), 1L, Long::sum));
        }
        counts.remove(country.iso3());
        Set<String> southern = snapshot.reference().globalSouth().among(counts.keySet());
        Map<String, String> names = names(counts.keySet(), language, byM49);
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
        Map<String, Map<Priority, Long>> byStatus = new java.util.LinkedHashMap<>();
        for (NeedStatus s : NeedStatus.values()) {
            byStatus.put(s.name(), new EnumMap<>(Priority.class));
        }
        PortfolioStore.Snapshot snapshot = store.snapshot();
        snapshot.portfolio().needGroups(scope(q, actor, snapshot.reference())).forEach(g -> byStatus.get(g.status().name()).merge(g.priority(), g.count(), Long::sum));
        byStatus.remove(NeedStatus.NO_LONGER_RELEVANT.name());
        java.util.ResourceBundle msg = java.util.ResourceBundle.getBundle("org.tatracker.i18n.messages", language.locale());
        return org.tatracker.indicator.control.CountryBriefPdf.render(country.names().in(language), country.iso3(), d,
                new org.tatracker.indicator.control.CountryBriefPdf.NeedCounts(byStatus), msg, language.locale(), LocalDate.now());
    }

    public long countUnmetNeeds(ProjectQuery q, Priority priority) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        PortfolioStore.Snapshot snapshot = store.snapshot();
        return open(snapshot.portfolio().needGroups(scope(q, actor, snapshot.reference())), priority);
    }

    /** How many of these groups' needs are open, of one priority or ({@code null}) of any. */
    private static long open(List<Portfolio.NeedGroup> groups, Priority priority) {
        return groups.stream().filter(g -> g.status() == NeedStatus.OPEN && (priority == null || g.priority() == priority))
                .mapToLong(Portfolio.NeedGroup::count).sum();
    }

    /**
     * Unmet: the needs of the area that nobody answers yet (the need's own status: open while no active or completed
     * project answers it), whatever the filters on projects; reading "not answered by the selected projects" need by need
     * took minutes over 200,000 needs, and "nobody answers" is what the list is for.
     */
    private static Predicate[] unmet(Portfolio.NeedScope scope, Priority priority, CriteriaBuilder cb, Root<Need> n) {
        Predicate[] base = and(needFilters(scope, cb, n), cb.equal(n.get("status"), NeedStatus.OPEN));
        return priority == null ? base : and(base, cb.equal(n.get("priority"), priority));
    }

    /** The names of these countries, from the countries already read. */
    private static Map<String, String> names(Set<String> iso3s, Language language, Map<String, Country> byM49) {
        Map<String, String> names = new HashMap<>();
        byM49.values().stream().filter(c -> iso3s.contains(c.iso3())).forEach(c -> names.put(c.iso3(), c.names().in(language)));
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
