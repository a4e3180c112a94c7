package org.tatracker.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
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
 * Rerunnable benchmark of the project list (issue #5): fills the database with 50,000 generated
 * projects (recipient countries, sectors, three partners each) and 1,000,000 transactions (once;
 * a second run reuses them), then times pages of 50 through the REST API and the full Faces page,
 * unfiltered and with each filter. Run with {@code mvn -B verify -Pbenchmark}; figures go to the
 * console and to {@code target/benchmark-projects.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectListBenchmark {

    static final int PROJECTS = 50_000;
    static final int TRANSACTIONS_EACH = 20;
    static final String MARK = "[generated] ";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(ProjectListBenchmark.class, Timing.class);
    }

    @Resource(lookup = "java:app/jdbc/tatracker")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void fillTheDatabase() throws Exception {
        ensureGenerated(dataSource);
    }

    /** Generates the 50,000 projects unless a previous run did; the IATI benchmark exports them. */
    static void ensureGenerated(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long existing;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM project WHERE title LIKE '[generated]%'")) {
                rs.next();
                existing = rs.getLong(1);
            }
            if (existing >= PROJECTS) {
                return;
            }
            List<String> countries = new ArrayList<>();
            java.util.Map<String, String> areas = new java.util.HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT m49, region_code, sub_region_code, "
                    + "intermediate_region_code FROM country WHERE region_code IS NOT NULL")) {
                while (rs.next()) {
                    countries.add(rs.getString(1));
                    StringBuilder a = new StringBuilder();
                    for (int k = 2; k <= 4; k++) {
                        if (rs.getString(k) != null) {
                            a.append(rs.getString(k)).append('|');
                        }
                    }
                    areas.put(rs.getString(1), a.append(rs.getString(1)).append('|').toString());
                }
            }
            long owner;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id) FROM organisation")) {
                rs.next();
                owner = rs.getLong(1);
            }
            String[] statuses = {"PIPELINE", "IMPLEMENTATION", "IMPLEMENTATION", "IMPLEMENTATION", "FINALISATION", "CLOSED", "CLOSED", "CANCELLED"};
            String[] sectors = {"15110", "15130", "15210", "15220", "15230", "15250", "15261", "15160", "16063", "15190"};
            String[] currencies = {"USD", "EUR", "GBP", "NOK", "SEK", "JPY", "BRL"};
            BigDecimal[] rates = {BigDecimal.ONE, new BigDecimal("0.92"), new BigDecimal("0.79"), new BigDecimal("10.5"), new BigDecimal("10.6"),
                    new BigDecimal("140"), new BigDecimal("5.2")};
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            Random random = new Random(42);
            long started = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO project (iati_identifier, reporting_org_ref, own_code, title, status, "
                    + "planned_start, planned_end, start_year, end_year, modality, owner_org_id, has_technical, has_material, has_training, "
                    + "committed_usd, disbursed_usd, created_by, created_at, version, recipient_areas, sector_codes) VALUES (?, 'XX-GEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, 'generator', ?, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement pc = c.prepareStatement("INSERT INTO project_country (project_id, country_m49, percentage) VALUES (?, ?, ?)");
                    PreparedStatement ps = c.prepareStatement("INSERT INTO project_sector (project_id, code, percentage) VALUES (?, ?, ?)");
                    PreparedStatement pa = c.prepareStatement("INSERT INTO project_partner (project_id, name, org_type, country_m49, org_role, "
                            + "ssc_role) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement tx = c.prepareStatement("INSERT INTO project_transaction (project_id, tx_type, tx_date, amount, currency, "
                            + "usd_amount, usd_rate, rate_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long i = existing; i < PROJECTS; i++) {
                    int startYear = 2012 + random.nextInt(15);
                    LocalDate start = LocalDate.of(startYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    LocalDate end = start.plusMonths(6 + random.nextInt(48));
                    int m = random.nextInt(100);
                    String modality = m < 55 ? "NORTH_SOUTH" : m < 80 ? "SOUTH_SOUTH" : m < 92 ? "TRIANGULAR" : null;
                    // transactions first, so that the project carries their USD totals as the application keeps them
                    String currency = currencies[random.nextInt(currencies.length)];
                    BigDecimal rate = rates[Arrays.asList(currencies).indexOf(currency)];
                    List<Object[]> rows = new ArrayList<>();
                    BigDecimal committed = BigDecimal.ZERO.setScale(2);
                    BigDecimal disbursed = BigDecimal.ZERO.setScale(2);
                    for (int k = 0; k < TRANSACTIONS_EACH; k++) {
                        String type = k < 2 ? "COMMITMENT" : k < 14 ? "DISBURSEMENT" : "EXPENDITURE";
                        BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(2_000_000), 2);
                        BigDecimal usd = amount.divide(rate, 2, RoundingMode.HALF_EVEN);
                        if (type.equals("COMMITMENT")) {
                            committed = committed.add(usd);
                        } else {
                            disbursed = disbursed.add(usd);
                        }
                        rows.add(new Object[] {type, Date.valueOf(start.plusDays(k * 20L)), amount, usd});
                    }
                    p.setString(1, "XX-GEN-P" + i);
                    p.setString(2, "P" + i);
                    p.setString(3, MARK + "project " + i);
                    p.setString(4, statuses[random.nextInt(statuses.length)]);
                    p.setDate(5, Date.valueOf(start));
                    p.setDate(6, Date.valueOf(end));
                    p.setInt(7, start.getYear());
                    p.setInt(8, end.getYear());
                    p.setString(9, modality);
                    p.setLong(10, owner);
                    p.setBoolean(11, random.nextBoolean());
                    p.setBoolean(12, random.nextInt(3) == 0);
                    p.setBoolean(13, random.nextInt(2) == 0);
                    p.setBigDecimal(14, committed);
                    p.setBigDecimal(15, disbursed);
                    p.setTimestamp(16, Timestamp.valueOf(start.atStartOfDay()));
                    Set<String> recipients = new LinkedHashSet<>();
                    int n = random.nextInt(5) == 0 ? 2 : 1;
                    while (recipients.size() < n) {
                        recipients.add(countries.get(random.nextInt(countries.size())));
                    }
                    Set<String> codes = new LinkedHashSet<>();
                    recipients.forEach(m49 -> codes.addAll(Arrays.asList(areas.get(m49).split("\\|"))));
                    p.setString(17, "|" + String.join("|", codes) + "|");
                    String first = sectors[random.nextInt(sectors.length)];
                    String second = sectors[random.nextInt(sectors.length)];
                    p.setString(18, first.equals(second) ? "|" + first + "|" : "|" + String.join("|", new java.util.TreeSet<>(List.of(first, second))) + "|");
                    p.executeUpdate();
                    long id;
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (String m49 : recipients) {
                        pc.setLong(1, id);
                        pc.setString(2, m49);
                        pc.setBigDecimal(3, n == 1 ? new BigDecimal("100") : new BigDecimal("50"));
                        pc.addBatch();
                    }
                    ps.setLong(1, id);
                    ps.setString(2, first);
                    ps.setBigDecimal(3, first.equals(second) ? new BigDecimal("100") : new BigDecimal("60"));
                    ps.addBatch();
                    if (!first.equals(second)) {
                        ps.setLong(1, id);
                        ps.setString(2, second);
                        ps.setBigDecimal(3, new BigDecimal("40"));
                        ps.addBatch();
                    }
                    String recipient = recipients.iterator().next();
                    Object[][] partners = {
                            {"Donor " + random.nextInt(40) + " (generated)", "10", countries.get(random.nextInt(countries.size())), "FUNDING",
                                    modality == null ? null : modality.equals("TRIANGULAR") ? "FACILITATOR" : "PROVIDER"},
                            {"Implementer " + random.nextInt(200) + " (generated)", "21", null, "IMPLEMENTING", null},
                            {"Ministry of Justice " + recipient + " (generated)", "10", recipient, "ACCOUNTABLE", modality == null ? null : "RECIPIENT"}};
                    for (Object[] partner : partners) {
                        pa.setLong(1, id);
                        pa.setString(2, (String) partner[0]);
                        pa.setString(3, (String) partner[1]);
                        pa.setString(4, (String) partner[2]);
                        pa.setString(5, (String) partner[3]);
                        pa.setString(6, (String) partner[4]);
                        pa.addBatch();
                    }
                    for (Object[] row : rows) {
                        tx.setLong(1, id);
                        tx.setString(2, (String) row[0]);
                        tx.setDate(3, (Date) row[1]);
                        tx.setBigDecimal(4, (BigDecimal) row[2]);
                        tx.setString(5, currency);
                        tx.setBigDecimal(6, (BigDecimal) row[3]);
                        tx.setBigDecimal(7, rate);
                        tx.setInt(8, ((Date) row[1]).toLocalDate().getYear());
                        tx.addBatch();
                    }
                    if (i % 100 == 99) {
                        pc.executeBatch();
                        ps.executeBatch();
                        pa.executeBatch();
                        tx.executeBatch();
                    }
                    if (i % 1000 == 999) {
                        c.commit();
                    }
                }
                pc.executeBatch();
                ps.executeBatch();
                pa.executeBatch();
                tx.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
            Timing.report("benchmark-projects.txt", String.format("generated %d projects and %d transactions in %.1f s", PROJECTS - existing,
                    (PROJECTS - existing) * TRANSACTIONS_EACH, (System.nanoTime() - started) / 1e9));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void timeThePages() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        String bearer = Timing.bearer(client, root);
        HttpResponse<String> count = client.send(HttpRequest.newBuilder(URI.create(root + "api/projects?size=1")).header("Authorization", bearer)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Timing.report("benchmark-projects.txt", "projects in the database: " + count.body().replaceAll(".*\"total\":(\\d+).*", "$1"));

        String[] queries = {"api/projects?size=50&page=%d", "api/projects?size=50&page=%d&sort=title&dir=asc",
                "api/projects?size=50&page=%d&sort=committed", "api/projects?size=50&page=%d&country=KEN",
                "api/projects?size=50&page=%d&region=202", "api/projects?size=50&page=%d&donor=Donor%%207%%20(generated)",
                "api/projects?size=50&page=%d&implementer=Implementer%%2012%%20(generated)", "api/projects?size=50&page=%d&modality=triangular",
                "api/projects?size=50&page=%d&kind=training", "api/projects?size=50&page=%d&sector=152",
                "api/projects?size=50&page=%d&status=implementation&year=2020",
                "api/projects?size=50&page=%d&modality=south_south&kind=material&sector=15130&year=2022",
                "api/projects?size=50&page=%d&q=project%%2012"};
        Random random = new Random(7);
        for (String query : queries) {
            long[] times = Timing.time(client, root, bearer, () -> String.format(query, random.nextInt(20)), 5, 40);
            Timing.report("benchmark-projects.txt", String.format("REST %-75s median %6.1f ms  p95 %6.1f ms  max %6.1f ms", query, Timing.ms(times, 0.5), Timing.ms(times, 0.95), Timing.ms(times, 1.0)));
        }
        long[] page = Timing.time(client, root, bearer, () -> "projects.xhtml?lang=en", 5, 30);
        Timing.report("benchmark-projects.txt", String.format("Page %-75s median %6.1f ms  p95 %6.1f ms  max %6.1f ms", "projects.xhtml (first page of 50)",
                Timing.ms(page, 0.5), Timing.ms(page, 0.95), Timing.ms(page, 1.0)));
        assertTrue(Timing.ms(page, 0.5) > 0);
    }
}
