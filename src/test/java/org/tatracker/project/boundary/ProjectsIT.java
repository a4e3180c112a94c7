package org.tatracker.project.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tatracker.testing.Deployments;
import org.tatracker.testing.Http;

/** Projects through REST on a real Payara Micro and Derby, with the demo accounts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectsIT {

    static final String DEMO = "demo-password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Http as(String user) {
        return user.equals("admin") ? new Http(base).as("admin", "admin-password-for-tests") : new Http(base).as(user, DEMO);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** A validated assessment of the country with two needs; returns the need ids. */
    long[] validatedAssessment(String iso3) {
        Http admin = as("admin");
        Http.Response created = admin.post("api/assessments", "{\"countryIso3\":\"" + iso3 + "\",\"title\":\"Forensic services assessment " + unique()
                + "\",\"framework\":\"cjat\",\"leadOfficeId\":" + officeOf(iso3) + ",\"missionStart\":\"2025-10-01\",\"publicationConsent\":true}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        long[] needs = new long[2];
        for (int i = 0; i < 2; i++) {
            Http.Response need = admin.post("api/assessments/" + id + "/needs", "{\"cjatArea\":\"1.3\",\"description\":\"Need " + i
                    + "\",\"kinds\":[\"training\"],\"category\":\"capacity\",\"priority\":\"" + (i == 0 ? "high" : "medium") + "\"}");
            assertEquals(201, need.status(), need.body());
            needs[i] = need.json().getJsonNumber("id").longValue();
        }
        for (String step : List.of("{\"action\":\"submit\"}", "{\"action\":\"share\"}",
                "{\"action\":\"validate\",\"validatedOn\":\"2025-11-20\",\"method\":\"letter\",\"signatory\":\"Minister\"}")) {
            Http.Response r = admin.post("api/assessments/" + id + "/transitions", step);
            assertEquals(200, r.status(), r.body());
        }
        return needs;
    }

    long officeOf(String iso3) {
        return as("admin").fieldOfficeOf(iso3);
    }

    static String triangular(String code, String status) {
        return "{\"reportingOrgRef\":\"XM-DAC-41114\",\"ownCode\":\"" + code + "\",\"title\":\"Forensic capacity for Mozambique\","
                + "\"description\":\"Brazil shares its forensic know-how, Norway supports\",\"status\":\"" + status + "\","
                + "\"plannedStart\":\"2026-01-01\",\"plannedEnd\":\"2027-12-31\",\"actualStart\":\"2026-02-01\","
                + "\"countries\":[{\"iso3\":\"MOZ\"}],\"sectors\":[{\"code\":\"15130\",\"percentage\":70},{\"code\":\"15210\",\"percentage\":30}],"
                + "\"sdgTargets\":[\"16.3\"],\"congressTopics\":[\"ITEM4\"],\"policyMarkers\":[{\"code\":\"1\",\"significance\":\"1\"},"
                + "{\"code\":\"7\",\"significance\":\"0\"}],\"modality\":\"triangular\","
                + "\"theoryOfChange\":{\"problem\":\"Cases collapse for lack of evidence\",\"outcomes\":\"More convictions based on evidence\"},"
                + "\"sustainability\":{\"exitStrategy\":\"The national forensic institute runs the lab\",\"exitOwner\":\"INML\","
                + "\"exitHandover\":\"2027-12-31\",\"nationalSystemsPercent\":25,\"laws\":[{\"reference\":\"Decree 12/2026\",\"adoptedOn\":\"2026-06-01\"}]},"
                + "\"partners\":[{\"name\":\"Brazilian Cooperation Agency\",\"organisationType\":\"10\",\"countryIso3\":\"BRA\",\"role\":\"funding\","
                + "\"sscRole\":\"first_provider\",\"contributions\":[{\"kind\":\"expert_days\",\"description\":\"Forensic experts\",\"quantity\":120,"
                + "\"valueAmount\":96000,\"valueCurrency\":\"USD\"}]},"
                + "{\"name\":\"Norad\",\"organisationType\":\"10\",\"countryIso3\":\"NOR\",\"iatiRef\":\"NO-BRC-971277882\",\"role\":\"funding\",\"sscRole\":\"facilitator\"},"
                + "{\"name\":\"Ministry of Justice of Mozambique\",\"organisationType\":\"10\",\"countryIso3\":\"MOZ\",\"role\":\"implementing\",\"sscRole\":\"recipient\"}]}";
    }

    static BigDecimal seededRate(String currency, int year) throws IOException {
        return Files.readAllLines(Path.of("seeds/rates/exchange_rates.csv")).stream().filter(l -> l.startsWith(currency + "," + year + ","))
                .map(l -> new BigDecimal(l.split(",")[2])).findFirst().orElseThrow();
    }

    static long version(JsonObject project) {
        return project.getJsonNumber("version").longValue();
    }

    @Test
    void triangularProjectWithTrainingEquipmentAndMoneyAnswersTwoNeeds() throws IOException {
        long[] needs = validatedAssessment("MOZ");
        Http office = as("fo-mozambique");
        Http.Response created = office.post("api/projects", triangular("MOZ-" + unique(), "pipeline"));
        assertEquals(201, created.status(), created.body());
        assertNotNull(created.header("Location"));
        JsonObject p = created.json();
        long id = p.getJsonNumber("id").longValue();
        assertEquals(3, p.getJsonArray("partners").size());
        assertEquals("XM-DAC-41114-", p.getString("iatiIdentifier").substring(0, 13));

        long training = office.post("api/projects/" + id + "/components", "{\"kind\":\"training\",\"title\":\"Crime-scene investigation\",\"aidType\":\"D02\"}")
                .json().getJsonArray("components").getJsonObject(0).getJsonNumber("id").longValue();
        for (String[] e : new String[][] {{"2026-03-02", "2026-03-06", "12", "8", "48.5", "76.25"}, {"2026-05-04", "2026-05-08", "9", "11", "51", "80"}}) {
            Http.Response r = office.post("api/projects/" + id + "/components/" + training + "/events", "{\"title\":\"Course " + e[0]
                    + "\",\"startDate\":\"" + e[0] + "\",\"endDate\":\"" + e[1] + "\",\"modality\":\"face_to_face\",\"type\":\"course\","
                    + "\"host\":\"ACIPOL\",\"nationalAcademy\":true,\"female\":" + e[2] + ",\"male\":" + e[3] + ",\"preScore\":" + e[4]
                    + ",\"postScore\":" + e[5] + ",\"institutions\":[{\"institution\":\"POLICE\",\"participants\":15}]}");
            assertEquals(201, r.status(), r.body());
        }
        Http.Response material = office.post("api/projects/" + id + "/components", "{\"kind\":\"material\",\"title\":\"Forensic laboratory\",\"aidType\":\"C01\"}");
        long lab = material.json().getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("kind").equals("MATERIAL")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Http.Response item = office.post("api/projects/" + id + "/components/" + lab + "/items", "{\"description\":\"DNA sequencer\","
                + "\"kind\":\"equipment\",\"valueAmount\":185000,\"valueCurrency\":\"EUR\",\"recipientInstitution\":\"INML\","
                + "\"handoverDate\":\"2026-06-15\",\"maintenancePlan\":true,\"maintenancePayer\":\"Ministry of Justice\","
                + "\"maintenanceAmount\":12000,\"maintenanceCurrency\":\"USD\"}");
        assertEquals(201, item.status(), item.body());

        Http.Response commitment = office.post("api/projects/" + id + "/transactions", "{\"type\":\"commitment\",\"date\":\"2024-01-15\","
                + "\"amount\":\"500000.00\",\"currency\":\"EUR\",\"providerName\":\"Norad\",\"receiverName\":\"UNODC\"}");
        assertEquals(201, commitment.status(), commitment.body());
        office.post("api/projects/" + id + "/transactions", "{\"type\":\"disbursement\",\"date\":\"2024-03-01\",\"amount\":\"120000.50\",\"currency\":\"EUR\"}");
        JsonObject afterMoney = office.post("api/projects/" + id + "/transactions",
                "{\"type\":\"3\",\"date\":\"2025-02-01\",\"amount\":\"80000.25\",\"currency\":\"USD\"}").json();

        // USD at the annual average of the transaction's year, exact to the cent
        BigDecimal eur2024 = seededRate("EUR", 2024);
        JsonObject eurCommitment = afterMoney.getJsonArray("transactions").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("type").equals("COMMITMENT")).findFirst().orElseThrow();
        BigDecimal expectedCommitment = new BigDecimal("500000.00").divide(eur2024, 2, RoundingMode.HALF_EVEN);
        assertEquals(expectedCommitment, eurCommitment.getJsonNumber("usdAmount").bigDecimalValue());
        assertEquals(2024, eurCommitment.getInt("rateYear"));
        BigDecimal expectedDisbursed = new BigDecimal("120000.50").divide(eur2024, 2, RoundingMode.HALF_EVEN).add(new BigDecimal("80000.25"));
        assertEquals(expectedDisbursed, afterMoney.getJsonObject("totals").getJsonNumber("disbursedUsd").bigDecimalValue());
        assertTrue(afterMoney.getJsonArray("warnings").isEmpty(), afterMoney.getJsonArray("warnings").toString());

        // linking in the pipeline changes no need; the project under way partly addresses them
        Http.Response candidates = office.get("api/projects/" + id + "/needs/candidates");
        assertTrue(candidates.body().contains("\"needId\":" + needs[0]), candidates.body());
        JsonObject linked = office.post("api/projects/" + id + "/needs?version=" + version(afterMoney), "[{\"needId\":" + needs[0]
                + ",\"note\":\"Trains the crime-scene officers\"},{\"needId\":" + needs[1] + "}]").json();
        assertEquals(2, linked.getJsonArray("needs").size());
        assertEquals("OPEN", needStatus(needs[0]));
        JsonObject underWay = office.put("api/projects/" + id, triangular("ignored", "implementation")
                .replace("\"ownCode\":\"ignored\",", "").replaceAll(",\"partners\":\\[.*\\]}$", ",\"version\":" + version(linked) + "}")).json();
        assertEquals("IMPLEMENTATION", underWay.getString("status"), underWay.toString());
        assertEquals("PARTLY_ADDRESSED", needStatus(needs[0]));
        assertEquals("PARTLY_ADDRESSED", needStatus(needs[1]));

        // the country's assistance counts the project by funder and by kind
        JsonObject assistance = office.get("api/projects/assistance?country=MOZ").json();
        assertTrue(assistance.getJsonArray("byProvider").getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getString("label").equals("Norad")));
        assertTrue(assistance.getJsonArray("byKind").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("label").equals("TRAINING") && t.getInt("projects") >= 1));

        // unlinking brings the need back to open
        office.delete("api/projects/" + id + "/needs/" + needs[1]);
        assertEquals("OPEN", needStatus(needs[1]));
        // so does deleting the project
        assertEquals(204, office.delete("api/projects/" + id).status());
        assertEquals("OPEN", needStatus(needs[0]));
    }

    String needStatus(long needId) {
        return as("admin").get("api/assessments?country=MOZ&size=200").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> as("admin").get("api/assessments/" + a.getJsonNumber("id") + "/needs").structure().asJsonArray()
                        .getValuesAs(JsonObject.class).stream())
                .filter(n -> n.getJsonNumber("id").longValue() == needId).findFirst().orElseThrow().getString("status");
    }

    @Test
    void badProjectsAreRefusedNamingTheFieldAndNothingIsStored() {
        Http office = as("fo-mozambique");
        long before = office.get("api/projects?country=MOZ").json().getInt("total");
        String good = triangular("BAD-" + unique(), "pipeline");
        record Case(String body, String field) {
        }
        for (Case c : List.of(
                new Case(good.replace("{\"iso3\":\"MOZ\"}", "{\"iso3\":\"MOZ\",\"percentage\":60},{\"iso3\":\"TZA\",\"percentage\":39}"), "countries"),
                new Case(good.replace("\"percentage\":30", "\"percentage\":31"), "sectors"),
                new Case(good.replace("15210", "99999"), "sectors"),
                new Case(good.replace("\"plannedEnd\":\"2027-12-31\"", "\"plannedEnd\":\"2025-12-31\""), "plannedEnd"),
                new Case(good.replace("\"sscRole\":\"facilitator\"", "\"sscRole\":\"provider\"").replace("\"pipeline\"", "\"implementation\""), "modality"),
                new Case(good.replace("\"status\":\"pipeline\"", "\"status\":\"finished\""), "status"),
                new Case(good.replace("\"countryIso3\":\"NOR\"", "\"countryIso3\":\"XXX\""), "partners.countryIso3"),
                new Case(good.replace("\"valueCurrency\":\"USD\"", "\"valueCurrency\":\"USX\""), "contributions.value.currency"))) {
            Http.Response r = office.post("api/projects", c.body());
            assertEquals(400, r.status(), c.field() + ": " + r.body());
            assertEquals("application/problem+json", r.contentType());
            assertEquals(c.field(), r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r.body());
        }
        assertEquals(before, office.get("api/projects?country=MOZ").json().getInt("total"));

        long id = office.post("api/projects", good).json().getJsonNumber("id").longValue();
        Http.Response badEvent = office.post("api/projects/" + id + "/components/999999/events", "{\"title\":\"x\"}");
        assertEquals(404, badEvent.status());
        long training = office.post("api/projects/" + id + "/components", "{\"kind\":\"training\",\"title\":\"Course\"}")
                .json().getJsonArray("components").getJsonObject(0).getJsonNumber("id").longValue();
        Http.Response noEnd = office.post("api/projects/" + id + "/components/" + training + "/events",
                "{\"title\":\"x\",\"startDate\":\"2026-03-02\",\"modality\":\"blended\",\"type\":\"course\",\"female\":1}");
        assertEquals(400, noEnd.status());
        assertEquals("endDate", noEnd.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Response tooPrecise = office.post("api/projects/" + id + "/transactions",
                "{\"type\":\"commitment\",\"date\":\"2025-01-01\",\"amount\":\"10.005\",\"currency\":\"USD\"}");
        assertEquals(400, tooPrecise.status());
        assertEquals("amount.amount", tooPrecise.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(office.get("api/projects/" + id).json().getJsonArray("transactions").isEmpty());
    }

    @Test
    void projectsArePublishedAsIatiActivitiesThatValidateAgainstTheSchema() {
        Http office = as("fo-mozambique");
        String code = "IAT-" + unique();
        JsonObject p = office.post("api/projects", triangular(code, "pipeline")).json();
        long id = p.getJsonNumber("id").longValue();
        long training = office.post("api/projects/" + id + "/components", "{\"kind\":\"training\",\"title\":\"Course\",\"aidType\":\"D02\"}")
                .json().getJsonArray("components").getJsonObject(0).getJsonNumber("id").longValue();
        office.post("api/projects/" + id + "/components/" + training + "/events", "{\"title\":\"Course\",\"startDate\":\"2026-03-02\","
                + "\"endDate\":\"2026-03-06\",\"modality\":\"blended\",\"type\":\"training_of_trainers\",\"female\":6,\"male\":4,"
                + "\"certifiedTrainers\":5,\"secondaryTrainees\":60}");
        office.post("api/projects/" + id + "/components", "{\"kind\":\"material\",\"title\":\"Laboratory\"}");
        office.post("api/projects/" + id + "/transactions", "{\"type\":\"commitment\",\"date\":\"2024-01-15\",\"amount\":500000,\"currency\":\"EUR\"}");
        office.post("api/projects/" + id + "/transactions", "{\"type\":\"disbursement\",\"date\":\"2024-05-15\",\"amount\":80000.25,\"currency\":\"USD\"}");
        office.post("api/projects/" + id + "/budgets", "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\",\"amount\":250000,\"currency\":\"EUR\"}");
        long indicator = office.post("api/projects/" + id + "/results", "{\"title\":\"Officers trained\",\"unit\":\"persons\",\"baselineValue\":0,"
                + "\"baselineYear\":2025,\"bySex\":true}").json().getJsonArray("results").getJsonObject(0).getJsonNumber("id").longValue();
        office.post("api/projects/" + id + "/results/" + indicator + "/periods", "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\","
                + "\"target\":100,\"actual\":80,\"targetFemale\":50,\"actualFemale\":38}");

        byte[] one = office.getBytes("api/iati/activities/" + id);
        assertEquals(List.of(), org.tatracker.iati.control.IatiSchema.errors(one));
        String xml = new String(one, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("<iati-identifier>XM-DAC-41114-" + code + "</iati-identifier>"), xml);
        assertTrue(xml.contains("<collaboration-type code=\"8\""), "triangular co-operation");
        assertTrue(xml.contains("<recipient-country code=\"MZ\""), "countries as ISO alpha-2");

        byte[] filtered = office.getBytes("api/iati/activities?country=MOZ&q=XM-DAC-41114-" + code);
        assertEquals(List.of(), org.tatracker.iati.control.IatiSchema.errors(filtered));
        assertEquals(1, new String(filtered, java.nio.charset.StandardCharsets.UTF_8).split("<iati-activity[ >]", -1).length - 1);
        byte[] all = office.getBytes("api/iati/activities?country=MOZ");
        assertEquals(List.of(), org.tatracker.iati.control.IatiSchema.errors(all), "every project of the country, in one valid file");
        assertEquals(401, Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/iati/activities"))
                .header("Accept", "application/xml").GET().build()).status(), "nobody signed in reads no export");
        Http.Response refused = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/iati/activities?modality=sideways"))
                .header("Accept", "application/xml").header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("fo-mozambique:" + DEMO).getBytes(java.nio.charset.StandardCharsets.UTF_8))).GET().build());
        assertEquals(400, refused.status());
        assertEquals("modality", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void disbursementsAboveCommitmentsAreAcceptedWithAWarning() {
        Http office = as("fo-mozambique");
        long id = office.post("api/projects", triangular("OVR-" + unique(), "pipeline")).json().getJsonNumber("id").longValue();
        office.post("api/projects/" + id + "/transactions", "{\"type\":\"commitment\",\"date\":\"2025-01-01\",\"amount\":1000,\"currency\":\"USD\"}");
        Http.Response over = office.post("api/projects/" + id + "/transactions",
                "{\"type\":\"disbursement\",\"date\":\"2025-02-01\",\"amount\":1000.01,\"currency\":\"USD\"}");
        assertEquals(201, over.status());
        assertEquals(List.of("DISBURSED_MORE_THAN_COMMITTED"), over.json().getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void aYearWithoutAnAverageYetUsesTheLatestRateProvisionally() throws IOException {
        Http office = as("fo-mozambique");
        long id = office.post("api/projects", triangular("PRV-" + unique(), "pipeline")).json().getJsonNumber("id").longValue();
        int latest = java.time.Year.now().getValue() + 1;
        BigDecimal rate = null;
        while (rate == null) {
            latest--;
            try {
                rate = seededRate("EUR", latest);
            } catch (java.util.NoSuchElementException e) {
                rate = null;
            }
        }
        JsonObject p = office.post("api/projects/" + id + "/transactions", "{\"type\":\"commitment\",\"date\":\"" + (latest + 1)
                + "-01-10\",\"amount\":1000,\"currency\":\"EUR\"}").json();
        JsonObject tx = p.getJsonArray("transactions").getJsonObject(0);
        assertEquals(latest, tx.getInt("rateYear"));
        assertEquals(new BigDecimal("1000.00").divide(rate, 2, RoundingMode.HALF_EVEN), tx.getJsonNumber("usdAmount").bigDecimalValue());
        assertTrue(p.getJsonArray("warnings").toString().contains("PROVISIONAL_RATES"), p.getJsonArray("warnings").toString());
        JsonObject none = office.post("api/projects/" + id + "/transactions",
                "{\"type\":\"commitment\",\"date\":\"2003-01-10\",\"amount\":1000,\"currency\":\"EUR\"}").json();
        assertTrue(none.getJsonArray("warnings").toString().contains("NO_RATE_FOR_SOME_TRANSACTIONS"));
    }

    @Test
    void staleEditsOfTheProjectOrItsPartsAreRefused() {
        Http office = as("fo-mozambique");
        JsonObject p = office.post("api/projects", triangular("STL-" + unique(), "pipeline")).json();
        long id = p.getJsonNumber("id").longValue();
        long read = version(p);
        JsonObject changed = office.post("api/projects/" + id + "/components?version=" + read, "{\"kind\":\"technical\",\"title\":\"Drafting\"}").json();
        assertTrue(version(changed) > read, "adding a part raises the project's version");
        String edit = triangular("x", "pipeline").replace("\"ownCode\":\"x\",", "").replaceAll(",\"partners\":\\[.*\\]}$", ",\"version\":" + read + "}")
                .replace("Forensic capacity for Mozambique", "Renamed");
        Http.Response stale = office.put("api/projects/" + id, edit);
        assertEquals(409, stale.status(), stale.body());
        assertEquals(409, office.post("api/projects/" + id + "/budgets?version=" + read,
                "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\",\"amount\":1,\"currency\":\"USD\"}").status());
        assertEquals("Forensic capacity for Mozambique", office.get("api/projects/" + id).json().getString("title"));
        Http.Response fresh = office.put("api/projects/" + id, edit.replace("\"version\":" + read, "\"version\":" + version(changed)));
        assertEquals(200, fresh.status(), fresh.body());
        assertEquals("Renamed", fresh.json().getString("title"));
    }

    @Test
    void accessFollowsCountriesAndOrganisations() {
        Http office = as("fo-mozambique");
        long id = office.post("api/projects", triangular("ACC-" + unique(), "pipeline")).json().getJsonNumber("id").longValue();
        String component = "{\"kind\":\"technical\",\"title\":\"Advice\"}";
        assertEquals(200, as("fo-peru").get("api/projects/" + id).status(), "projects are published to signed-in readers");
        assertEquals(403, as("fo-peru").post("api/projects/" + id + "/components", component).status());
        assertEquals(403, as("donor-b").post("api/projects/" + id + "/components", component).status());
        assertEquals(403, as("gov-mozambique").post("api/projects/" + id + "/components", component).status());
        assertEquals(403, as("gov-kenya").post("api/projects", triangular("GOV-" + unique(), "pipeline")).status());
        assertEquals(401, new Http(base).get("api/projects/" + id).status());
        assertEquals(401, new Http(base).get("api/projects").status());
        assertEquals(403, as("fo-peru").delete("api/projects/" + id).status());

        // a donor records a project of its own and changes it; another donor does not
        Http donor = as("donor-a");
        Http.Response own = donor.post("api/projects", triangular("DON-" + unique(), "pipeline").replace("XM-DAC-41114", "NO-BRC-971277882"));
        assertEquals(201, own.status(), own.body());
        long ownId = own.json().getJsonNumber("id").longValue();
        assertEquals(201, donor.post("api/projects/" + ownId + "/components", component).status());
        assertEquals(403, as("donor-b").post("api/projects/" + ownId + "/components", component).status());
        assertEquals(204, donor.delete("api/projects/" + ownId).status());
    }

    @Test
    void theListFiltersInTheDatabase() {
        Http office = as("fo-mozambique");
        String code = "LST-" + unique();
        long id = office.post("api/projects", triangular(code, "pipeline")).json().getJsonNumber("id").longValue();
        office.post("api/projects/" + id + "/components", "{\"kind\":\"training\",\"title\":\"Course\"}");
        String identifier = "XM-DAC-41114-" + code;
        for (String filter : List.of("country=MOZ", "modality=triangular", "kind=training", "sector=151", "sector=15130", "donor=Norad",
                "implementer=Ministry%20of%20Justice%20of%20Mozambique", "year=2027", "status=pipeline", "region=202")) {
            JsonObject page = office.get("api/projects?size=200&q=" + identifier + "&" + filter).json();
            assertEquals(1, page.getInt("total"), filter + ": " + page);
            JsonObject row = page.getJsonArray("items").getJsonObject(0);
            assertEquals(List.of("Norad", "Brazilian Cooperation Agency").stream().sorted().toList(),
                    row.getJsonArray("funders").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        }
        for (String filter : List.of("country=KEN", "modality=south_south", "kind=material", "sector=160", "donor=Nobody", "year=2030",
                "status=closed")) {
            assertEquals(0, office.get("api/projects?q=" + identifier + "&" + filter).json().getInt("total"), filter);
        }
        Http.Response bad = office.get("api/projects?modality=sideways&year=x&sector=abc");
        assertEquals(400, bad.status());
        assertEquals(List.of("modality", "sector", "year"), bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList());
    }
}
