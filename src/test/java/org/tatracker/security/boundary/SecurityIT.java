package org.tatracker.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tatracker.testing.Deployments;
import org.tatracker.testing.Http;

/**
 * Accounts, sign-in and authorization over REST on a real Payara Micro in demo mode: the
 * authorization matrix of every endpoint, the lock after failed logins, API tokens, optimistic
 * locking, and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    static final String DEMO_PASSWORD = SecurityBootstrap.DEMO_PASSWORD;
    static final List<String> ACTORS = List.of("admin", "fo-kenya", "fo-peru", "donor-a", "donor-b", "gov-kenya", "anonymous");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Http anonymous() {
        return new Http(base);
    }

    Http as(String actor) {
        return switch (actor) {
            case "anonymous" -> anonymous();
            case "admin" -> anonymous().as("admin", ADMIN_PASSWORD);
            default -> anonymous().as(actor, DEMO_PASSWORD);
        };
    }

    Http admin() {
        return as("admin");
    }

    long accountId(String username) {
        return admin().get("api/accounts?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(username)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** What refused writes must leave untouched (without "locked", which a running lock changes by itself). */
    String state() {
        return (admin().get("api/accounts?size=500").body() + admin().get("api/organisations").body()
                + admin().get("api/assessments?size=200&sort=title").body()).replaceAll("\"locked\":(true|false),", "");
    }

    /** One row of the matrix: a call, and the status each actor must get. */
    record Row(String name, boolean write, Function<Http, Http.Response> call, Map<String, Integer> expected) {
    }

    static Map<String, Integer> expect(int admin, int foKenya, int foPeru, int donorA, int donorB, int govKenya, int anonymous) {
        Map<String, Integer> m = new LinkedHashMap<>();
        int[] codes = {admin, foKenya, foPeru, donorA, donorB, govKenya, anonymous};
        for (int i = 0; i < ACTORS.size(); i++) {
            m.put(ACTORS.get(i), codes[i]);
        }
        return m;
    }

    static int counter;

    static synchronized String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L + (counter++);
    }

    @Test
    void everyEndpointFollowsTheAuthorizationMatrix() {
        long foKenya = accountId("fo-kenya");
        long foPeru = accountId("fo-peru");
        Supplier<String> peruUpdate = () -> {
            JsonObject peru = admin().get("api/accounts/" + foPeru).json();
            return "{\"username\":\"fo-peru\",\"displayName\":\"" + peru.getString("displayName") + "\",\"email\":\""
                    + peru.getString("email") + "\",\"role\":\"FIELD_OFFICE\",\"organisationId\":" + peru.getJsonNumber("organisationId")
                    + ",\"countries\":[\"PER\"],\"enabled\":true,\"version\":" + peru.getJsonNumber("version") + "}";
        };
        long donorOrg = admin().get("api/organisations").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kind").equals("DONOR")).findFirst().orElseThrow().getJsonNumber("id").longValue();

        long kenyaOffice = admin().get("api/organisations").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kind").equals("FIELD_OFFICE") && "KEN".equals(o.getString("countryIso3", null))
                        && !o.getString("name").endsWith("(synthetic)"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String kenyaAssessment = "{\"countryIso3\":\"KEN\",\"title\":\"Matrix assessment\",\"framework\":\"cjat\",\"leadOfficeId\":" + kenyaOffice + "}";
        long draft = as("fo-kenya").post("api/assessments", kenyaAssessment).json().getJsonNumber("id").longValue();
        String need = "{\"cjatArea\":\"1.3\",\"description\":\"Matrix need\",\"kinds\":[\"training\"],\"category\":\"capacity\",\"priority\":\"low\"}";

        List<Row> rows = List.of(
                new Row("GET assessments", false, h -> h.get("api/assessments"), expect(200, 200, 200, 200, 200, 200, 401)),
                new Row("POST assessment (Kenya)", true, h -> h.post("api/assessments", kenyaAssessment), expect(201, 201, 403, 403, 403, 403, 401)),
                new Row("GET Kenyan draft", false, h -> h.get("api/assessments/" + draft), expect(200, 200, 404, 404, 404, 200, 401)),
                new Row("POST need to Kenyan draft", true, h -> h.post("api/assessments/" + draft + "/needs", need), expect(201, 201, 404, 404, 404, 403, 401)),
                new Row("POST share a draft", true, h -> h.post("api/assessments/" + draft + "/transitions", "{\"action\":\"share\"}"),
                        expect(409, 409, 404, 404, 404, 403, 401)),
                new Row("DELETE with a stale version", true, h -> h.delete("api/assessments/" + draft + "?version=999"),
                        expect(409, 409, 404, 404, 404, 403, 401)),
                new Row("GET countries", false, h -> h.get("api/countries?size=1"), expect(200, 200, 200, 200, 200, 200, 200)),
                new Row("GET code list", false, h -> h.get("api/codelists/ActivityStatus"), expect(200, 200, 200, 200, 200, 200, 200)),
                new Row("GET accounts", false, h -> h.get("api/accounts"), expect(200, 403, 403, 403, 403, 403, 401)),
                new Row("POST accounts", true, h -> h.post("api/accounts", "{\"username\":\"" + unique("m") + "\",\"displayName\":\"Matrix\","
                        + "\"email\":\"m@example.org\",\"role\":\"DONOR\",\"organisationId\":" + donorOrg
                        + ",\"password\":\"a long enough password\"}"), expect(201, 403, 403, 403, 403, 403, 401)),
                new Row("GET own account", false, h -> h.get("api/accounts/" + foKenya), expect(200, 200, 404, 404, 404, 404, 401)),
                new Row("PUT account", true, h -> h.put("api/accounts/" + foPeru, peruUpdate.get()), expect(200, 403, 403, 403, 403, 403, 401)),
                new Row("POST unlock", true, h -> h.post("api/accounts/" + foPeru + "/unlock", ""), expect(200, 403, 403, 403, 403, 403, 401)),
                new Row("GET account history", false, h -> h.get("api/accounts/" + foKenya + "/history"), expect(200, 200, 403, 403, 403, 403, 401)),
                new Row("GET me", false, h -> h.get("api/me"), expect(200, 200, 200, 200, 200, 200, 401)),
                new Row("GET my tokens", false, h -> h.get("api/me/tokens"), expect(200, 200, 200, 200, 200, 200, 401)),
                new Row("POST my token", true, h -> h.post("api/me/tokens", "{\"name\":\"matrix\"}"), expect(201, 201, 201, 201, 201, 201, 401)),
                new Row("GET organisations", false, h -> h.get("api/organisations"), expect(200, 200, 200, 200, 200, 200, 401)),
                new Row("POST organisation", true, h -> h.post("api/organisations", "{\"name\":\"" + unique("Org ") + "\",\"kind\":\"DONOR\"}"),
                        expect(201, 403, 403, 403, 403, 403, 401)),
                new Row("GET audit", false, h -> h.get("api/audit"), expect(200, 403, 403, 403, 403, 403, 401)),
                new Row("DELETE audit", true, h -> h.delete("api/audit"), expect(405, 405, 405, 405, 405, 405, 405)),
                new Row("PUT audit", true, h -> h.put("api/audit", "{}"), expect(405, 405, 405, 405, 405, 405, 405)));

        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            for (String actor : ACTORS) {
                int expected = row.expected().get(actor);
                boolean refused = expected >= 400;
                String before = row.write() && refused ? state() : null;
                Http.Response response = row.call().apply(as(actor));
                if (response.status() != expected) {
                    failures.add(row.name() + " as " + actor + ": " + response.status() + " (expected " + expected + ") " + response.body());
                }
                if (refused && response.status() != 405 && !response.contentType().startsWith("application/problem+json")) {
                    failures.add(row.name() + " as " + actor + ": refusal is not problem+json but " + response.contentType());
                }
                if (before != null && !before.equals(state())) {
                    failures.add(row.name() + " as " + actor + ": refused, but the data changed");
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheLockIsAudited() {
        String username = createDonor("lock");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, anonymous().as(username, "wrong password " + i).get("api/me").status());
        }
        Http.Response locked = anonymous().as(username, "a long enough password").get("api/me");
        assertEquals(401, locked.status(), "the right password is refused while the account is locked");
        assertNotNull(locked.header("WWW-Authenticate"));
        JsonObject events = admin().get("api/audit?actor=" + username + "&action=account_locked").json();
        assertEquals(1, events.getInt("total"));

        long id = accountId(username);
        assertEquals(200, admin().post("api/accounts/" + id + "/unlock", "").status());
        assertEquals(200, anonymous().as(username, "a long enough password").get("api/me").status());
    }

    @Test
    void apiTokensSignInUntilRevoked() {
        Http fo = as("fo-kenya");
        JsonObject created = fo.post("api/me/tokens", "{\"name\":\"integration\"}").json();
        String token = created.getString("token");
        assertTrue(token.startsWith("tat_"));
        Http withToken = anonymous().bearer(token);
        assertEquals("fo-kenya", withToken.get("api/me").json().getString("username"));
        assertTrue(fo.get("api/me/tokens").body().contains("integration"));
        assertTrue(!fo.get("api/me/tokens").body().contains(token), "the token itself is never shown again");

        assertEquals(204, fo.delete("api/me/tokens/" + created.getJsonNumber("id")).status());
        assertEquals(401, withToken.get("api/me").status());
        assertEquals(401, anonymous().bearer("tat_forged").get("api/me").status());
    }

    @Test
    void aStaleUpdateIsAConflictAndChangesNothing() {
        String username = createDonor("stale");
        long id = accountId(username);
        JsonObject account = admin().get("api/accounts/" + id).json();
        long version = account.getJsonNumber("version").longValue();
        long organisation = account.getJsonNumber("organisationId").longValue();
        String first = update(username, "First change", organisation, version);
        assertEquals(200, admin().put("api/accounts/" + id, first).status());
        Http.Response stale = admin().put("api/accounts/" + id, update(username, "Stale change", organisation, version));
        assertEquals(409, stale.status());
        assertEquals("First change", admin().get("api/accounts/" + id).json().getString("displayName"));
    }

    /** The same refusals in the language the client asks for: the title, every field's reason, and Content-Language. */
    @Test
    void refusalsSpeakTheLanguageTheClientAsksFor() {
        String before = state();
        String bad = "{\"username\":\"Bad Name\",\"displayName\":\"D\",\"email\":\"d@example.org\","
                + "\"role\":\"DONOR\",\"password\":\"a long enough password\"}";
        Http.Response french = admin().inLanguage("fr-CH, en;q=0.5").post("api/accounts", bad);
        assertEquals(400, french.status());
        assertEquals("fr", french.headers().firstValue("Content-Language").orElse(""));
        assertEquals("Requête non valide", french.json().getString("title"));
        assertEquals("3 à 60 lettres minuscules, chiffres, « . », « _ » ou « - »",
                french.json().getJsonArray("errors").getJsonObject(0).getString("message"), "our own Bean Validation message");

        Http.Response arabic = admin().inLanguage("ar").post("api/accounts", "{\"username\":\"" + unique("c") + "\",\"displayName\":\"C\","
                + "\"email\":\"c@example.org\",\"role\":\"FIELD_OFFICE\",\"countries\":[\"XXX\"],\"password\":\"a long enough password\"}");
        assertEquals(400, arabic.status());
        assertEquals("ar", arabic.headers().firstValue("Content-Language").orElse(""));
        assertEquals("طلب غير صالح", arabic.json().getString("title"));
        JsonObject error = arabic.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("countries", error.getString("field"), "field names stay as they are");
        assertTrue(error.getString("message").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                error.getString("message"));

        Http.Response english = admin().inLanguage("de").post("api/accounts", bad);
        assertEquals("Invalid request", english.json().getString("title"), "a language the tracker does not speak: English");
        assertEquals(before, state(), "nothing stored");
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        String before = state();
        Http.Response response = admin().post("api/accounts", "{\"username\":\"Bad Name\",\"displayName\":\"\",\"email\":\"nope\","
                + "\"role\":\"DONOR\",\"password\":\"a long enough password\"}");
        assertEquals(400, response.status());
        List<String> fields = response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
        assertEquals(List.of("displayName", "email", "username"), fields);

        Http.Response unknownCountry = admin().post("api/accounts", "{\"username\":\"" + unique("c") + "\",\"displayName\":\"C\","
                + "\"email\":\"c@example.org\",\"role\":\"FIELD_OFFICE\",\"countries\":[\"XXX\"],\"password\":\"a long enough password\"}");
        assertEquals(400, unknownCountry.status());
        assertEquals("countries", unknownCountry.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Http.Response shortPassword = admin().post("api/accounts", "{\"username\":\"" + unique("p") + "\",\"displayName\":\"P\","
                + "\"email\":\"p@example.org\",\"role\":\"ADMIN\",\"password\":\"short\"}");
        assertEquals(400, shortPassword.status());
        assertEquals("password", shortPassword.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(400, admin().post("api/accounts", "{\"role\":\"BOSS\"").status());
        assertEquals(before, state());
    }

    @Test
    void everyChangeIsInTheHistoryWithItsAuthorAndValues() {
        String username = createDonor("audit");
        long id = accountId(username);
        JsonObject account = admin().get("api/accounts/" + id).json();
        admin().put("api/accounts/" + id, update(username, "Renamed for the audit", account.getJsonNumber("organisationId").longValue(),
                account.getJsonNumber("version").longValue()));
        List<JsonObject> history = admin().get("api/accounts/" + id + "/history").structure().asJsonArray().getValuesAs(JsonObject.class);
        JsonObject change = history.stream().filter(e -> e.getString("action").equals("UPDATE")).findFirst().orElseThrow();
        assertEquals("admin", change.getString("actor"));
        assertTrue(change.getString("changes").contains("\"displayName\":{\"before\":\"Audit\",\"after\":\"Renamed for the audit\"}"),
                change.getString("changes"));
        assertTrue(history.stream().anyMatch(e -> e.getString("action").equals("CREATE")));
    }

    @Test
    void markupIsStoredAndReturnedAsText() {
        String username = createDonor("xss");
        long id = accountId(username);
        JsonObject account = admin().get("api/accounts/" + id).json();
        String script = "<script>alert(1)</script>";
        assertEquals(200, admin().put("api/accounts/" + id, update(username, script, account.getJsonNumber("organisationId").longValue(),
                account.getJsonNumber("version").longValue()).replace("\"" + script + "\"", "\"<script>alert(1)<\\/script>\"")).status());
        assertEquals(script, admin().get("api/accounts/" + id).json().getString("displayName"));
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        for (String path : List.of("", "countries.xhtml", "api/countries?size=1")) {
            Http.Response response = anonymous().get(path);
            assertTrue(response.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"), path);
        }
    }

    private String createDonor(String prefix) {
        long donorOrg = admin().get("api/organisations").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kind").equals("DONOR")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String username = unique(prefix);
        Http.Response created = admin().post("api/accounts", "{\"username\":\"" + username + "\",\"displayName\":\""
                + prefix.substring(0, 1).toUpperCase() + prefix.substring(1) + "\",\"email\":\"" + username
                + "@example.org\",\"role\":\"DONOR\",\"organisationId\":" + donorOrg + ",\"password\":\"a long enough password\"}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/accounts/" + created.json().getJsonNumber("id")));
        return username;
    }

    private static String update(String username, String displayName, long organisation, long version) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName + "\",\"email\":\"" + username
                + "@example.org\",\"role\":\"DONOR\",\"organisationId\":" + organisation + ",\"enabled\":true,\"version\":" + version + "}";
    }
}
