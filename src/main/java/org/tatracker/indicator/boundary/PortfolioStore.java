package org.tatracker.indicator.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.tatracker.assessment.entity.NeedStatus;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.country.boundary.Countries;
import org.tatracker.country.entity.Country;
import org.tatracker.indicator.control.Portfolio;
import org.tatracker.platform.boundary.NativeRows;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;

/**
 * Keeps the {@link Portfolio} the dashboards read: read whole at startup (in the background) or at the first dashboard,
 * then brought up to date before each dashboard from the change log the database's triggers write (V13): the projects and
 * the countries' needs named there are read again, and the rows deleted. Many changes at once (the demo generator, an
 * import) are cheaper to read whole, past {@link #REREAD_LIMIT} projects. The {@link Reference reference data} every
 * dashboard reads are kept too, and read again when the log marks a change to their tables (V14).
 * <p>
 * Callers get an unchanging copy; the store is a singleton that brings it up to date one caller at a time, each time in a
 * transaction of its own (committed before the caller goes on: the log rows it deleted are not held locked by the caller's
 * transaction, and the copy never holds what a caller's transaction wrote and may still roll back). A transaction must
 * therefore not write projects, needs, countries, classifications or exchange rates and then read a dashboard: the store
 * would wait for its log rows. Reading the log
 * takes a millisecond when nothing changed. Every query of the portfolio is plain SQL with parameters (a bulk read of columns, see {@link #query});
 * nothing is concatenated into it but column names and question marks.
 */
@Singleton
@Startup
@DependsOn("ReferenceData")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
public class PortfolioStore {

    private static final Logger LOG = Logger.getLogger(PortfolioStore.class.getName());

    /** Past this number of changed projects the portfolio is read whole. */
    static final int REREAD_LIMIT = 5_000;

    /** Past this number of rows in the change log the portfolio is read whole. */
    static final int LOG_LIMIT = 20_000;

    /** Ids in one IN list. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Resource
    jakarta.ejb.SessionContext context;

    @jakarta.ejb.EJB
    Countries countries;

    private volatile Portfolio portfolio;

    /**
     * The reference data every dashboard reads (V14): the countries by M49 code (read-only: the shared cache's own objects,
     * which nobody may change), the Global South rule, and the exchange rates by currency and year. They change only when
     * the seeds change; a change to their tables, whatever path it took, is logged and they are read again (the countries
     * evicted from the shared cache first).
     */
    public record Reference(Map<String, Country> countriesByM49, Countries.GlobalSouth globalSouth,
            Map<String, NavigableMap<Integer, BigDecimal>> unitsPerUsd) {
    }

    private volatile Reference reference;

    /**
     * How long the last whole read took: its statements (through JPA, each row handed on as read and sorted into the
     * projects' facts), by statement, and in all (with building the portfolio from those facts).
     */
    public record ReadTime(long queriesNanos, long totalNanos, Map<String, Long> nanosByQuery) {
    }

    private volatile ReadTime lastRead;

    /** Time spent in the queries of the read under way, in all and by query. */
    private long queryNanos;
    private final Map<String, Long> nanosByQuery = new java.util.LinkedHashMap<>();
    private boolean timing;

    @PostConstruct
    void atStartup() {
        PortfolioStore self = context.getBusinessObject(PortfolioStore.class);
        executor.submit(() -> {
            try {
                self.current();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reading the portfolio for the dashboards at startup failed; the first dashboard reads it", e);
            }
        });
    }

