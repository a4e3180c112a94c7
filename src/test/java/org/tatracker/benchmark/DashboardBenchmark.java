package org.tatracker.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tatracker.testing.Deployments;

/**
 * Rerunnable benchmark of the portfolio dashboard (issue #6) at the issue's scale: the generator's scale 1 (193
 * countries, 20,000 assessments, 200,000 needs, 50,000 projects, 1,000,000 transactions), generated once in the
 * benchmarks' own database and reused by later runs. For each filter it times, after warm-up:
 * <ul>
 * <li>the application: {@code GET /api/indicators/dashboard} (every query of the dashboard through JPA, the aggregation
 * and the JSON), and the full page {@code dashboard.xhtml} (server time as the client sees it on loopback);</li>
 * <li>plain JDBC: the very SQL statements the application sent for that call, caught from EclipseLink's SQL log with
 * their parameters, run again over the same data source, one after the other.</li>
 * </ul>
 * Run with {@code mvn -B verify -Pbenchmark -Dit.test=DashboardBenchmark}; figures go to the console and to
 * {@code target/benchmark-dashboard.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBenchmark {

    static final String FILE = "benchmark-dashboard.txt";
    static final Path SESSION = Path.of(System.getProperty("tatracker.buildDir", "target"), "benchmark-dashboard-session.txt");
    static final List<String> FILTERS = List.of("", "country=KEN", "region=002", "modality=triangular", "kind=training",
            "donor=Donor%201%20(synthetic)", "year=2020", "sector=151", "status=implementation",
            "country=MOZ&modality=south_south", "region=419&kind=material&year=2022");
    static final int WARMUPS = 1;
    static final int RUNS = 5;
    /** Runs of a dashboard's few small queries, a few milliseconds each: more of them, for a steadier median. */
    static final int QUERY_RUNS = 11;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(DashboardBenchmark.class, Timing.class, SqlCatcher.class, QueryClock.class);
    }

    @Resource(lookup = "java:app/jdbc/tatracker")
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory emf;

    @jakarta.ejb.EJB
    org.tatracker.indicator.boundary.PortfolioStore store;

    @ArquillianResource
    URL base;

    /**
     * Generates scale 1 with the administrators' command ({@code POST /api/demo-data}), in tenths (each call adds the next
     * tenth; a later run of the benchmark adds nothing), so that no single request runs for many minutes.
     */
    @Test
    @Order(1)
    @RunAsClient
    void generateTheIssuesScale() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        String bearer = Timing.bearer(client, root);
        long started = System.nanoTime();
        long projects = 0;
        long transactions = 0;
        for (int tenth = 1; tenth <= 10; tenth++) {
            java.net.http.HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(URI.create(root + "api/demo-data?scale=" + tenth / 10.0))
                    .header("Authorization", bearer).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            projects += Long.parseLong(r.body().replaceAll(".*\"projects\":(\\d+).*", "$1"));
            transactions += Long.parseLong(r.body().replaceAll(".*\"transactions\":(\\d+).*", "$1"));
            System.out.println("BENCHMARK generated scale " + tenth / 10.0 + ": " + r.body());
        }
        if (projects > 0) {
            Timing.report(FILE, String.format("generated %,d projects and %,d transactions (scale 1) in %.1f min", projects, transactions,
                    (System.nanoTime() - started) / 60e9));
        }
    }

    @Test
    @Order(2)
    void countWhatTheDatabaseHolds() throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM project), "
                + "(SELECT COUNT(*) FROM assessment), (SELECT COUNT(*) FROM need), (SELECT COUNT(*) FROM project_transaction), "
                + "(SELECT COUNT(DISTINCT country_m49) FROM project_partner) FROM SYSIBM.SYSDUMMY1")) {
            rs.next();
            Timing.report(FILE, String.format("database: %,d projects, %,d assessments, %,d needs, %,d transactions, %d partner countries",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            assertTrue(rs.getLong(1) >= 50_000 && rs.getLong(4) >= 1_000_000);
        }
    }

    /** Signs in once and leaves the address and the token where the in-server step finds them. */
    @Test
    @Order(3)
    @RunAsClient
    void timeThePages() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        String bearer = Timing.bearer(client, root);
        Files.writeString(SESSION, root + "\n" + bearer + "\n", StandardCharsets.UTF_8);
        // a warm-up round over every filter first: the server has just started, and its compiler warms up on the first pages
        for (String filter : FILTERS) {
            Timing.time(client, root, bearer, () -> "dashboard.xhtml?lang=en" + (filter.isEmpty() ? "" : "&" + pageFilter(filter)), 0, 2);
        }
        for (String filter : FILTERS) {
            long[] page = Timing.time(client, root, bearer, () -> "dashboard.xhtml?lang=en" + (filter.isEmpty() ? "" : "&" + pageFilter(filter)),
                    WARMUPS, RUNS);
            Timing.report(FILE, String.format("page  %-45s median %7.1f ms  max %7.1f ms", label(filter), Timing.ms(page, 0.5), Timing.ms(page, 1.0)));
        }
    }

    /** In the server: the REST dashboard per filter, the SQL it sent, and the same SQL over plain JDBC. */
    @Test
    @Order(4)
    void compareWithPlainJdbc() throws Exception {
        List<String> session = Files.readAllLines(SESSION, StandardCharsets.UTF_8);
        String root = session.get(0);
        String bearer = session.get(1);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        org.eclipse.persistence.sessions.server.Server server = emf.unwrap(org.eclipse.persistence.jpa.JpaEntityManagerFactory.class)
                .getServerSession();
        Map<String, List<SqlCatcher.Statement>> sql = new LinkedHashMap<>();
        SessionLog original = server.getSessionLog();
        SqlCatcher catcher = new SqlCatcher();
        server.setSessionLog(catcher);
        try {
            for (String filter : FILTERS) {
                Timing.get(client, root, bearer, "api/indicators/dashboard" + (filter.isEmpty() ? "" : "?" + filter));
                catcher.statements.clear();
                Timing.get(client, root, bearer, "api/indicators/dashboard" + (filter.isEmpty() ? "" : "?" + filter));
                sql.put(filter, new ArrayList<>(catcher.statements));
            }
        } finally {
            server.setSessionLog(original);
        }
        for (String filter : FILTERS) {
            List<SqlCatcher.Statement> statements = sql.get(filter).stream().filter(s -> s.sql().startsWith("SELECT")).toList();
            String path = "api/indicators/dashboard" + (filter.isEmpty() ? "" : "?" + filter);
            long[] app = Timing.time(client, root, bearer, () -> path, WARMUPS, RUNS);
            // the same call again, its queries timed as EclipseLink runs them (a profiler on the session: SQL, rows and the
            // objects built from them), each run followed by a run of the same statements over JDBC
            QueryClock clock = new QueryClock();
            server.setProfiler(clock);
            Compared queries;
            try {
                queries = compare(QUERY_RUNS, () -> {
                    clock.nanos.set(0);
                    clock.byQuery.clear();
                    Timing.get(client, root, bearer, path);
                    return clock.nanos.get();
                }, () -> replayOnce(statements));
            } finally {
                server.setProfiler(null);
            }
            Timing.report(FILE, String.format("REST  %-45s median %7.1f ms | its %2d SQL statements through JPA median %5.1f ms, over JDBC "
                    + "median %5.1f ms, ratio %.2f (of the runs' ratios, median %.2f)", label(filter), Timing.ms(app, 0.5), statements.size(),
                    Timing.ms(queries.app(), 0.5), Timing.ms(queries.jdbc(), 0.5), Timing.ms(queries.app(), 0.5) / Timing.ms(queries.jdbc(), 0.5),
                    queries.ratio()));
            if (filter.isEmpty()) {
                try (Connection c = dataSource.getConnection()) {
                    for (SqlCatcher.Statement st : statements) {
                        long[] each = new long[QUERY_RUNS];
                        for (int run = -WARMUPS; run < QUERY_RUNS; run++) {
                            long t = System.nanoTime();
                            st.run(c);
                            if (run >= 0) {
                                each[run] = System.nanoTime() - t;
                            }
                        }
                        Arrays.sort(each);
                        Timing.report(FILE, String.format("      over JDBC, median %5.2f ms: %s", Timing.ms(each, 0.5),
                                st.sql().substring(0, Math.min(120, st.sql().length()))));
                    }
                }
                for (Map.Entry<String, Long> q : clock.byQuery.entrySet()) {
                    Timing.report(FILE, String.format("      last run, through JPA %5.2f ms: %s", q.getValue() / 1e6,
                            q.getKey().substring(0, Math.min(120, q.getKey().length()))));
                }
            }
        }
        assertEquals(FILTERS.size(), sql.size());
    }

    /**
     * The dashboard's queries proper: the portfolio read whole through JPA (what every figure is summed from), and the
     * same SQL, caught from EclipseLink's log, over plain JDBC. Then how long bringing it up to date takes after one
     * project and one country's needs changed (the change log the triggers write).
     */
    @Test
    @Order(5)
    void comparePortfolioReadWithPlainJdbc() throws Exception {
        org.eclipse.persistence.sessions.server.Server server = emf.unwrap(org.eclipse.persistence.jpa.JpaEntityManagerFactory.class)
                .getServerSession();
        SessionLog original = server.getSessionLog();
        SqlCatcher catcher = new SqlCatcher();
        long[] app = new long[RUNS];
        long[] queries = new long[RUNS];
        for (int run = -WARMUPS; run < RUNS; run++) {
            if (run == 0) {
                server.setSessionLog(catcher);
            }
            System.gc();
            long t = System.nanoTime();
            org.tatracker.indicator.control.Portfolio p = store.readAgain();
            long took = System.nanoTime() - t;
            if (run == 0) {
                server.setSessionLog(original);
            }
            if (run >= 0) {
                app[run] = took;
                queries[run] = store.lastRead().queriesNanos();
            }
            assertTrue(p.size() >= 50_000);
        }
        Arrays.sort(app);
        Arrays.sort(queries);
        // the bulk read's statements (the store also reads the reference data again: three small queries, not timed)
        List<SqlCatcher.Statement> statements = catcher.statements.stream().filter(s -> store.lastRead().nanosByQuery().containsKey(s.sql()))
                .toList();
        // statement by statement, the last read's time through JPA and one run over JDBC, to see where the difference lies
        try (Connection c = dataSource.getConnection()) {
            for (SqlCatcher.Statement s : statements) {
                long t = System.nanoTime();
                s.run(c);
                Timing.report(FILE, String.format("  over JDBC %7.1f ms: %s", (System.nanoTime() - t) / 1e6, s.sql().substring(0,
                        Math.min(110, s.sql().length()))));
            }
        }
        for (Map.Entry<String, Long> q : store.lastRead().nanosByQuery().entrySet()) {
            Timing.report(FILE, String.format("  through JPA %7.1f ms: %s", q.getValue() / 1e6, q.getKey().substring(0, Math.min(110,
                    q.getKey().length()))));
        }
        // the same statements through the application's read path alone (NativeRows: a cursor through the persistence context,
        // each row handed on), without sorting the rows into a portfolio; each run followed by a run over JDBC
        long[] handed = new long[1];
        Compared bulk;
        jakarta.persistence.EntityManager em = emf.createEntityManager();
        try {
            bulk = compare(RUNS, () -> {
                long t = System.nanoTime();
                for (SqlCatcher.Statement st : statements) {
                    org.tatracker.platform.boundary.NativeRows.each(em, st.sql(), st.binds(), row -> handed[0] += row.length);
                }
                return System.nanoTime() - t;
            }, () -> replayOnce(statements));
        } finally {
            em.close();
        }
        Timing.report(FILE, String.format("portfolio read's %d statements through JPA alone (NativeRows, no building) median %7.1f ms "
                + "| over JDBC median %7.1f ms | ratio %.2f (of the runs' ratios, median %.2f; target 1.5)", statements.size(),
                Timing.ms(bulk.app(), 0.5), Timing.ms(bulk.jdbc(), 0.5), Timing.ms(bulk.app(), 0.5) / Timing.ms(bulk.jdbc(), 0.5), bulk.ratio()));
        Timing.report(FILE, String.format("portfolio read whole by the store (beside the old copy, still live): its %d statements with "
                + "each row sorted into the projects' facts as it comes median %7.1f ms; in all, with building the portfolio from them, "
                + "median %7.1f ms", statements.size(), Timing.ms(queries, 0.5), Timing.ms(app, 0.5)));

        long[] refresh = new long[RUNS];
        try (Connection c = dataSource.getConnection()) {
            long project;
            String country;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(id) FROM project")) {
                rs.next();
                project = rs.getLong(1);
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT country_m49 FROM need WHERE id = (SELECT MAX(id) FROM need)")) {
                rs.next();
                country = rs.getString(1);
            }
            for (int run = 0; run < RUNS; run++) {
                try (PreparedStatement touch = c.prepareStatement("UPDATE project SET title = title WHERE id = ?")) {
                    touch.setLong(1, project);
                    touch.executeUpdate();
                }
                try (PreparedStatement touch = c.prepareStatement("UPDATE need SET priority = priority WHERE id = (SELECT MAX(id) FROM need "
                        + "WHERE country_m49 = ?)")) {
                    touch.setString(1, country);
                    touch.executeUpdate();
                }
                long t = System.nanoTime();
                store.current();
                refresh[run] = System.nanoTime() - t;
            }
        }
        Arrays.sort(refresh);
        Timing.report(FILE, String.format("portfolio brought up to date after one project and one country's needs changed: median %7.1f ms"
                + "  max %7.1f ms", Timing.ms(refresh, 0.5), Timing.ms(refresh, 1.0)));
        assertTrue(bulk.ratio() > 0 && handed[0] > 0);
    }

    /**
     * Runs the statements one after the other over one connection taken from the pool (as a JDBC application would for a
     * request); how long that took, the connection's taking included.
     */
    private long replayOnce(List<SqlCatcher.Statement> statements) throws Exception {
        long t = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            for (SqlCatcher.Statement s : statements) {
                s.run(c);
            }
        }
        return System.nanoTime() - t;
    }

    /** Times of the runs through the application and over JDBC, sorted; and the median of the runs' ratios. */
    record Compared(long[] app, long[] jdbc, double ratio) {
    }

    /**
     * Runs the application's side and JDBC's side in turn, {@code runs} times after warm-up, each after a full collection,
     * so that neither side gets the quieter moments of the machine.
     */
    static Compared compare(int runs, java.util.concurrent.Callable<Long> app, java.util.concurrent.Callable<Long> jdbc) throws Exception {
        long[] a = new long[runs];
        long[] j = new long[runs];
        double[] ratios = new double[runs];
        for (int run = -WARMUPS; run < runs; run++) {
            System.gc();
            long appNanos = app.call();
            System.gc();
            long jdbcNanos = jdbc.call();
            if (run >= 0) {
                a[run] = appNanos;
                j[run] = jdbcNanos;
                ratios[run] = (double) appNanos / jdbcNanos;
            }
        }
        Arrays.sort(a);
        Arrays.sort(j);
        Arrays.sort(ratios);
        return new Compared(a, j, ratios[runs / 2]);
    }

    /** The page's view parameters take the enumerations' names as they are ({@code TRIANGULAR}); the API takes any case. */
    static String pageFilter(String filter) {
        StringBuilder out = new StringBuilder();
        for (String pair : filter.split("&")) {
            String[] kv = pair.split("=", 2);
            boolean named = List.of("modality", "kind", "status").contains(kv[0]);
            out.append(out.length() == 0 ? "" : "&").append(kv[0]).append('=').append(named ? kv[1].toUpperCase(java.util.Locale.ROOT) : kv[1]);
        }
        return out.toString();
    }

    static String label(String filter) {
        return filter.isEmpty() ? "(no filter)" : filter.replace("%20", " ");
    }

    /**
     * Adds up the time EclipseLink spends executing queries (the outermost only, a query run inside another counted once):
     * its SQL, the rows, and what it builds from them (objects, the cache), as the application gets them.
     */
    static final class QueryClock extends org.eclipse.persistence.sessions.SessionProfilerAdapter {

        final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
        final Map<String, Long> byQuery = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public int getProfileWeight() {
            return org.eclipse.persistence.sessions.SessionProfiler.ALL;
        }

        @Override
        public Object profileExecutionOfQuery(org.eclipse.persistence.queries.DatabaseQuery query,
                org.eclipse.persistence.sessions.DataRecord row, org.eclipse.persistence.internal.sessions.AbstractSession session) {
            int[] d = depth.get();
            boolean outermost = d[0]++ == 0;
            long started = System.nanoTime();
            try {
                return super.profileExecutionOfQuery(query, row, session);
            } finally {
                d[0]--;
                if (outermost) {
                    long took = System.nanoTime() - started;
                    nanos.addAndGet(took);
                    String label = query.getJPQLString() != null ? query.getJPQLString() : String.valueOf(query.getSQLString());
                    byQuery.merge(query.getClass().getSimpleName() + " " + label, took, Long::sum);
                }
            }
        }
    }

    /** Catches the SQL EclipseLink sends, with its parameters, and runs it again over JDBC. */
    static final class SqlCatcher extends AbstractSessionLog {

        /** One statement and its parameters as EclipseLink printed them. */
        record Statement(String sql, List<String> binds) {

            /**
             * Runs it and reads every row into an array of its columns, handed on and not kept (as the application's read
             * path does); each parameter is converted to the type Derby expects there. The number of rows.
             */
            int run(Connection c) throws Exception {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ParameterMetaData meta = ps.getParameterMetaData();
                    for (int i = 0; i < binds.size(); i++) {
                        String v = binds.get(i);
                        switch (meta.getParameterType(i + 1)) {
                            case Types.BOOLEAN -> ps.setBoolean(i + 1, Boolean.parseBoolean(v));
                            case Types.INTEGER, Types.SMALLINT, Types.BIGINT -> ps.setLong(i + 1, Long.parseLong(v));
                            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE -> ps.setBigDecimal(i + 1, new BigDecimal(v));
                            case Types.DATE -> ps.setDate(i + 1, java.sql.Date.valueOf(v));
                            default -> ps.setString(i + 1, v);
                        }
                    }
                    int rows = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            Object[] row = new Object[columns];
                            for (int k = 1; k <= columns; k++) {
                                row[k - 1] = rs.getObject(k);
                            }
                            handed += row.length;
                            rows++;
                        }
                    }
                    return rows;
                }
            }
        }

        final List<Statement> statements = java.util.Collections.synchronizedList(new ArrayList<>());

        /** Where the replayed rows' columns are counted, so that reading them cannot be left out. */
        static long handed;

        SqlCatcher() {
            setLevel(SessionLog.FINE, SessionLog.SQL);
            setLevel(SessionLog.FINE);
            setShouldDisplayData(Boolean.TRUE);
        }

        @Override
        public void log(SessionLogEntry entry) {
            if (!SessionLog.SQL.equals(entry.getNameSpace()) || entry.getMessage() == null) {
                return;
            }
            String message = entry.getMessage();
            int bind = message.indexOf("\n\tbind => [");
            if (bind < 0) {
                statements.add(new Statement(message.strip(), List.of()));
                return;
            }
            String values = message.substring(bind + "\n\tbind => [".length(), message.lastIndexOf(']'));
            List<String> binds = values.isEmpty() ? List.of() : Arrays.asList(values.split(", "));
            statements.add(new Statement(message.substring(0, bind).strip(), binds));
        }
    }
}
