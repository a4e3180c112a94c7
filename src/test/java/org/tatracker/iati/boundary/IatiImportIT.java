package org.tatracker.iati.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tatracker.iati.control.ActivityReader;
import org.tatracker.iati.control.IatiSchema;
import org.tatracker.iati.control.ImportedActivity;
import org.tatracker.iati.control.OfficialCodelists;
import org.tatracker.testing.BrowserTestBase;
import org.tatracker.testing.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * IATI files in, through REST, on a real Payara Micro and Derby: the four real files import completely, once, and export again
 * keeping what matters; broken and hostile files import nothing; filters and the access policy hold; the command line and the
 * upload page (in Chromium) preview, import and refuse.
 */
class IatiImportIT extends BrowserTestBase {

    static final String DEMO = "demo-password";
    static final Map<String, Integer> SAMPLES = Map.of("undp-100-activities-governance_dportal-103.xml", 100,
            "aecid-spain-100-activities-governance_dportal-16.xml", 100, "multi-publisher-7-activities-results-multicurrency.xml", 7,
            "gdihub-4-activities-multicountry-results.xml", 4);

    static Http admin;

    /** The administrator with an API token (see {@link Http#withToken}). */
    Http admin() {
        if (admin == null) {
            admin = as("admin").withToken("iati-import-it");
        }
        return admin;
    }