    /** The portfolio as the database holds it now (every change committed before this call included). */
    public synchronized Portfolio current() {
        if (portfolio == null) {
            return readAgain();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("SELECT id, project_id, country_m49, reference_data FROM portfolio_change ORDER BY id "
                + "FETCH FIRST " + (LOG_LIMIT + 1) + " ROWS ONLY").getResultList();
        if (changes.isEmpty()) {
            return portfolio;
        }
        if (changes.size() > LOG_LIMIT) {
            return readAgain();
        }
        Set<Long> projects = new HashSet<>();
        Set<String> countries = new HashSet<>();
        boolean referenceData = false;
        for (Object[] row : changes) {
            if (row[1] != null) {
                projects.add(((Number) row[1]).longValue());
            }
            if (row[2] != null) {
                countries.add(((String) row[2]).strip());
            }
            referenceData |= Boolean.TRUE.equals(row[3]);
        }
        deleteRead(changes);
        if (referenceData) {
            // a change by any path, SQL included: the countries the shared cache holds may be stale, read them afresh
            em.getEntityManagerFactory().getCache().evict(Country.class);
            reference = readReference();
        }
        if (projects.size() > REREAD_LIMIT) {
            return readAgain();
        }
        if (projects.isEmpty() && countries.isEmpty()) {
            return portfolio;
        }
        Map<Long, Builder> read = readProjects(projects);
        List<Portfolio.Need> linked = new ArrayList<>(links(projects, read));
        Portfolio.CountryNeeds needs = readNeeds(countries);
        if (needs != null) {
            linked.addAll(needs.linked());
        }
        portfolio = portfolio.with(projects, build(read), new Portfolio.CountryNeeds(countries,
                needs == null ? List.of() : needs.groups(), needs == null ? List.of() : needs.costs(), linked));
        return portfolio;
    }

    /** Deletes the log rows read, by id: a change logged meanwhile, even with a lower id, stays for the next time. */
    private void deleteRead(List<Object[]> changes) {
        List<Long> ids = changes.stream().map(r -> ((Number) r[0]).longValue()).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            var delete = em.createNativeQuery("DELETE FROM portfolio_change WHERE id IN " + marks(chunk.size()));
            for (int i = 0; i < chunk.size(); i++) {
                delete.setParameter(i + 1, chunk.get(i));
            }
            delete.executeUpdate();
        }
    }

    /**
     * Reads the portfolio whole. The change log is emptied first, in a transaction of its own (so that deleting many rows,
     * which Derby may lock as a whole table, does not hold up writers for the whole read); a change committed after that is
     * in the log again and read next time.
     */
    public synchronized Portfolio readAgain() {
        long started = System.nanoTime();
        context.getBusinessObject(PortfolioStore.class).emptyLog();
        queryNanos = 0;
        nanosByQuery.clear();
        timing = true;
        Portfolio read;
        try {
            read = readWhole();
        } finally {
            timing = false;
        }
        reference = readReference();
        lastRead = new ReadTime(queryNanos, System.nanoTime() - started, Map.copyOf(nanosByQuery));
        portfolio = read;
        LOG.info(() -> String.format(Locale.ROOT, "Read the portfolio for the dashboards: %,d projects in %d ms", portfolio.size(),
                (System.nanoTime() - started) / 1_000_000));
        return portfolio;
    }

    private void timed(String sql, long nanos) {
        if (timing) {
            queryNanos += nanos;
            nanosByQuery.merge(sql, nanos, Long::sum);
        }
    }

    /** The portfolio and the reference data as of one moment, both up to date (every change committed before this call). */
    public record Snapshot(Portfolio portfolio, Reference reference) {
    }

    /** The portfolio and the reference data, brought up to date together: what a dashboard reads, once per call. */
    public synchronized Snapshot snapshot() {
        Portfolio p = current();
        return new Snapshot(p, reference);
    }

