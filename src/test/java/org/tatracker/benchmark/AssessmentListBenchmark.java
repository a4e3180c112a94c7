package org.tatracker.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.URL;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Rerunnable benchmark of the assessment list (issue #4): fills the database with 20,000
 * generated assessments and 200,000 needs (once; a second run reuses them), then times pages of
 * 50 through the REST API and the full Faces page. Run with {@code mvn -B verify -Pbenchmark};
 * figures go to the console and to {@code target/benchmark-assessments.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentListBenchmark {

    static final int ASSESSMENTS = 20_000;
    static final int NEEDS_EACH = 10;
    static final String MARK = "[generated] ";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(AssessmentListBenchmark.class, Timing.class);
    }

    @Resource(lookup = "java:app/jdbc/tatracker")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void fillTheDatabase() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long existing;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM assessment WHERE title LIKE '[generated]%'")) {
                rs.next();
                existing = rs.getLong(1);
            }
            if (existing >= ASSESSMENTS) {
                return;
            }
            List<String> countries = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT m49 FROM country WHERE region_code IS NOT NULL")) {
                while (rs.next()) {
                    countries.add(rs.getString(1));
                }
            }
            long office;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id) FROM organisation WHERE kind = 'FIELD_OFFICE'")) {
                rs.next();
                office = rs.getLong(1);
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            Random random = new Random(42);
            String[] statuses = {"DRAFT", "SUBMITTED", "SHARED", "VALIDATED", "VALIDATED", "VALIDATED", "DISPUTED", "ARCHIVED"};
            String[] frameworks = {"CJAT", "UNTOC_RM", "UNCAC_IRM", "NATIONAL", "OTHER"};
            String[] priorities = {"HIGH", "MEDIUM", "LOW"};
            String[] categories = {"LEGISLATIVE", "INSTITUTIONAL", "CAPACITY", "EQUIPMENT", "DATA", "INTERNATIONAL_COOPERATION"};
            long started = System.nanoTime();
            try (PreparedStatement a = c.prepareStatement("INSERT INTO assessment (version_number, superseded, country_m49, title, framework, "
                    + "lead_office_id, mission_start, mission_end, publication_consent, status, validated_on, created_by, created_at, version, "
                    + "needs_high, needs_medium, needs_low) VALUES (1, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generator', ?, 0, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement n = c.prepareStatement("INSERT INTO need (assessment_id, position, cjat_area, description, category, "
                            + "priority, cost_amount, cost_currency, status, version) VALUES (?, ?, '1.3', ?, ?, ?, ?, 'USD', 'OPEN', 0)")) {
                for (long i = existing; i < ASSESSMENTS; i++) {
                    LocalDate start = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    String status = statuses[random.nextInt(statuses.length)];
                    a.setString(1, countries.get(random.nextInt(countries.size())));
                    a.setString(2, MARK + "assessment " + i);
                    a.setString(3, frameworks[random.nextInt(frameworks.length)]);
                    a.setLong(4, office);
                    a.setDate(5, Date.valueOf(start));
                    a.setDate(6, Date.valueOf(start.plusDays(5 + random.nextInt(20))));
                    a.setBoolean(7, random.nextInt(4) != 0);
                    a.setString(8, status);
                    a.setDate(9, status.equals("VALIDATED") || status.equals("ARCHIVED") ? Date.valueOf(start.plusMonths(2)) : null);
                    a.setTimestamp(10, Timestamp.valueOf(start.atStartOfDay()));
                    String[] needPriorities = new String[NEEDS_EACH];
                    int[] perPriority = new int[3];
                    for (int k = 0; k < NEEDS_EACH; k++) {
                        int p = random.nextInt(priorities.length);
                        needPriorities[k] = priorities[p];
                        perPriority[p]++;
                    }
                    a.setInt(11, perPriority[0]);
                    a.setInt(12, perPriority[1]);
                    a.setInt(13, perPriority[2]);
                    a.executeUpdate();
                    long id;
                    try (ResultSet keys = a.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (int k = 1; k <= NEEDS_EACH; k++) {
                        n.setLong(1, id);
                        n.setInt(2, k);
                        n.setString(3, MARK + "need " + k + " of assessment " + i);
                        n.setString(4, categories[random.nextInt(categories.length)]);
                        n.setString(5, needPriorities[k - 1]);
                        n.setBigDecimal(6, java.math.BigDecimal.valueOf(1000 + random.nextInt(500_000), 2));
                        n.addBatch();
                    }
                    n.executeBatch();
                    if (i % 1000 == 999) {
                        c.commit();
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
            Timing.report("benchmark-assessments.txt", String.format("generated %d assessments and %d needs in %.1f s", ASSESSMENTS - existing,
                    (ASSESSMENTS - existing) * NEEDS_EACH, (System.nanoTime() - started) / 1e9));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void timeThePages() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        String bearer = Timing.bearer(client, root);

        String[] queries = {"api/assessments?size=50&page=%d", "api/assessments?size=50&page=%d&sort=title&dir=asc",
                "api/assessments?size=50&page=%d&status=validated&priority=high", "api/assessments?size=50&page=%d&year=2020&framework=cjat",
                "api/assessments?size=50&page=%d&country=KEN", "api/assessments?size=50&page=%d&q=assessment%%201"};
        Random random = new Random(7);
        for (String query : queries) {
            long[] times = Timing.time(client, root, bearer, () -> String.format(query, random.nextInt(40)), 10, 60);
            Timing.report("benchmark-assessments.txt", String.format("REST %-60s median %5.1f ms  p95 %5.1f ms  max %5.1f ms", query, Timing.ms(times, 0.5), Timing.ms(times, 0.95), Timing.ms(times, 1.0)));
        }
        long[] page = Timing.time(client, root, bearer, () -> "assessments.xhtml?lang=en", 10, 40);
        Timing.report("benchmark-assessments.txt", String.format("Page %-60s median %5.1f ms  p95 %5.1f ms  max %5.1f ms", "assessments.xhtml (first page of 50)",
                Timing.ms(page, 0.5), Timing.ms(page, 0.95), Timing.ms(page, 1.0)));
        assertTrue(Timing.ms(page, 0.5) > 0);
    }
}
