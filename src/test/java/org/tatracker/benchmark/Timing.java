package org.tatracker.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

/** What the benchmarks share: an API token for the administrator, timed GETs, quantiles and the report file. */
final class Timing {

    private Timing() {
    }

    /** Signs in once with Basic and returns a bearer token, so that password hashing is not timed. */
    static String bearer(HttpClient client, String root) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:admin-password-for-tests".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(root + "api/me/tokens"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, token.statusCode(), token.body());
        return "Bearer " + token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    /** Times {@code runs} GETs (after {@code warmups} untimed ones), sorted ascending, in nanoseconds. */
    static long[] time(HttpClient client, String root, String auth, Supplier<String> path, int warmups, int runs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            get(client, root, auth, path.get());
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            get(client, root, auth, path.get());
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return times;
    }

    static String get(HttpClient client, String root, String auth, String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(root + path)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + " " + r.body());
        return r.body();
    }

    static double ms(long[] sorted, double quantile) {
        int i = (int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)));
        return sorted[i] / 1e6;
    }

    /** Prints a line and appends it to {@code target/FILE}. */
    static void report(String file, String line) throws Exception {
        System.out.println("BENCHMARK " + line);
        Path path = Path.of(System.getProperty("tatracker.buildDir", "target"), file);
        Files.writeString(path, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
