package org.tatracker.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tatracker.testing.Deployments;
import org.tatracker.testing.Http;

/** Needs assessments through REST on a real Payara Micro and Derby, with the demo accounts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentsIT {

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

    static String assessment(String country, String title) {
        return "{\"countryIso3\":\"" + country + "\",\"title\":\"" + title + "\",\"framework\":\"cjat\","
                + "\"cjatTools\":[\"1.3\",\"2.3\"],\"congressTopics\":[\"ITEM4\"],\"methods\":[\"DESK_REVIEW\",\"INTERVIEWS\"],"
                + "\"requestedByAgency\":\"Ministry of Interior\",\"requestReference\":\"MOI/2026/14\",\"requestDate\":\"2026-01-10\","
                + "\"counterpartAgency\":\"Office of the Director of Public Prosecutions\",\"focalPoint\":\"A. Wanjiru\","
                + "\"team\":[{\"person\":\"M. Silva\",\"organisation\":\"UNODC\",\"countryIso3\":\"BRA\",\"role\":\"assessor\"}],"
                + "\"sources\":[{\"description\":\"Police annual report 2025\",\"kind\":\"statistics\",\"date\":\"2025-12-31\"}],"
                + "\"missionStart\":\"2026-03-01\",\"missionEnd\":\"2026-03-12\",\"findings\":\"Backlog of cases\","
                + "\"recommendations\":\"Train investigators\",\"publicationConsent\":true}";
    }

    static String need(String description, String priority, String amount) {
        return "{\"cjatArea\":\"1.3\",\"description\":\"" + description + "\",\"kinds\":[\"training\",\"technical\"],"
                + "\"category\":\"capacity\",\"priority\":\"" + priority + "\",\"institutions\":[\"POLICE\"],\"groups\":[\"VICTIMS\"],"
                + "\"conventions\":[\"UNTOC\"],\"sdgTargets\":[\"16.3\"],\"costAmount\":" + amount + ",\"costCurrency\":\"USD\"}";
    }

    long create(Http http, String country, String title) {
        Http.Response created = http.post("api/assessments", assessment(country, title));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    static long version(Http http, long id) {
        return http.get("api/assessments/" + id).json().getJsonNumber("version").longValue();
    }

    Http.Response step(Http http, long id, String body) {
        return http.post("api/assessments/" + id + "/transitions", body);
    }

    @Test
    void kenyaIsAssessedSharedValidatedAndAmended() {
        Http office = as("fo-kenya");
        Http government = as("gov-kenya");
        long id = create(office, "KEN", "Kenya criminal justice assessment");
        assertEquals(201, office.post("api/assessments/" + id + "/needs", need("Forensic training for investigators", "high", "120000.50")).status());
        assertEquals(201, office.post("api/assessments/" + id + "/needs", need("Case management system", "medium", "80000")).status());
        assertEquals(201, office.post("api/assessments/" + id + "/needs", need("Victim support units", "low", "15000.25")).status());

        assertEquals(200, step(office, id, "{\"action\":\"submit\"}").status());
        assertEquals(200, step(office, id, "{\"action\":\"share\"}").status());
        assertEquals(403, step(office, id, "{\"action\":\"validate\",\"validatedOn\":\"2026-04-01\",\"method\":\"workshop\",\"signatory\":\"PS\"}").status(),
                "validation is the government's word");
        JsonObject validated = step(government, id, "{\"action\":\"validate\",\"validatedOn\":\"2026-04-01\",\"method\":\"workshop\","
                + "\"signatory\":\"Principal Secretary\"}").json();
        assertEquals("VALIDATED", validated.getString("status"));
        assertEquals(List.of("DRAFT", "SUBMITTED", "SHARED", "VALIDATED"), validated.getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().map(s -> s.getString("to")).toList());
        assertEquals("gov-kenya", validated.getJsonArray("history").getJsonObject(3).getString("actor"));
        JsonObject firstNeed = validated.getJsonArray("needs").getJsonObject(0);
        assertEquals("120000.50", firstNeed.getJsonNumber("costAmount").bigDecimalValue().toPlainString());

        // Kenya's list (the country page's source) shows it, with its needs counted
        JsonObject kenya = as("donor-a").get("api/assessments?country=KEN&size=200").json();
        JsonObject row = kenya.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(3, row.getInt("needs"));
        assertEquals(1, row.getInt("highPriorityNeeds"));

        // the validated version is amended, not edited
        String edit = assessment("KEN", "Edited in place");
        assertEquals(409, office.put("api/assessments/" + id, edit.substring(0, edit.length() - 1) + ",\"version\":"
                + version(office, id) + "}").status());
        JsonObject v2 = step(office, id, "{\"action\":\"amend\"}").json();
        assertEquals(2, v2.getInt("versionNumber"));
        assertEquals("DRAFT", v2.getString("status"));
        assertEquals(3, v2.getJsonArray("needs").size());
        JsonObject v1 = office.get("api/assessments/" + id).json();
        assertEquals("VALIDATED", v1.getString("status"));
        assertTrue(v1.getBoolean("superseded"));
        assertEquals(2, office.get("api/assessments/" + id + "/versions").structure().asJsonArray().size());

        byte[] pdf = office.getBytes("api/assessments/" + id + "/pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 1000);
    }

    @Test
    void theRolesAndTheWorkflowDecideEachStep() {
        Http office = as("fo-kenya");
        long id = create(office, "KEN", "Workflow checks");
        assertEquals(409, step(office, id, "{\"action\":\"share\"}").status(), "a draft is not shared before it is submitted");
        assertEquals(400, step(office, id, "{\"action\":\"submit\"}").status(), "no needs yet");
        office.post("api/assessments/" + id + "/needs", need("Need", "high", "1"));
        assertEquals(403, step(as("gov-kenya"), id, "{\"action\":\"submit\"}").status(), "the government does not submit");
        assertEquals(404, step(as("fo-peru"), id, "{\"action\":\"submit\"}").status(), "another office does not see the draft");
        assertEquals(404, as("donor-a").get("api/assessments/" + id).status(), "unpublished: invisible to donors");
        assertEquals(200, as("gov-kenya").get("api/assessments/" + id).status(), "the government sees its country's drafts");
        assertEquals(200, step(office, id, "{\"action\":\"submit\"}").status());
        assertEquals(200, step(office, id, "{\"action\":\"share\"}").status());
        assertEquals(400, step(as("gov-kenya"), id, "{\"action\":\"dispute\"}").status(), "a dispute gives its reason");
        JsonObject disputed = step(as("gov-kenya"), id, "{\"action\":\"dispute\",\"reason\":\"Figures from 2019\"}").json();
        assertEquals("DISPUTED", disputed.getString("status"));
        assertEquals("Figures from 2019", disputed.getString("disputeReason"));
        assertEquals(List.of("archive", "redraft"), as("fo-kenya").get("api/assessments/" + id).json().getJsonArray("allowedActions")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(200, step(office, id, "{\"action\":\"redraft\"}").status());
        assertEquals(400, step(office, id, "{\"action\":\"fly\"}").status());
        assertEquals(403, as("fo-peru").post("api/assessments", assessment("KEN", "Not my country")).status());
        assertEquals(401, new Http(base).get("api/assessments").status());
    }

    @Test
    void invalidFieldsAreA400NamingTheFieldAndStoreNothing() {
        Http office = as("fo-kenya");
        long before = office.get("api/assessments?size=1").json().getJsonNumber("total").longValue();
        record Case(String body, String field) {
        }
        for (Case c : List.of(
                new Case(assessment("KEN", "Dates").replace("\"missionEnd\":\"2026-03-12\"", "\"missionEnd\":\"2026-02-01\""), "missionEnd"),
                new Case(assessment("XXX", "Unknown country"), "countryIso3"),
                new Case(assessment("KEN", "Unknown code").replace("\"1.3\",\"2.3\"", "\"9.9\""), "cjatTools"),
                new Case(assessment("KEN", "Bad framework").replace("\"cjat\"", "\"guesswork\""), "framework"),
                new Case(assessment("KEN", ""), "title"))) {
            Http.Response response = office.post("api/assessments", c.body());
            assertEquals(400, response.status(), c.field() + ": " + response.body());
            assertEquals(c.field(), response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(before, office.get("api/assessments?size=1").json().getJsonNumber("total").longValue());

        long id = create(office, "KEN", "Need checks");
        for (String[] c : List.of(
                new String[] {need("Negative", "high", "-5"), "cost.amount"},
                new String[] {need("Currency", "high", "5").replace("\"USD\"", "\"XYZ\""), "cost.currency"},
                new String[] {need("Institution", "high", "5").replace("\"POLICE\"", "\"NAVY\""), "institutions"},
                new String[] {need("Priority", "urgent", "5"), "priority"})) {
            Http.Response response = office.post("api/assessments/" + id + "/needs", c[0]);
            assertEquals(400, response.status(), c[1] + ": " + response.body());
            assertEquals(c[1], response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(0, office.get("api/assessments/" + id + "/needs").structure().asJsonArray().size());
    }

    @Test
    void aSheetWithOneBadRowImportsNothingAndNamesTheRow() {
        Http office = as("fo-kenya");
        long id = create(office, "KEN", "Bulk needs");
        String header = "cjat_area,description,kinds,category,priority,institutions,groups,standards,conventions,sdg_targets,cost_amount,cost_currency\n";
        String good = "1.3,Forensic laboratory training,training;technical,capacity,high,POLICE,,,UNTOC,16.3,1000.50,USD\n";
        String bad = "1.3,Bad row,training,capacity,urgent,NAVY,,,,,-3,USD\n";
        Http.Response refused = office.sendRaw("api/assessments/" + id + "/needs/import", "text/csv", (header + good + bad + good).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        List<String> fields = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        assertTrue(fields.stream().allMatch(f -> f.startsWith("row 3")), fields.toString());
        assertTrue(fields.contains("row 3, column priority") || fields.contains("row 3, column institutions"), fields.toString());
        assertEquals(0, office.get("api/assessments/" + id + "/needs").structure().asJsonArray().size(), "nothing imported");

        Http.Response imported = office.sendRaw("api/assessments/" + id + "/needs/import", "text/csv", (header + good + good).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, imported.status(), imported.body());
        assertEquals(2, office.get("api/assessments/" + id + "/needs").structure().asJsonArray().size());

        byte[] template = office.getBytes("api/assessments/needs-template.xlsx");
        Http.Response fromTemplate = office.sendRaw("api/assessments/" + id + "/needs/import",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template);
        assertEquals(201, fromTemplate.status(), fromTemplate.body());
        JsonObject need = office.get("api/assessments/" + id + "/needs").structure().asJsonArray().getJsonObject(2);
        assertEquals("120000.00", need.getJsonNumber("costAmount").bigDecimalValue().toPlainString());
        assertEquals(List.of("TECHNICAL", "TRAINING"), need.getJsonArray("kinds").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).sorted().toList());
        assertTrue(new String(office.getBytes("api/assessments/needs-template.csv"), java.nio.charset.StandardCharsets.UTF_8).startsWith("cjat_area,"));
    }

    @Test
    void aStaleUpdateIsA409AndChangesNothing() {
        Http office = as("fo-kenya");
        long id = create(office, "KEN", "Stale check");
        long v = version(office, id);
        String first = assessment("KEN", "First edit");
        assertEquals(200, office.put("api/assessments/" + id, first.substring(0, first.length() - 1) + ",\"version\":" + v + "}").status());
        String stale = assessment("KEN", "Stale edit");
        assertEquals(409, office.put("api/assessments/" + id, stale.substring(0, stale.length() - 1) + ",\"version\":" + v + "}").status());
        assertEquals("First edit", office.get("api/assessments/" + id).json().getString("title"));

        office.post("api/assessments/" + id + "/needs", need("Need to edit", "high", "10"));
        JsonObject need = office.get("api/assessments/" + id + "/needs").structure().asJsonArray().getJsonObject(0);
        String path = "api/assessments/" + id + "/needs/" + need.getJsonNumber("id");
        String changed = need("Changed need", "low", "12");
        assertEquals(200, office.put(path, changed.substring(0, changed.length() - 1) + ",\"version\":" + need.getJsonNumber("version") + "}").status());
        assertEquals(409, office.put(path, changed.substring(0, changed.length() - 1) + ",\"version\":" + need.getJsonNumber("version") + "}").status());
    }

    @Test
    void listsFilterInTheDatabaseAndHideWhatTheReaderMayNotSee() {
        Http office = as("fo-kenya");
        String token = "zebra" + System.nanoTime();
        long id = create(office, "KEN", "Filter target " + token);
        office.post("api/assessments/" + id + "/needs", need("High one", "high", "1"));
        assertTrue(office.get("api/assessments?q=" + token + "").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getJsonNumber("id").longValue() == id));
        assertTrue(office.get("api/assessments?q=" + token + "&priority=high&status=draft&year=2026&framework=cjat").json().getInt("total") >= 1);
        assertEquals(0, office.get("api/assessments?q=" + token + "&priority=low").json().getInt("total"));
        assertEquals(0, office.get("api/assessments?q=" + token + "&year=2025").json().getInt("total"));
        assertEquals(0, as("fo-peru").get("api/assessments?q=" + token + "").json().getInt("total"));
        assertEquals(0, as("donor-b").get("api/assessments?q=" + token + "").json().getInt("total"));
        assertEquals(1, as("admin").get("api/assessments?q=" + token + "").json().getInt("total"));
        Http.Response bad = office.get("api/assessments?status=lost&size=0");
        assertEquals(400, bad.status());
        assertEquals(List.of("size", "status"), bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList());
        assertFalse(office.get("api/assessments/" + id).json().getJsonArray("allowedActions").isEmpty());
    }
}