    /** The countries, the Global South rule and the exchange rates: three queries, about 1,400 rows. */
    private Reference readReference() {
        Map<String, Country> byM49 = new HashMap<>();
        em.createQuery("SELECT c FROM Country c", Country.class).setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList()
                .forEach(c -> byM49.put(c.m49(), c));
        Map<String, NavigableMap<Integer, BigDecimal>> rates = new HashMap<>();
        em.createQuery("SELECT r.currency, r.year, r.unitsPerUsd FROM ExchangeRate r", Object[].class).getResultList()
                .forEach(r -> rates.computeIfAbsent((String) r[0], k -> new TreeMap<>()).put((Integer) r[1], (BigDecimal) r[2]));
        rates.replaceAll((currency, byYear) -> java.util.Collections.unmodifiableNavigableMap(byYear));
        return new Reference(Map.copyOf(byM49), countries.globalSouth(), Map.copyOf(rates));
    }

    public ReadTime lastRead() {
        return lastRead;
    }

    /** Empties the change log, committed at once. */
    public void emptyLog() {
        em.createNativeQuery("DELETE FROM portfolio_change").executeUpdate();
    }

    private Portfolio readWhole() {
        Map<Long, Builder> read = readProjects(null);
        List<Portfolio.Need> linked = links(null, read);
        Portfolio.CountryNeeds needs = readNeeds(null);
        return new Portfolio(build(read), new Portfolio.CountryNeeds(Set.of(), needs.groups(), needs.costs(), linked));
    }

    /** A project's facts as they are read, table after table. */
    private static final class Builder {
        Object[] row;
        final List<Portfolio.Share> countries = new ArrayList<>(2);
        final List<Portfolio.Party> partners = new ArrayList<>(4);
        final List<Portfolio.Year> years = new ArrayList<>(4);
        final List<Portfolio.Training> trainings = new ArrayList<>(1);
        final List<Long> needs = new ArrayList<>(1);
    }