    Http as(String user) {
        return user.equals("admin") ? new Http(base).as("admin", "admin-password-for-tests") : new Http(base).as(user, DEMO);
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = IatiImportIT.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return in.readAllBytes();
        }
    }

    static Http.Response post(Http who, String path, byte[] xml) {
        return who.sendRaw(path, "application/xml", xml);
    }

    @Test
    void theFourRealFilesImportCompletelyOnceAndExportAgainKeepingWhatMatters() throws IOException {
        Http admin = admin();
        for (Map.Entry<String, Integer> sample : SAMPLES.entrySet()) {
            String name = sample.getKey();
            byte[] file = resource("/iati/samples/" + name);
            Http.Response preview = post(admin, "api/iati/imports/preview?fileName=" + name, file);
            assertEquals(200, preview.status(), preview.body());
            JsonObject p = preview.json();
            assertEquals(List.of(), p.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(Object::toString).toList(), name);
            assertEquals(sample.getValue(), p.getInt("activities"), name);
            assertFalse(p.getBoolean("committed"));

            Http.Response first = post(admin, "api/iati/imports?fileName=" + name, file);
            assertEquals(201, first.status(), first.body());
            JsonObject done = first.json();
            assertTrue(done.getBoolean("committed"));
            assertEquals(0, done.getInt("updated"), name + " was imported before only from this very file");
            assertEquals(sample.getValue(), done.getInt("created") + done.getInt("unchanged"), name);
            assertEquals(p.getInt("created"), done.getInt("created"), "the preview counted what the import did");

            Http.Response again = post(admin, "api/iati/imports?fileName=" + name, file);
            assertEquals(201, again.status(), again.body());
            assertEquals(0, again.json().getInt("created"), "re-importing the same file creates nothing");
            assertEquals(0, again.json().getInt("updated"), "and changes nothing");
            assertEquals(sample.getValue(), again.json().getInt("unchanged"));

            Map<String, ImportedActivity> original = new ActivityReader(OfficialCodelists.INSTANCE).read(new ByteArrayInputStream(file))
                    .activities().stream().collect(Collectors.toMap(ImportedActivity::iatiIdentifier, a -> a));
            for (JsonObject line : again.json().getJsonArray("lines").getValuesAs(JsonObject.class)) {
                long id = line.getJsonNumber("projectId").longValue();
                JsonObject project = admin.get("api/projects/" + id).json();
                assertEquals(name, project.getJsonObject("source").getString("file"));
                assertNotNull(project.getJsonObject("source").getString("importedAt"));
                byte[] exported = admin.getBytes("api/iati/activities/" + id);
                assertEquals(List.of(), IatiSchema.errors(exported), line.getString("iatiIdentifier"));
                ActivityReader.Result back = new ActivityReader(OfficialCodelists.INSTANCE).read(new ByteArrayInputStream(exported));
                assertEquals(1, back.activities().size());
                ImportedActivity out = back.activities().get(0);
                ImportedActivity in = original.get(out.iatiIdentifier());
                assertNotNull(in, "the identifier is kept: " + out.iatiIdentifier());
                assertEquals(in.title(), out.title());
                assertEquals(codes(in.countries()), codes(out.countries()), in.iatiIdentifier());
                assertEquals(codes(in.sectors()), codes(out.sectors()), in.iatiIdentifier());
                assertEquals(totals(in), totals(out), in.iatiIdentifier());
            }
        }
        assertTrue(admin.get("api/iati/imports").body().contains("gdihub-4-activities-multicountry-results.xml"), "the log names the file");
    }

    static Set<String> codes(List<ImportedActivity.Share> shares) {
        return shares.stream().map(ImportedActivity.Share::code).collect(Collectors.toSet());
    }

    /** Transaction totals by type and currency, for the types the tracker keeps. */
    static Map<String, Map<String, BigDecimal>> totals(ImportedActivity a) {
        Map<String, Map<String, BigDecimal>> t = new TreeMap<>();
        a.transactions().stream().filter(x -> Set.of("1", "2", "3", "4", "11").contains(x.type())).forEach(x -> t.computeIfAbsent(x.type(),
                k -> new TreeMap<>()).merge(x.currency(), x.amount().stripTrailingZeros(), (u, v) -> u.add(v).stripTrailingZeros()));
        return t;
    }

    static final String GOOD = """
              <iati-activity default-currency="EUR">
                <iati-identifier>XI-TEST-GOOD-%s</iati-identifier>
                <reporting-org ref="XI-TEST" type="40"><narrative>Test publisher</narrative></reporting-org>
                <title><narrative>A good activity</narrative></title>
                <description><narrative>Fine</narrative></description>
                <participating-org role="1" type="10"><narrative>Donor</narrative></participating-org>
                <activity-status code="2"/>
                <activity-date type="1" iso-date="2025-01-01"/>
                <recipient-country code="MZ"/>
                <sector code="15130"/>
                <transaction><transaction-type code="2"/><transaction-date iso-date="2025-02-01"/><value value-date="2025-02-01">1000</value></transaction>
              </iati-activity>
            """;

    @Test
    void aFileThatBreaksTheSchemaOrACodelistIsPreviewedWithEveryProblemAndImportsNothing() throws IOException {
        Http admin = admin();
        String suffix = Long.toString(System.nanoTime());
        String wrong = new String(resource("/iati/broken/wrong-codes.xml"), StandardCharsets.UTF_8);
        // A good activity in front of the broken one: all or nothing means it is not imported either.
        byte[] file = wrong.replaceFirst("<iati-activity", GOOD.formatted(suffix).strip() + "\n  <iati-activity").getBytes(StandardCharsets.UTF_8);

        Http.Response preview = post(admin, "api/iati/imports/preview?fileName=wrong-codes.xml", file);
        assertEquals(200, preview.status(), preview.body());
        List<JsonObject> errors = preview.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertTrue(errors.size() >= 5, preview.body());
        for (JsonObject e : errors) {
            assertEquals("XI-TEST-CODES", e.getString("activityIdentifier"), e.toString());
            assertTrue(e.getString("path").startsWith("/iati-activities/iati-activity[2]"), e.toString());
            assertFalse(e.getString("reason").isBlank());
        }
        assertTrue(errors.stream().anyMatch(e -> e.getString("reason").contains("'9'") || e.getString("reason").contains("role")), preview.body());

        Http.Response commit = post(admin, "api/iati/imports?fileName=wrong-codes.xml", file);
        assertEquals(422, commit.status(), commit.body());
        assertTrue(commit.contentType().startsWith("application/problem+json"), commit.contentType());
        JsonObject problem = commit.json();
        assertEquals(errors.size(), problem.getJsonArray("errors").size(), "every problem is named");
        assertTrue(problem.getJsonArray("errors").getJsonObject(0).getString("field").startsWith("/iati-activities/iati-activity[2]"));
        assertFalse(problem.getJsonObject("report").getBoolean("committed"));
        assertEquals(0, admin.get("api/projects?q=XI-TEST-GOOD-" + suffix).json().getInt("total"), "nothing was imported");
    }

    @Test
    void externalEntitiesBillionLaughsAndOversizedFilesAreRefusedUnread() throws IOException, InterruptedException {
        Http admin = admin();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE iati-activities [<!ENTITY file SYSTEM \"file:///etc/passwd\">]>"
                + "<iati-activities version=\"2.03\">" + GOOD.formatted("XXE").replace("A good activity", "&file;") + "</iati-activities>";
        Http.Response r = post(admin, "api/iati/imports?fileName=xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.status(), r.body());
        assertTrue(r.body().contains("DOCTYPE"), r.body());
        assertFalse(r.body().contains("root:"), "the file was not read");

        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]><iati-activities version=\"2.03\">").append(GOOD.formatted("LOL").replace("A good activity", "&lol9;"))
                .append("</iati-activities>");
        long t0 = System.nanoTime();
        r = post(admin, "api/iati/imports?fileName=lol.xml", lol.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.status(), r.body());
        assertTrue(r.body().contains("DOCTYPE"), r.body());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "refused at once, not expanded");

        byte[] big = ("<iati-activities version=\"2.03\">" + "<!-- padding -->".repeat(300_000) + "</iati-activities>")
                .getBytes(StandardCharsets.UTF_8);
        java.net.http.HttpClient http11 = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-password-for-tests".getBytes(StandardCharsets.UTF_8));
        java.net.URI uri = java.net.URI.create(base + "api/iati/imports?fileName=big.xml");
        java.net.http.HttpResponse<String> declared = http11.send(java.net.http.HttpRequest.newBuilder(uri).timeout(java.time.Duration
                .ofSeconds(60)).header("Authorization", auth).header("Content-Type", "application/xml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(big)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(413, declared.statusCode(), "a declared length above the limit is refused before reading: " + declared.body());
        assertTrue(declared.body().contains("larger than the limit of 4194304 bytes (4 MB)"), declared.body());
        // Without a declared length (chunked), reading stops at the limit.
        java.net.http.HttpResponse<String> chunked = http11.send(java.net.http.HttpRequest.newBuilder(uri).timeout(java.time.Duration
                .ofSeconds(60)).header("Authorization", auth).header("Content-Type", "application/xml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(422, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("larger than the limit of 4194304 bytes (4 MB): reading stopped there"), chunked.body());
        assertTrue(chunked.body().contains("\"bytes\":4194305"), "not a byte read beyond the limit + 1: " + chunked.body());
    }

    @Test
    void filtersImportOnlyTheChosenSectorsOrCountries() throws IOException {
        byte[] undp = resource("/iati/samples/undp-100-activities-governance_dportal-103.xml");
        JsonObject p = post(admin(), "api/iati/imports/preview?fileName=undp.xml&sector=151", undp).json();
        assertEquals(100, p.getInt("activities"));
        assertEquals(79, p.getInt("filteredOut"), "21 activities have a 151xx sector (counted independently with Python)");
        assertEquals(21, p.getInt("created") + p.getInt("updated") + p.getInt("unchanged"));

        p = post(admin(), "api/iati/imports/preview?fileName=undp.xml&country=KEN&country=UGA,TZA", undp).json();
        assertEquals(98, p.getInt("filteredOut"), "two UNDP activities are in Kenya, Uganda or Tanzania");

        Http.Response bad = post(admin(), "api/iati/imports/preview?fileName=undp.xml&sector=15x&country=KENYA", undp);
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("\"sector\"") && bad.body().contains("\"country\""), bad.body());
    }

    @Test
    void whoMayImportFollowsTheAccessPolicy() throws IOException {
        byte[] undp = resource("/iati/samples/undp-100-activities-governance_dportal-103.xml");
        assertEquals(401, post(new Http(base), "api/iati/imports/preview?fileName=undp.xml", undp).status());

        JsonObject all = post(as("fo-kenya"), "api/iati/imports/preview?fileName=undp.xml", undp).json();
        List<JsonObject> errors = all.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(98, errors.size(), "one refusal for each activity outside Kenya, Uganda and Tanzania");
        assertTrue(errors.stream().allMatch(e -> e.getString("reason").startsWith("you may not record projects for")
                || e.getString("reason").startsWith("the tracker already has this activity")), all.toString());

        JsonObject kenya = post(as("fo-kenya"), "api/iati/imports/preview?fileName=undp.xml&country=KEN", undp).json();
        assertEquals(List.of(), kenya.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(Object::toString).toList());

        Http.Response other = post(as("donor-a"), "api/iati/imports/preview?fileName=undp.xml&owner=1", undp);
        assertEquals(400, other.status(), other.body());
        assertTrue(other.body().contains("owner"), other.body());
    }

    @Test
    void theCommandLineStreamsAFileToTheApiAndSaysWhetherItWasImported() throws Exception {
        String adminToken = as("admin").post("api/me/tokens", "{\"name\":\"iati-cli\"}").json().getString("token");
        String gdi = "src/test/resources/iati/samples/gdihub-4-activities-multicountry-results.xml";
        Cli preview = cli(adminToken, "--preview", "--country", "KEN", "--url", base.toString(), gdi);
        assertEquals(0, preview.exit(), preview.output());
        assertTrue(preview.output().contains("\"activities\":4"), preview.output());
        assertTrue(preview.output().contains("\"fileName\":\"gdihub-4-activities-multicountry-results.xml\""), preview.output());

        Cli broken = cli(adminToken, "--url", base.toString(), "src/test/resources/iati/broken/wrong-codes.xml");
        assertEquals(1, broken.exit(), broken.output());
        assertTrue(broken.output().contains("XI-TEST-CODES") && broken.output().contains("nothing was stored"), broken.output());

        Cli anonymous = cli("", "--url", base.toString(), gdi);
        assertEquals(2, anonymous.exit(), anonymous.output());
        assertTrue(anonymous.output().contains("TATRACKER_TOKEN"), anonymous.output());
    }

    record Cli(int exit, String output) {
    }

    static Cli cli(String token, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "src/main/scripts/iati-import.sh"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("TATRACKER_USER");
        pb.environment().put("TATRACKER_TOKEN", token);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        return new Cli(process.exitValue(), output);
    }


    void upload(java.nio.file.Path file, String countries) {
        driver.get(base() + "iati-import.xhtml?lang=en");
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload:countries")).clear();
        driver.findElement(By.id("upload:countries")).sendKeys(countries);
        driver.findElement(By.id("upload:preview")).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("count-activities")));
    }

    @Test
    void aFieldOfficePreviewsImportsAndIsRefusedABrokenFileOnTheUploadPage() throws IOException {
        String code = Long.toString(System.nanoTime());
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(System.getProperty("tatracker.buildDir",
                "target"), "iati-page"));
        java.nio.file.Path good = dir.resolve("kenya-courts-" + code + ".xml");
        java.nio.file.Files.writeString(good, "<iati-activities version=\"2.03\">" + GOOD.formatted(code).replace("\"MZ\"", "\"KE\"")
                + "</iati-activities>");
        signIn("fo-kenya", DEMO);

        upload(good, "KEN");
        assertEquals("1", driver.findElement(By.id("count-activities")).getText());
        assertEquals("1", driver.findElement(By.id("count-new")).getText());
        assertEquals("0", driver.findElement(By.id("count-errors")).getText());
        assertTrue(driver.findElement(By.id("upload:lines")).getText().contains("New project"));
        assertEquals(0, new Http(base).as("fo-kenya", DEMO).get("api/projects?q=XI-TEST-GOOD-" + code).json().getInt("total"),
                "a preview stores nothing");
        driver.findElement(By.id("upload:commit")).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("Imported: 1 new projects"));
        driver.findElement(By.linkText("XI-TEST-GOOD-" + code)).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("source-file")));
        assertEquals(good.getFileName().toString(), driver.findElement(By.id("source-file")).getText());
        assertTrue(driver.findElement(By.id("source")).getText().contains("Test publisher"));
        assertTrue(driver.findElement(By.id("source")).getText().contains("fo-kenya"));

        java.nio.file.Path broken = dir.resolve("wrong-codes.xml");
        java.nio.file.Files.write(broken, resource("/iati/broken/wrong-codes.xml"));
        upload(broken, "");
        assertTrue(Integer.parseInt(driver.findElement(By.id("count-errors")).getText()) >= 5);
        assertTrue(driver.findElement(By.id("upload:errors")).getText().contains("XI-TEST-CODES"));
        assertTrue(driver.findElement(By.id("upload:errors")).getText().contains("/iati-activities/iati-activity[1]"));
        assertFalse(driver.findElement(By.id("upload:commit")).isEnabled(), "a file with errors cannot be imported");
        assertTrue(driver.findElement(By.id("upload:blocked")).isDisplayed());
        driver.findElement(By.id("upload:cancel")).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(d -> d.getPageSource().contains("Import cancelled"));

        driver.get(base() + "iati-import.xhtml?lang=fr");
        String french = driver.findElement(By.tagName("h1")).getText();
        assertFalse(french.isBlank() || french.equals("Import an IATI activity file") || french.contains("iati.import"), french);
    }
}
