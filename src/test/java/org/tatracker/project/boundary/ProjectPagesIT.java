package org.tatracker.project.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tatracker.testing.Browser;
import org.tatracker.testing.BrowserTestBase;
import org.tatracker.testing.Http;

/**
 * A field office records a triangular project in a real browser (Brazil first provider, Norway
 * facilitator, Mozambique recipient) with training, equipment and money in two currencies, links
 * it to two needs of Mozambique's validated assessment, and sees them partly addressed.
 */
class ProjectPagesIT extends BrowserTestBase {


    /** Mozambique's validated assessment with two needs, made through REST by the administrator. */
    List<String> validatedMozambiqueAssessment(String tag) {
        Http admin = new Http(base).as("admin", "admin-password-for-tests");
        long office = admin.get("api/organisations").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kind").equals("FIELD_OFFICE") && "MOZ".equals(o.getString("countryIso3", null))
                        && !o.getString("name").endsWith("(synthetic)"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long id = admin.post("api/assessments", "{\"countryIso3\":\"MOZ\",\"title\":\"Mozambique justice assessment " + tag
                + "\",\"framework\":\"cjat\",\"leadOfficeId\":" + office + ",\"publicationConsent\":true}").json().getJsonNumber("id").longValue();
        List<String> needs = List.of("Forensic laboratory capacity " + tag, "Crime-scene training for police " + tag);
        for (String need : needs) {
            assertEquals(201, admin.post("api/assessments/" + id + "/needs", "{\"cjatArea\":\"1.3\",\"description\":\"" + need
                    + "\",\"kinds\":[\"training\"],\"category\":\"capacity\",\"priority\":\"high\"}").status());
        }
        for (String step : List.of("{\"action\":\"submit\"}", "{\"action\":\"share\"}",
                "{\"action\":\"validate\",\"validatedOn\":\"2026-01-20\",\"method\":\"letter\",\"signatory\":\"Minister of Justice\"}")) {
            assertEquals(200, admin.post("api/assessments/" + id + "/transitions", step).status());
        }
        return needs;
    }

    @Test
    void projectPagesSpeakTheSixLanguagesAndArabicReadsRightToLeft() {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        validatedMozambiqueAssessment(tag);
        Http office = new Http(base).as("fo-mozambique", "demo-password");
        long id = office.post("api/projects", ProjectsIT.triangular("LANG-" + tag, "implementation")).json().getJsonNumber("id").longValue();
        office.post("api/projects/" + id + "/components", "{\"kind\":\"training\",\"title\":\"Course\"}");
        office.post("api/projects/" + id + "/transactions", "{\"type\":\"commitment\",\"date\":\"2024-01-15\",\"amount\":1000,\"currency\":\"EUR\"}");
        signIn("fo-mozambique", "demo-password");
        for (String lang : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.tatracker.i18n.messages", java.util.Locale.forLanguageTag(lang));
            for (String page : List.of("projects.xhtml", "project.xhtml?id=" + id, "project-edit.xhtml?id=" + id, "project-edit.xhtml",
                    "country.xhtml?iso3=MOZ")) {
                driver.get(base() + page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                String text = driver.findElement(By.tagName("body")).getText();
                assertTrue(!text.contains("???"), page + " in " + lang + " shows an untranslated key: " + text.lines()
                        .filter(l -> l.contains("???")).findFirst().orElse(""));
                assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"));
                assertEquals(lang.equals("ar") ? "rtl" : "ltr", driver.findElement(By.tagName("html")).getAttribute("dir"), page);
                assertTrue(text.contains(bundle.getString("nav.projects")), page + " in " + lang + " has its navigation in " + lang);
            }
            driver.get(base() + "project.xhtml?id=" + id + "&lang=" + lang);
            assertTrue(driver.findElement(By.id("status")).getText().equals(bundle.getString("project.status.IMPLEMENTATION")));
            if (lang.equals("ar") || lang.equals("zh")) {
                Browser.screenshot(driver, "project-" + lang);
            }
        }
    }

    @Test
    void triangularProjectIsRecordedAndItsNeedsBecomePartlyAddressed() {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        List<String> needs = validatedMozambiqueAssessment(tag);
        signIn("fo-mozambique", "demo-password");
        driver.get(base() + "projects.xhtml?lang=en");
        driver.findElement(By.id("new-project")).click();
        ProjectScreens screen = new ProjectScreens(driver);

        screen.type("editor:reportingOrgRef", "XM-DAC-41114");
        screen.type("editor:ownCode", "MOZ-FOR-" + tag);
        screen.type("editor:title", "Forensic capacity for Mozambique " + tag);
        screen.type("editor:plannedStart", "2026-02-01");
        screen.type("editor:plannedEnd", "2027-12-31");
        screen.type("editor:countries", "MOZ");
        screen.type("editor:sectors", "15130 70, 15210 29");
        screen.select("editor:modality", "TRIANGULAR");
        screen.type("editor:problem", "Cases collapse for lack of forensic evidence");
        screen.type("editor:outcomes", "More cases solved with forensic evidence");
        screen.saveEditor();
        assertTrue(screen.errorNextTo("editor:sectors").contains("total 100"), "the refusal shows next to the sectors");
        screen.type("editor:sectors", "15130 70, 15210 30");
        screen.saveEditor();
        assertTrue(driver.findElement(By.id("iati-identifier")).getText().endsWith("MOZ-FOR-" + tag));

        screen.tab("Partners");
        screen.partner("Brazilian Cooperation Agency", "10", "BRA", "funding", "first_provider");
        screen.partner("Norad", "10", "NOR", "funding", "facilitator");
        screen.partner("Ministry of Justice of Mozambique", "10", "MOZ", "implementing", "recipient");
        assertEquals(List.of("First provider", "Facilitator (second provider)", "Recipient"), screen.texts(".ssc-role"));

        screen.tab("Components");
        screen.component("training", "Crime-scene investigation courses", "D02");
        screen.event("Crime-scene course, Maputo", "2026-03-02", "2026-03-06", "12", "8", "48.5", "76", "POLICE 15, PROSECUTION 5");
        screen.event("Crime-scene course, Beira", "2026-05-04", "2026-05-08", "9", "11", "51", "80.5", "POLICE 20");
        screen.component("material", "Forensic laboratory", "C01");
        screen.type("itemForm:description", "DNA sequencer");
        screen.select("itemForm:kind", "equipment");
        screen.type("itemForm:valueAmount", "185000");
        screen.type("itemForm:valueCurrency", "EUR");
        screen.type("itemForm:recipientInstitution", "National Institute of Legal Medicine");
        screen.tick("itemForm:maintenancePlan");
        screen.type("itemForm:maintenancePayer", "Ministry of Justice");
        screen.type("itemForm:maintenanceAmount", "12000");
        screen.type("itemForm:maintenanceCurrency", "USD");
        new org.openqa.selenium.support.ui.Select(screen.visible("itemForm:component")).selectByIndex(1);
        screen.add("itemForm", "tr.item");
        assertEquals(2, screen.texts("tr.event").size());
        assertEquals(List.of("Police 15, Prosecution service 5", "Police 20"), screen.texts("tr.event td.institutions"));
        assertEquals(1, screen.texts("tr.item").size());

        screen.tab("Money");
        screen.transaction("commitment", "2026-01-15", "500000", "EUR");
        screen.transaction("disbursement", "2026-02-15", "120000.50", "EUR");
        screen.transaction("disbursement", "2026-03-01", "80000.25", "USD");
        assertEquals(3, screen.texts("[id$='transactionTable_data'] .usd").size(), "every transaction shows its USD value");
        Browser.screenshot(driver, "project-money");

        screen.tab("Needs answered");
        driver.findElement(ProjectScreens.field("needsForm:openLinks")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='linkForm:candidates'] .candidate-description")));
        for (var row : driver.findElements(By.cssSelector("[id$='linkForm:candidates'] tr[data-rk]"))) {
            if (needs.contains(row.findElement(By.cssSelector(".candidate-description")).getText())) {
                row.findElement(By.cssSelector(".ui-chkbox-box")).click();
            }
        }
        screen.type("linkForm:note", "Trains the crime-scene officers and equips the laboratory");
        driver.findElement(ProjectScreens.field("linkForm:link")).click();
        wait.until(d -> d.findElements(By.cssSelector(".need-status")).size() == 2);
        assertEquals(List.of("Open", "Open"), screen.texts(".need-status"), "a project in the pipeline addresses nothing yet");

        driver.findElement(By.id("edit-link")).click();
        screen.select("editor:status", "IMPLEMENTATION");
        screen.saveEditor();
        assertEquals("Implementation", driver.findElement(By.id("status")).getText());

        driver.get(base() + "country.xhtml?iso3=MOZ&lang=en");
        for (String need : needs) {
            String status = driver.findElements(By.cssSelector("#needs tr.need")).stream()
                    .filter(r -> r.findElement(By.cssSelector(".need-description")).getText().equals(need)).findFirst().orElseThrow()
                    .findElement(By.cssSelector(".need-status")).getText();
            assertEquals("Partly addressed", status, need);
        }
        assertTrue(driver.findElement(By.id("by-provider")).getText().contains("Norad"));
        assertTrue(driver.findElements(By.cssSelector("#country-projects a.project-link")).stream()
                .anyMatch(a -> a.getText().equals("Forensic capacity for Mozambique " + tag)));
        Browser.screenshot(driver, "country-needs-partly-addressed");
    }
}