    /** The projects with these ids, or all ({@code ids} null). */
    private Map<Long, Builder> readProjects(Set<Long> ids) {
        Map<Long, Builder> read = new HashMap<>();
        query("SELECT id, status, modality, has_technical, has_material, has_training, start_year, end_year, committed_usd, disbursed_usd, "
                + "signals_applicable, signals_met, has_theory_of_change, material_with_capacity, linked_to_validated, recipient_areas, "
                + "sector_codes, title, iati_identifier FROM project", "id", ids, (id, row) -> {
                    row[1] = named(ProjectStatus.class, row[1]);
                    row[2] = named(Modality.class, row[2]);
                    read.computeIfAbsent(id, k -> new Builder()).row = row;
                });
        Map<String, String> names = new HashMap<>();
        query("SELECT project_id, country_m49, percentage FROM project_country", "project_id", ids, (id, row) -> with(read, id,
                b -> b.countries.add(new Portfolio.Share(((String) row[1]).strip(), (BigDecimal) row[2]))));
        query("SELECT project_id, name, org_role, country_m49, ssc_role FROM project_partner", "project_id", ids,
                (id, row) -> with(read, id, b -> b.partners.add(new Portfolio.Party(names.computeIfAbsent((String) row[1], n -> n),
                        named(PartnerRole.class, row[2]), row[3] == null ? null : ((String) row[3]).strip(), named(SscRole.class, row[4])))));
        query("SELECT project_id, tx_year, committed_usd, disbursed_usd FROM project_year", "project_id", ids,
                (id, row) -> with(read, id, b -> b.years.add(new Portfolio.Year(((Number) row[1]).intValue(), (BigDecimal) row[2],
                        (BigDecimal) row[3]))));
        // events by component, then components by project, summed here: Derby took 7 to 20 s to join and group them at 70,000 events
        Map<Long, Long> componentProject = new HashMap<>();
        // training components only (events belong to them): a third of the components
        query("SELECT project_id, id FROM project_component WHERE kind = 'TRAINING'", "project_id", ids,
                (id, row) -> componentProject.put(((Number) row[1]).longValue(), id));
        Map<Long, Map<List<Object>, long[]>> counts = new HashMap<>();
        Map<Long, Map<List<Object>, BigDecimal[]>> sums = new HashMap<>();
        query("SELECT component_id, modality, event_type, participants, female, weighted_gain, scored_participants, weighted_followup, "
                + "followed_participants, certified_trainers, secondary_trainees FROM training_event", "component_id",
                ids == null ? null : componentProject.keySet(), (component, row) -> {
                    Long project = componentProject.get(component);
                    if (project == null) {
                        return;
                    }
                    List<Object> key = List.of(named(TrainingModality.class, row[1]), named(TrainingType.class, row[2]));
                    long[] c = counts.computeIfAbsent(project, k -> new HashMap<>()).computeIfAbsent(key, k -> new long[6]);
                    c[0] += along(row[3]);
                    c[1] += along(row[4]);
                    c[2] += along(row[6]);
                    c[3] += along(row[8]);
                    c[4] += along(row[9]);
                    c[5] += along(row[10]);
                    BigDecimal[] s = sums.computeIfAbsent(project, k -> new HashMap<>()).computeIfAbsent(key,
                            k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
                    s[0] = s[0].add(decimal(row[5]));
                    s[1] = s[1].add(decimal(row[7]));
                });
        counts.forEach((project, byKey) -> byKey.forEach((key, c) -> {
            BigDecimal[] s = sums.get(project).get(key);
            with(read, project, b -> b.trainings.add(new Portfolio.Training((TrainingModality) key.get(0), (TrainingType) key.get(1), c[0], c[1],
                    s[0], c[2], s[1], c[3], c[4], c[5])));
        }));
        return read;
    }

    /** The links of these projects (or all), each project's need ids, and the linked needs' facts. */
    private List<Portfolio.Need> links(Set<Long> ids, Map<Long, Builder> read) {
        Map<Long, Portfolio.Need> needs = new HashMap<>();
        query("SELECT l.project_id, n.id, n.priority, n.status, n.counted, n.published, n.country_m49 FROM need_link l JOIN need n "
                + "ON n.id = l.need_id", "l.project_id", ids, (id, row) -> with(read, id, b -> {
                    Portfolio.Need need = need(row);
                    b.needs.add(need.id());
                    needs.putIfAbsent(need.id(), need);
                }));
        return new ArrayList<>(needs.values());
    }

    private static Portfolio.Need need(Object[] row) {
        return new Portfolio.Need(((Number) row[1]).longValue(), named(Priority.class, row[2]), named(NeedStatus.class, row[3]),
                Boolean.TRUE.equals(row[4]),
                Boolean.TRUE.equals(row[5]), row[6] == null ? null : ((String) row[6]).strip());
    }

    /** The needs of these countries (or of all, {@code countries} null); null when there are none to read. */
    private Portfolio.CountryNeeds readNeeds(Set<String> countries) {
        if (countries != null && countries.isEmpty()) {
            return null;
        }
        List<String> in = countries == null ? null : List.copyOf(countries);
        String where = in == null ? "" : " AND country_m49 IN " + marks(in.size());
        List<Portfolio.NeedGroup> groups = new ArrayList<>();
        rows("SELECT country_m49, published, priority, status, COUNT(*) FROM need WHERE counted = TRUE" + where
                + " GROUP BY country_m49, published, priority, status", in, r -> {
                    if (r[0] != null) {
                        groups.add(new Portfolio.NeedGroup(((String) r[0]).strip(), Boolean.TRUE.equals(r[1]), named(Priority.class, r[2]),
                                named(NeedStatus.class, r[3]), along(r[4])));
                    }
                });
        List<Portfolio.OpenCost> costs = new ArrayList<>();
        rows("SELECT country_m49, published, cost_currency, COUNT(*), SUM(cost_amount) FROM need "
                + "WHERE counted = TRUE AND status = 'OPEN'" + where + " GROUP BY country_m49, published, cost_currency", in, r -> {
                    if (r[0] != null) {
                        costs.add(new Portfolio.OpenCost(((String) r[0]).strip(), Boolean.TRUE.equals(r[1]), (String) r[2], along(r[3]),
                                r[4] == null ? null : (BigDecimal) r[4]));
                    }
                });
        List<Portfolio.Need> linked = new ArrayList<>();
        if (in != null) {
            // from the countries' needs (index ix_need_country), those linked to a project
            rows("SELECT n.id, n.id, n.priority, n.status, n.counted, n.published, n.country_m49 FROM need n "
                    + "WHERE n.country_m49 IN " + marks(in.size()) + " AND EXISTS (SELECT 1 FROM need_link l WHERE l.need_id = n.id)", in,
                    r -> linked.add(need(r)));
        }
        return new Portfolio.CountryNeeds(countries == null ? Set.of() : countries, groups, costs, linked);
    }

    /**
     * Runs a statement, its question marks taken by {@code values} in order (none when null), and hands on each row as it is
     * read ({@link NativeRows}: a cursor, so that a bulk read never holds its rows but in the portfolio being built).
     */
    private void rows(String sql, List<?> values, java.util.function.Consumer<Object[]> each) {
        long started = System.nanoTime();
        NativeRows.each(em, sql, values, each);
        timed(sql, System.nanoTime() - started);
    }

    private static String marks(int n) {
        return "(" + String.join(",", java.util.Collections.nCopies(n, "?")) + ")";
    }

    /** An enumeration's constant from the name the column holds (as JPA stores it, EnumType.STRING). */
    private static <E extends Enum<E>> E named(Class<E> type, Object name) {
        return name == null ? null : Enum.valueOf(type, ((String) name).strip());
    }

    /**
     * Runs the statement over all rows, or over those of the ids a chunk at a time; gives each row with its project id (column
     * 0). Plain SQL through the persistence context, read with a cursor: this is a bulk read of columns into memory, where
     * EclipseLink's JPQL report queries took 1.6 to 2.1 times the same SQL over JDBC (an earlier DashboardBenchmark).
     */
    private void query(String sql, String idColumn, Collection<Long> ids, BiConsumer<Long, Object[]> each) {
        if (ids == null) {
            rows(sql, null, r -> each.accept(((Number) r[0]).longValue(), r));
            return;
        }
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            rows(sql + (sql.contains(" WHERE ") ? " AND " : " WHERE ") + idColumn + " IN " + marks(chunk.size()), chunk,
                    r -> each.accept(((Number) r[0]).longValue(), r));
        }
    }

