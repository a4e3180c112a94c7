package org.tatracker.indicator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tatracker.indicator.control.Facts;
import org.tatracker.indicator.control.Formulas;
import org.tatracker.indicator.control.Indicator;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.SscRole;
import org.tatracker.testing.Deployments;
import org.tatracker.testing.Http;

/**
 * {@code GET /api/indicators} aggregates in the database; this test computes the same indicators by brute force, applying
 * {@link Formulas} to every selected project as the API shows it, and requires the same figures, for the whole portfolio and
 * under filters (issue #6, first part).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** The administrator with an API token (see {@link Http#withToken}). */
    Http admin() {
        return new Http(base).as("admin", "admin-password-for-tests").withToken("indicators-it");
    }

    long validatedNeed(Http admin, String tag) {
        Http.Response a = admin.post("api/assessments", "{\"countryIso3\":\"KEN\",\"title\":\"Indicators " + tag + "\",\"framework\":\"cjat\","
                + "\"leadOfficeId\":" + admin.fieldOfficeOf("KEN") + ",\"missionStart\":\"2025-10-01\",\"publicationConsent\":true}");
        assertEquals(201, a.status(), a.body());
        long id = a.json().getJsonNumber("id").longValue();
        Http.Response need = admin.post("api/assessments/" + id + "/needs", "{\"cjatArea\":\"1.3\",\"description\":\"Need " + tag
                + "\",\"kinds\":[\"training\"],\"category\":\"capacity\",\"priority\":\"high\"}");
        assertEquals(201, need.status(), need.body());
        for (String step : List.of("{\"action\":\"submit\"}", "{\"action\":\"share\"}",
                "{\"action\":\"validate\",\"validatedOn\":\"2025-11-20\",\"method\":\"letter\",\"signatory\":\"Minister\"}")) {
            assertEquals(200, admin.post("api/assessments/" + id + "/transitions", step).status());
        }
        return need.json().getJsonNumber("id").longValue();
    }

    static String partner(String name, String iso3, String role, String sscRole) {
        return "{\"name\":\"" + name + "\",\"organisationType\":\"10\",\"countryIso3\":\"" + iso3 + "\",\"role\":\"" + role + "\""
                + (sscRole == null ? "" : ",\"sscRole\":\"" + sscRole + "\"") + "}";
    }

    long project(Http admin, String tag, String modality, String status, boolean theory, String partners, String commitment) {
        Http.Response p = admin.post("api/projects", "{\"reportingOrgRef\":\"XM-IND\",\"ownCode\":\"P" + System.nanoTime() + "\","
                + "\"title\":\"Indicators " + tag + " " + modality + "\",\"status\":\"" + status + "\",\"plannedStart\":\"2026-01-01\","
                + "\"plannedEnd\":\"2027-12-31\",\"countries\":[{\"iso3\":\"KEN\"}],\"sectors\":[{\"code\":\"15130\",\"percentage\":100}]"
                + (modality == null ? "" : ",\"modality\":\"" + modality + "\"")
                + (theory ? ",\"theoryOfChange\":{\"problem\":\"Cases collapse\",\"outcomes\":\"Evidence-based convictions\"}" : "")
                + ",\"partners\":[" + partners + "]}");
        assertEquals(201, p.status(), p.body());
        long id = p.json().getJsonNumber("id").longValue();
        if (commitment != null) {
            String[] c = commitment.split(" ");
            Http.Response t = admin.post("api/projects/" + id + "/transactions?version=" + p.json().getJsonNumber("version"),
                    "{\"type\":\"commitment\",\"date\":\"2025-03-01\",\"amount\":" + c[0] + ",\"currency\":\"" + c[1] + "\"}");
            assertEquals(201, t.status(), t.body());
        }
        return id;
    }

    @Test
    void theDatabaseAggregationEqualsABruteForcePassOfTheFormulas() {
        Http admin = admin();
        String tag = "T" + System.nanoTime();
        long need = validatedNeed(admin, tag);
        long northSouth = project(admin, tag, "north_south", "implementation", true,
                partner("Norad", "NOR", "funding", null) + "," + partner("Judiciary of Kenya", "KEN", "implementing", null), "100000 USD");
        project(admin, tag, "south_south", "implementation", false,
                partner("Brazilian Cooperation Agency", "BRA", "funding", "provider") + "," + partner("Kenya Police", "KEN", "implementing",
                        "recipient"), "50000 EUR");
        project(admin, tag, "triangular", "pipeline", true, partner("India MEA", "IND", "funding", "first_provider") + ","
                + partner("Norad", "NOR", "funding", "facilitator"), "20000.50 USD");
        project(admin, tag, null, "pipeline", false, partner("Kenya Prisons", "KEN", "implementing", null), null);
        long version = admin.get("api/projects/" + northSouth).json().getJsonNumber("version").longValue();
        Http.Response linked = admin.post("api/projects/" + northSouth + "/needs?version=" + version, "[{\"needId\":" + need + "}]");
        assertEquals(200, linked.status(), linked.body());

        // Scoped to this test's projects: the test database holds whatever other tests (and benchmarks) recorded.
        for (String filter : List.of("q=Indicators%20" + tag, "q=Indicators%20" + tag + "&status=implementation",
                "q=Indicators%20" + tag + "&modality=triangular", "q=Indicators%20" + tag + "&country=KEN&kind=technical",
                "q=Indicators%20" + tag + "&donor=Norad")) {
            JsonObject report = admin.get("api/indicators?" + filter).json();
            List<Facts.ProjectFact> facts = facts(admin, filter);
            assertEquals(facts.size(), report.getJsonNumber("projects").longValue(), filter);
            Map<String, Indicator> expected = new LinkedHashMap<>();
            Formulas.needsBased(facts).forEach(i -> expected.put(i.code(), i));
            Formulas.cooperation(facts).forEach(i -> expected.put(i.code(), i));
            Map<String, JsonObject> actual = new LinkedHashMap<>();
            report.getJsonArray("indicators").getValuesAs(JsonObject.class).forEach(i -> actual.put(i.getString("code"), i));
            assertTrue(actual.keySet().containsAll(expected.keySet()), filter + ": " + actual.keySet());
            expected.forEach((code, e) -> {
                JsonObject a = actual.get(code);
                assertEquals(0, compare(e.value(), a, "value"), filter + " " + code + ": " + e + " vs " + a);
                assertEquals(0, compare(e.numerator(), a, "numerator"), filter + " " + code + ": " + e + " vs " + a);
                assertEquals(0, compare(e.denominator(), a, "denominator"), filter + " " + code + ": " + e + " vs " + a);
            });
            assertEquals("UNCTAD_DEVELOPING", report.getString("classification"));
        }
        JsonObject mine = admin.get("api/indicators?q=Indicators%20" + tag).json();
        Map<String, String> values = new LinkedHashMap<>();
        mine.getJsonArray("indicators").getValuesAs(JsonObject.class).forEach(i -> values.put(i.getString("code"),
                !i.containsKey("value") || i.isNull("value") ? null : i.getJsonNumber("value").bigDecimalValue().stripTrailingZeros().toPlainString()));
        assertEquals("0.25", values.get("NEEDS_BASED"), "one of four projects answers a validated assessment's need");
        assertEquals("0.5", values.get("THEORY_OF_CHANGE"));
        assertEquals("0.25", values.get("MODALITY_SHARE_TRIANGULAR"));
        assertEquals("2", values.get("SOUTHERN_PROVIDERS"), "Brazil and India");
        assertEquals(400, admin.get("api/indicators?modality=sideways").status());
        assertEquals(401, new Http(base).get("api/indicators").status());
    }

    /**
     * Issue #6's check on generated data: the generator fills the database (through {@code POST /api/demo-data}, the
     * command an administrator runs), then every figure of the dashboard (indicators, coverage by priority, training by
     * modality, funding gaps, commitments by year and by country, participations by role) must equal a brute-force pass of
     * the formulas over the records read one by one through the API, with the filters applied again in plain Java.
     */
    @Test
    void theDashboardEqualsABruteForcePassOverGeneratedData() throws java.io.IOException {
        Http admin = admin();
        Http.Response generated = admin.post("api/demo-data?scale=0.002", "");
        assertEquals(200, generated.status(), generated.body());
        Http.Response again = admin.post("api/demo-data?scale=0.002", "");
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("projects"), "a second run at the same scale adds nothing: " + again.body());
        assertEquals(400, admin.post("api/demo-data?scale=11", "").status());
        assertEquals(403, new Http(base).as("fo-kenya", "demo-password").post("api/demo-data?scale=0.002", "").status());

        BruteForce brute = new BruteForce(admin);
        List<JsonObject> synthetic = brute.projects.stream().filter(p -> p.getString("title").startsWith("[synthetic]")).toList();
        assertTrue(synthetic.size() >= 100, "the generator's 100 projects at scale 0.002: " + synthetic.size());
        Map<String, Long> byCountry = new java.util.TreeMap<>();
        synthetic.forEach(p -> BruteForce.countries(p).forEach(c -> byCountry.merge(c, 1L, Long::sum)));
        String country = byCountry.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String donor = synthetic.stream().flatMap(p -> BruteForce.objects(p, "partners").stream())
                .filter(x -> "FUNDING".equals(x.getString("role"))).map(x -> x.getString("name")).sorted().findFirst().orElseThrow();
        java.util.Set<String> africa = new java.util.HashSet<>();
        admin.get("api/countries?region=002&size=500").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(c -> africa.add(c.getString("iso3")));

        String enc = java.net.URLEncoder.encode(donor, java.nio.charset.StandardCharsets.UTF_8);
        Map<String, BruteForce.Filter> filters = new LinkedHashMap<>();
        filters.put("", new BruteForce.Filter(null, null, null, null, null, null, null, null));
        filters.put("q=synthetic", new BruteForce.Filter("synthetic", null, null, null, null, null, null, null));
        filters.put("q=synthetic&country=" + country, new BruteForce.Filter("synthetic", country, null, null, null, null, null, null));
        filters.put("q=synthetic&region=002", new BruteForce.Filter("synthetic", null, africa, null, null, null, null, null));
        filters.put("q=synthetic&modality=south_south", new BruteForce.Filter("synthetic", null, null, null, "SOUTH_SOUTH", null, null, null));
        filters.put("q=synthetic&kind=training&status=implementation",
                new BruteForce.Filter("synthetic", null, null, null, null, "TRAINING", "IMPLEMENTATION", null));
        filters.put("q=synthetic&donor=" + enc, new BruteForce.Filter("synthetic", null, null, donor, null, null, null, null));
        filters.put("q=synthetic&year=2022&kind=material", new BruteForce.Filter("synthetic", null, null, null, null, "MATERIAL", null, 2022));
        for (Map.Entry<String, BruteForce.Filter> f : filters.entrySet()) {
            JsonObject dashboard = admin.get("api/indicators/dashboard?" + f.getKey()).json();
            Map<String, Indicator> expected = brute.expected(f.getValue());
            List<String> differences = BruteForce.differences(expected, BruteForce.actual(dashboard));
            assertTrue(differences.isEmpty(), "filter '" + f.getKey() + "': " + differences.size() + " differences: " + differences);
            assertEquals(expected.get(Formulas.PROJECTS).value().longValue(), dashboard.getJsonNumber("projects").longValue(), f.getKey());
        }
        // the comparison is not vacuous: the generated portfolio has figures strictly between the extremes
        Map<String, Indicator> all = brute.expected(filters.get("q=synthetic"));
        for (String code : List.of(Formulas.NEEDS_COVERED, Formulas.NEEDS_BASED, Formulas.MODALITY_SHARE + "SOUTH_SOUTH",
                Formulas.MODALITY_SHARE + "TRIANGULAR", Formulas.SUSTAINABILITY_INDEX, Formulas.FEMALE_SHARE, Formulas.MATERIAL_WITH_CAPACITY)) {
            BigDecimal v = all.get(code).value();
            assertTrue(v != null && v.signum() > 0 && v.compareTo(BigDecimal.ONE) < 0, code + " = " + v);
        }
        assertTrue(all.get(Formulas.SOUTHERN_PROVIDERS).value().intValue() > 1);
        assertTrue(all.get(Formulas.FUNDING_GAP_USD).value().signum() > 0);
        assertTrue(all.get(Formulas.KNOWLEDGE_GAIN).value().signum() > 0);
    }

    static int compare(BigDecimal expected, JsonObject actual, String field) {
        JsonValue v = actual.get(field);
        if (expected == null || v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return (expected == null) == (v == null || v.getValueType() == JsonValue.ValueType.NULL) ? 0 : 1;
        }
        return expected.compareTo(((JsonNumber) v).bigDecimalValue());
    }

    /** Every project the filter selects, as the formulas see it, read one by one through the API. */
    List<Facts.ProjectFact> facts(Http admin, String filter) {
        List<Facts.ProjectFact> facts = new ArrayList<>();
        Map<Long, Boolean> validated = new LinkedHashMap<>();
        for (int page = 0;; page++) {
            JsonObject list = admin.get("api/projects?size=200&page=" + page + (filter.isEmpty() ? "" : "&" + filter)).json();
            List<JsonObject> items = list.getJsonArray("items").getValuesAs(JsonObject.class);
            for (JsonObject item : items) {
                JsonObject d = admin.get("api/projects/" + item.getJsonNumber("id").longValue()).json();
                boolean linkedToValidated = d.getJsonArray("needs").getValuesAs(JsonObject.class).stream().anyMatch(n -> validated
                        .computeIfAbsent(n.getJsonNumber("assessmentId").longValue(), a -> "VALIDATED".equals(admin.get("api/assessments/" + a)
                                .json().getString("status"))));
                List<Facts.Participation> participations = d.getJsonArray("partners").getValuesAs(JsonObject.class).stream()
                        .filter(x -> !x.isNull("sscRole") && x.containsKey("sscRole")).map(x -> new Facts.Participation(x.getString("countryIso3"),
                                SscRole.valueOf(x.getString("sscRole")), x.getBoolean("southern"))).toList();
                facts.add(new Facts.ProjectFact(d.getJsonNumber("id").longValue(), d.isNull("modality") ? null : Modality.valueOf(d.getString(
                        "modality")), d.getJsonObject("totals").getJsonNumber("committedUsd").bigDecimalValue(), linkedToValidated,
                        d.getJsonObject("theoryOfChange").getBoolean("stated"), false, false, false, participations,
                        new Facts.SustainabilityFact(false, false, false, null, 0, false, 0, 0, 0, 0, 0, 0)));
            }
            if (items.size() < 200) {
                return facts;
            }
        }
    }
}
