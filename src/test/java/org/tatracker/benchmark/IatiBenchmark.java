package org.tatracker.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.jboss.arquillian.container.test.api.Deployment;
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
 * Rerunnable benchmark of IATI export and import (issue #7), in the server's own JVM so that its heap can be watched. Export:
 * every project of the database (the 50,000 generated ones of {@link ProjectListBenchmark} and whatever else is there) through
 * {@code GET /api/iati/activities}, against (a) a bare StAX writer writing activities of the same content, replayed from the
 * export's own first activities, and (b) the same SQL the export runs, over plain JDBC, rows read and discarded. Import: a
 * generated file of 10,000 activities through {@code POST /api/iati/imports}, against a bare StAX pass that reads and discards
 * it (and the tracker's reader alone, without the database). Run with {@code mvn -B verify -Pbenchmark -Dit.test=IatiBenchmark};
 * figures go to the console and to {@code target/benchmark-iati.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IatiBenchmark {

    static final int IMPORT_ACTIVITIES = 10_000;
    static final String REPORT = "benchmark-iati.txt";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(IatiBenchmark.class, IatiBenchmark.HeapWatch.class, ProjectListBenchmark.class,
                Timing.class);
    }

    @Resource(lookup = "java:app/jdbc/tatracker")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    String root() {
        return base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    /** Samples the heap every 20 ms: the highest use seen, and the highest use left after a garbage collection (live data). */
    static final class HeapWatch implements AutoCloseable {
        final AtomicLong peakUsed = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        final Thread thread;
        volatile boolean running = true;

        HeapWatch() {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
            thread = new Thread(() -> {
                while (running) {
                    long used = 0;
                    long afterGc = 0;
                    for (MemoryPoolMXBean p : heap) {
                        used += p.getUsage().getUsed();
                        if (p.getCollectionUsage() != null) {
                            afterGc += p.getCollectionUsage().getUsed();
                        }
                    }
                    peakUsed.accumulateAndGet(used, Math::max);
                    peakAfterGc.accumulateAndGet(afterGc, Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }

        String describe() {
            return String.format("peak heap used %d MB, peak live after GC %d MB (max heap %d MB)", peakUsed.get() >> 20, peakAfterGc.get() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    @Test
    @Order(1)
    void fillTheDatabase() throws Exception {
        ProjectListBenchmark.ensureGenerated(dataSource);
    }

    @Test
    @Order(2)
    void exportEveryProject() throws Exception {
        String bearer = Timing.bearer(client, root());
        long projects;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM project")) {
            rs.next();
            projects = rs.getLong(1);
        }
        assertTrue(projects >= 50_000, "the generated projects are there");
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        long bytes = 0;
        long activities = 0;
        long t0 = System.nanoTime();
        HeapWatch heap = new HeapWatch();
        try (heap) {
            HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(URI.create(root() + "api/iati/activities"))
                    .header("Authorization", bearer).timeout(Duration.ofMinutes(20)).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode());
            byte[] pattern = "</iati-activity>".getBytes(StandardCharsets.US_ASCII);
            int matched = 0;
            try (InputStream in = r.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) >= 0;) {
                    if (head.size() < 4_000_000) {
                        head.write(buffer, 0, n);
                    }
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        matched = buffer[i] == pattern[matched] ? matched + 1 : buffer[i] == pattern[0] ? 1 : 0;
                        if (matched == pattern.length) {
                            activities++;
                            matched = 0;
                        }
                    }
                }
            }
        }
        double appSeconds = (System.nanoTime() - t0) / 1e9;
        Timing.report(REPORT, String.format("export: %d projects in the database, %d activities, %,d bytes in %.1f s = %.0f activities/s; %s",
                projects, activities, bytes, appSeconds, activities / appSeconds, heap.describe()));

        // (a) the bare writer: the export's own first activities, replayed through a plain XMLStreamWriter until as many are written.
        List<Object[]> events = recordActivities(head.toByteArray(), 200);
        int perLoop = (int) events.stream().filter(e -> (int) e[0] == XMLStreamConstants.END_ELEMENT && "iati-activity".equals(e[1])).count();
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            CountingStream out = new CountingStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("iati-activities");
            w.writeAttribute("version", "2.03");
            for (long written = 0; written < activities; written += perLoop) {
                replay(w, events);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        Timing.report(REPORT, String.format("export baseline (a), bare StAX writer, same activities replayed: %.1f s = %.0f activities/s; "
                + "the application reaches %.0f %% of it", best, activities / best, 100 * best / appSeconds));

        // (b) the same SQL as the export, over plain JDBC, rows read and discarded.
        long t = System.nanoTime();
        long rows = sameSqlOverJdbc();
        double jdbc = (System.nanoTime() - t) / 1e9;
        Timing.report(REPORT, String.format("export baseline (b), the export's SQL over plain JDBC: %,d rows in %.1f s; the application takes "
                + "%.1fx that", rows, jdbc, appSeconds / jdbc));
    }

    /** Events of the first {@code max} complete activities: {type, local name or text, attributes as name/value pairs}. */
    static List<Object[]> recordActivities(byte[] xml, int max) throws Exception {
        List<Object[]> events = new ArrayList<>();
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
        int depth = 0;
        int done = 0;
        try {
            while (r.hasNext() && done < max) {
                int type = r.next();
                if (type == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth >= 2) {
                        List<String> attributes = new ArrayList<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attributes.add(r.getAttributeLocalName(i));
                            attributes.add(r.getAttributeValue(i));
                        }
                        events.add(new Object[] {type, r.getLocalName(), attributes});
                    }
                } else if (type == XMLStreamConstants.END_ELEMENT) {
                    if (depth >= 2) {
                        events.add(new Object[] {type, r.getLocalName(), null});
                        if (depth == 2) {
                            done++;
                        }
                    }
                    depth--;
                } else if (type == XMLStreamConstants.CHARACTERS && depth >= 2) {
                    events.add(new Object[] {type, r.getText(), null});
                }
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            // the recorded prefix ends in the middle of an activity: keep the complete ones
        }
        int last = events.size();
        while (last > 0 && !((int) events.get(last - 1)[0] == XMLStreamConstants.END_ELEMENT && "iati-activity".equals(events.get(last - 1)[1]))) {
            last--;
        }
        return new ArrayList<>(events.subList(0, last));
    }

    @SuppressWarnings("unchecked")
    static void replay(XMLStreamWriter w, List<Object[]> events) throws Exception {
        for (Object[] e : events) {
            switch ((int) e[0]) {
                case XMLStreamConstants.START_ELEMENT -> {
                    w.writeStartElement((String) e[1]);
                    List<String> a = (List<String>) e[2];
                    for (int i = 0; i < a.size(); i += 2) {
                        w.writeAttribute(a.get(i), a.get(i + 1));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> w.writeEndElement();
                default -> w.writeCharacters((String) e[1]);
            }
        }
    }

    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** The queries the export runs for each batch of 500 projects (the project rows and each relationship), over JDBC. */
    long sameSqlOverJdbc() throws Exception {
        String[] children = {"SELECT percentage, country_m49, project_id FROM project_country WHERE project_id IN (%s)",
            "SELECT code, percentage, project_id FROM project_sector WHERE project_id IN (%s)",
            "SELECT code, list_name, project_id FROM project_code WHERE project_id IN (%s)",
            "SELECT marker, significance, project_id FROM project_policy_marker WHERE project_id IN (%s)",
            "SELECT adopted_on, reference, position, project_id FROM project_law WHERE project_id IN (%s)",
            "SELECT amount, currency, period_end, period_start, budget_type, position, project_id FROM project_budget WHERE project_id IN (%s)",
            "SELECT ID, iati_ref, name, org_type, project_id, org_role, ssc_role, account_org_id, country_m49 FROM project_partner WHERE project_id IN (%s)",
            "SELECT ID, aid_type, description, kind, title, project_id FROM project_component WHERE project_id IN (%s)",
            "SELECT ID, amount, currency, tx_date, description, provider_name, provider_ref, rate_year, receiver_name, receiver_ref, tx_type, "
                    + "usd_amount, usd_rate, project_id FROM project_transaction WHERE project_id IN (%s)",
            "SELECT ID, baseline_value, baseline_year, by_sex, title, unit, project_id FROM result_indicator WHERE project_id IN (%s)",
            "SELECT ID, extent, linked_at, linked_by, note, need_id, project_id FROM need_link WHERE project_id IN (%s)",
            "SELECT * FROM project WHERE ID IN (%s)"};
        String marks = "?,".repeat(499) + "?";
        long rows = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ids = c.prepareStatement("SELECT ID FROM project WHERE ID > ? ORDER BY ID FETCH NEXT 500 ROWS ONLY")) {
            List<PreparedStatement> statements = new ArrayList<>();
            for (String sql : children) {
                statements.add(c.prepareStatement(sql.formatted(marks)));
            }
            long after = 0;
            while (true) {
                ids.setLong(1, after);
                List<Long> batch = new ArrayList<>();
                try (ResultSet rs = ids.executeQuery()) {
                    while (rs.next()) {
                        batch.add(rs.getLong(1));
                    }
                }
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.get(batch.size() - 1);
                for (PreparedStatement s : statements) {
                    for (int i = 0; i < 500; i++) {
                        s.setLong(i + 1, i < batch.size() ? batch.get(i) : -1);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int k = 1; k <= columns; k++) {
                                rs.getObject(k);
                            }
                            rows++;
                        }
                    }
                }
            }
            for (PreparedStatement s : statements) {
                s.close();
            }
        }
        return rows;
    }

    @Test
    @Order(3)
    void importTenThousandActivities() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "iati-benchmark-" + run + ".xml");
        generate(file, run);
        long size = Files.size(file);
        try {
            double bare = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                assertEquals(IMPORT_ACTIVITIES, bareRead(file));
                bare = Math.min(bare, (System.nanoTime() - t) / 1e9);
            }
            String bearer = Timing.bearer(client, root());
            long t = System.nanoTime();
            HeapWatch heap = new HeapWatch();
            HttpResponse<String> r;
            try (heap) {
                r = client.send(HttpRequest.newBuilder(URI.create(root() + "api/iati/imports?fileName=" + file.getFileName()))
                        .header("Authorization", bearer).header("Content-Type", "application/xml").timeout(Duration.ofMinutes(30))
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            }
            double app = (System.nanoTime() - t) / 1e9;
            assertEquals(201, r.statusCode(), r.body().substring(0, Math.min(2000, r.body().length())));
            assertTrue(r.body().contains("\"created\":" + IMPORT_ACTIVITIES), "every activity became a project");
            Timing.report(REPORT, String.format("import: %d activities (%,d bytes, 20 transactions each) in %.1f s = %.0f activities/s; %s",
                    IMPORT_ACTIVITIES, size, app, IMPORT_ACTIVITIES / app, heap.describe()));
            Timing.report(REPORT, String.format("import baseline, bare StAX read-and-discard of the same file: %.2f s = %.0f activities/s; "
                    + "the application reaches %.1f %% of it", bare, IMPORT_ACTIVITIES / bare, 100 * bare / app));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static int bareRead(Path file) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        int activities = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.END_ELEMENT && "iati-activity".equals(r.getLocalName())) {
                    activities++;
                }
            }
            r.close();
        }
        return activities;
    }

    /** A plausible activity file: countries, sectors, three organisations, a budget, 20 transactions and a result each (seeded). */
    static void generate(Path file, String run) throws Exception {
        Random random = new Random(7);
        String[] countries = {"KE", "UG", "TZ", "MZ", "PE", "CO", "BR", "NP", "BD", "PH", "NG", "GH", "SN", "ML", "JO", "LB"};
        String[] sectors = {"15130", "15210", "15220", "15110", "15160", "16063"};
        String[] currencies = {"USD", "EUR", "GBP", "NOK"};
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("iati-activities");
            w.writeAttribute("version", "2.03");
            w.writeAttribute("generated-datetime", "2026-11-30T00:00:00Z");
            for (int i = 0; i < IMPORT_ACTIVITIES; i++) {
                String currency = currencies[random.nextInt(currencies.length)];
                w.writeStartElement("iati-activity");
                w.writeAttribute("default-currency", currency);
                w.writeAttribute("xml:lang", "en");
                text(w, "iati-identifier", "XM-BENCH-" + run + "-" + i);
                w.writeStartElement("reporting-org");
                w.writeAttribute("ref", "XM-BENCH");
                w.writeAttribute("type", "40");
                narrative(w, "Benchmark publisher (generated)");
                w.writeEndElement();
                w.writeStartElement("title");
                narrative(w, "[generated] Justice sector support " + i);
                w.writeEndElement();
                w.writeStartElement("description");
                w.writeAttribute("type", "1");
                narrative(w, "Generated activity for the import benchmark: courts, prosecution and police training, " + i);
                w.writeEndElement();
                String[][] orgs = {{"1", "10", "Donor ministry " + random.nextInt(30)}, {"2", "40", "UN agency " + random.nextInt(5)},
                    {"4", "21", "Implementing NGO " + random.nextInt(100)}};
                for (String[] o : orgs) {
                    w.writeStartElement("participating-org");
                    w.writeAttribute("role", o[0]);
                    w.writeAttribute("type", o[1]);
                    narrative(w, o[2]);
                    w.writeEndElement();
                }
                empty(w, "activity-status", "code", "2");
                int year = 2018 + random.nextInt(7);
                empty(w, "activity-date", "type", "1", "iso-date", year + "-01-01");
                empty(w, "activity-date", "type", "3", "iso-date", (year + 3) + "-12-31");
                String first = countries[random.nextInt(countries.length)];
                String second = countries[random.nextInt(countries.length)];
                if (first.equals(second)) {
                    empty(w, "recipient-country", "code", first, "percentage", "100");
                } else {
                    empty(w, "recipient-country", "code", first, "percentage", "70");
                    empty(w, "recipient-country", "code", second, "percentage", "30");
                }
                int s = random.nextInt(sectors.length);
                empty(w, "sector", "vocabulary", "1", "code", sectors[s], "percentage", "60");
                empty(w, "sector", "vocabulary", "1", "code", sectors[(s + 1) % sectors.length], "percentage", "40");
                empty(w, "default-aid-type", "code", random.nextBoolean() ? "D02" : "C01");
                w.writeStartElement("budget");
                w.writeAttribute("type", "1");
                w.writeAttribute("status", "1");
                empty(w, "period-start", "iso-date", year + "-01-01");
                empty(w, "period-end", "iso-date", year + "-12-31");
                value(w, new BigDecimal(100_000 + random.nextInt(900_000)), null, year + "-01-01");
                w.writeEndElement();
                for (int k = 0; k < 20; k++) {
                    LocalDate date = LocalDate.of(year, 1, 15).plusDays(k * 30L);
                    w.writeStartElement("transaction");
                    empty(w, "transaction-type", "code", k < 2 ? "2" : k < 14 ? "3" : "4");
                    empty(w, "transaction-date", "iso-date", date.toString());
                    value(w, BigDecimal.valueOf(10_000 + random.nextInt(2_000_000), 2), null, date.toString());
                    w.writeEndElement();
                }
                w.writeStartElement("result");
                w.writeAttribute("type", "1");
                w.writeStartElement("title");
                narrative(w, "People trained");
                w.writeEndElement();
                w.writeStartElement("indicator");
                w.writeAttribute("measure", "1");
                w.writeStartElement("title");
                narrative(w, "Officials trained");
                w.writeEndElement();
                w.writeStartElement("period");
                empty(w, "period-start", "iso-date", year + "-01-01");
                empty(w, "period-end", "iso-date", year + "-12-31");
                empty(w, "target", "value", Integer.toString(50 + random.nextInt(100)));
                empty(w, "actual", "value", Integer.toString(random.nextInt(150)));
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        }
    }

    static void text(XMLStreamWriter w, String name, String text) throws Exception {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    static void narrative(XMLStreamWriter w, String text) throws Exception {
        text(w, "narrative", text);
    }

    static void empty(XMLStreamWriter w, String name, String... attributes) throws Exception {
        w.writeEmptyElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            w.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    static void value(XMLStreamWriter w, BigDecimal amount, String currency, String valueDate) throws Exception {
        w.writeStartElement("value");
        if (currency != null) {
            w.writeAttribute("currency", currency);
        }
        w.writeAttribute("value-date", valueDate);
        w.writeCharacters(amount.toPlainString());
        w.writeEndElement();
    }
}
