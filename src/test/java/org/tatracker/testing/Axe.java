package org.tatracker.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the npm package, copied into the test resources) in the page the browser shows, against the WCAG 2.0 and 2.1
 * A and AA rules, and returns what it found. Every result is also appended to {@code target/axe-report.txt}.
 */
public final class Axe {

    /** axe-core 4.11.0 from npm, a test resource (see its README). */
    static final String PATH = "/axe-core/axe.min.js";

    private static final String SOURCE = load();

    private Axe() {
    }

    /** One rule the page breaks: its id, impact (minor, moderate, serious, critical), help text, how many elements, and some of them. */
    public record Violation(String id, String impact, String help, int nodes, String targets, String detail) {

        public boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + id + " (" + nodes + "): " + help + " -> " + targets + " [" + detail + "]";
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path: " + PATH);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG 2.1 A/AA violations of the page now shown, recorded under {@code page}. */
    public static List<Violation> check(WebDriver driver, String page) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SOURCE);
        Object raw = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) { return {id: v.id, impact: v.impact || 'minor',"
                + " help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 4).map(function (n) { return n.target.join(' '); })"
                + ".join(' | '), detail: v.nodes.length ? [].concat(v.nodes[0].any, v.nodes[0].all, v.nodes[0].none).map(function (c) {"
                + " return c.message; }).join('; ') : ''}; }))); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(raw);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed on " + page + ": " + json);
        }
        JsonArray array = Json.createReader(new StringReader(json)).readArray();
        List<Violation> violations = array.getValuesAs(JsonObject.class).stream().map(o -> new Violation(o.getString("id"),
                o.getString("impact"), o.getString("help"), o.getInt("nodes"), o.getString("targets"), o.getString("detail", ""))).toList();
        record(page, violations);
        return violations;
    }

    private static void record(String page, List<Violation> violations) {
        try {
            Path file = Path.of(System.getProperty("tatracker.buildDir", "target"), "axe-report.txt");
            StringBuilder b = new StringBuilder(page).append(": ").append(violations.size()).append(" violation(s)\n");
            violations.forEach(v -> b.append("  ").append(v).append('\n'));
            Files.writeString(file, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