    private static void with(Map<Long, Builder> read, Long id, java.util.function.Consumer<Builder> add) {
        Builder b = read.get(id);
        if (b != null) {
            add.accept(b);
        }
    }

    private static Collection<Portfolio.Project> build(Map<Long, Builder> read) {
        List<Portfolio.Project> out = new ArrayList<>(read.size());
        for (Map.Entry<Long, Builder> e : read.entrySet()) {
            Builder b = e.getValue();
            Object[] r = b.row;
            if (r == null) {
                continue;
            }
            out.add(new Portfolio.Project(e.getKey(), (ProjectStatus) r[1], (Modality) r[2], Boolean.TRUE.equals(r[3]), Boolean.TRUE.equals(r[4]),
                    Boolean.TRUE.equals(r[5]), (Integer) r[6], (Integer) r[7], decimal(r[8]), decimal(r[9]), ((Number) r[10]).intValue(),
                    ((Number) r[11]).intValue(), Boolean.TRUE.equals(r[12]), Boolean.TRUE.equals(r[13]), Boolean.TRUE.equals(r[14]),
                    (String) r[15], (String) r[16], r[17] == null ? null : ((String) r[17]).toLowerCase(Locale.ROOT), (String) r[18],
                    List.copyOf(b.countries), List.copyOf(b.partners), List.copyOf(b.years), List.copyOf(b.trainings), List.copyOf(b.needs)));
        }
        return out;
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO.setScale(2) : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static long along(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
