package org.tatracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tatracker.testing.Http;

/**
 * The deployable artefact as a person runs it: {@code java -jar target/tatracker.jar}, started twice
 * on the same database folder. The second start re-applies no seed and keeps every row.
 */
class UberJarRestartIT {

    private static final Path BUILD = Path.of(System.getProperty("tatracker.buildDir", "target"));

    record Snapshot(int countries, int codes, long millisToFirstOk, String log) {
    }

    @Test
    void aSecondStartOnTheSameFolderKeepsEverythingAndRerunsNothing() throws Exception {
        Path db = BUILD.resolve("restart-db-" + System.nanoTime());
        Snapshot first = runOnce(db, "first");
        Snapshot second = runOnce(db, "second");

        assertEquals(248, first.countries());
        assertEquals(first.countries(), second.countries());
        assertEquals(first.codes(), second.codes());
        assertTrue(first.log().matches("(?s).*Database schema at version \\d+ \\([1-9]\\d* migration\\(s\\) applied now\\).*"), "first start migrates");
        assertTrue(second.log().matches("(?s).*Database schema at version \\d+ \\(0 migration\\(s\\) applied now\\).*"), "second start migrates nothing");
        assertTrue(second.log().matches("(?s).*Reference data: 0 of \\d+ seed\\(s\\) applied.*"), "second start seeds nothing");
        System.out.printf("java -jar to first HTTP 200: %d ms (empty database), %d ms (existing database)%n",
                first.millisToFirstOk(), second.millisToFirstOk());
    }

    private Snapshot runOnce(Path db, String name) throws Exception {
        int port = freePort();
        Path log = BUILD.resolve("restart-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx768m", "-Djava.io.tmpdir=" + BUILD.resolve("tmp").toAbsolutePath(),
                "-jar", BUILD.resolve("tatracker.jar").toAbsolutePath().toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TATRACKER_DB_PATH", db.toAbsolutePath().toString());
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            Http http = new Http(URI.create("http://127.0.0.1:" + port + "/"));
            long elapsed = waitForOk(http, process, log);
            int countries = http.get("api/countries?size=1").json().getInt("total");
            int codes = http.get("api/codelists").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .mapToInt(l -> l.getInt("size")).sum();
            return new Snapshot(countries, codes, TimeUnit.NANOSECONDS.toMillis(elapsed - start), read(log));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static long waitForOk(Http http, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The application stopped while starting; see " + log);
            }
            try {
                if (http.get("api/countries?size=1").status() == 200) {
                    return System.nanoTime();
                }
            } catch (RuntimeException notYet) {
                // connection refused while Payara starts
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No HTTP 200 within 180 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String read(Path log) throws IOException {
        return Files.readString(log);
    }
}
