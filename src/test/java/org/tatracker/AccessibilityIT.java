package org.tatracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tatracker.testing.Axe;
import org.tatracker.testing.BrowserTestBase;
import org.tatracker.testing.Http;

/**
 * Every page in the six languages, and axe-core on every page (issue #8). Each page, as the reader who may see it, shows no
 * untranslated key, declares its language, is laid out right to left in Arabic, has its navigation and its text in the chosen
 * script; and in English, Arabic (right to left) and Chinese, it has no serious or critical WCAG 2.1 A/AA violation. The minor
 * and moderate ones are listed in {@code target/axe-report.txt}.
 */
class AccessibilityIT extends BrowserTestBase {


    /** An assessment and a project of Kenya to show, made through REST. */
    long[] records() {
        Http admin = new Http(base).as("admin", "admin-password-for-tests");
        long office = admin.fieldOfficeOf("KEN");
        Http.Response a = admin.post("api/assessments", "{\"countryIso3\":\"KEN\",\"title\":\"Court backlog assessment (axe)\","
                + "\"framework\":\"cjat\",\"leadOfficeId\":" + office + ",\"missionStart\":\"2025-10-01\",\"publicationConsent\":true}");
        assertEquals(201, a.status(), a.body());
        long assessment = a.json().getJsonNumber("id").longValue();
        Http.Response need = admin.post("api/assessments/" + assessment + "/needs", "{\"cjatArea\":\"1.3\",\"description\":\"Case management\","
                + "\"kinds\":[\"training\"],\"category\":\"capacity\",\"priority\":\"high\"}");
        assertEquals(201, need.status(), need.body());
        Http.Response p = admin.post("api/projects", "{\"reportingOrgRef\":\"XM-AXE\",\"ownCode\":\"P" + System.nanoTime() + "\","
                + "\"title\":\"Court case management (axe)\",\"status\":\"implementation\",\"plannedStart\":\"2026-01-01\","
                + "\"plannedEnd\":\"2027-12-31\",\"countries\":[{\"iso3\":\"KEN\"}],\"sectors\":[{\"code\":\"15130\",\"percentage\":100}],"
                + "\"partners\":[{\"name\":\"Judiciary of Kenya\",\"organisationType\":\"10\",\"countryIso3\":\"KEN\",\"role\":\"implementing\"}]}");
        assertEquals(201, p.status(), p.body());
        long project = p.json().getJsonNumber("id").longValue();
        admin.post("api/projects/" + project + "/transactions?version=" + p.json().getJsonNumber("version"), "{\"type\":\"commitment\","
                + "\"date\":\"2026-01-15\",\"amount\":250000,\"currency\":\"USD\"}");
        return new long[] {assessment, project};
    }

    @Test
    void everyPageSpeaksTheSixLanguagesAndHasNoSeriousOrCriticalViolation() {
        long[] ids = records();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index", "index.xhtml");
        pages.put("countries", "countries.xhtml");
        pages.put("country", "country.xhtml?iso3=KEN");
        pages.put("login", "login.xhtml");
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            driver.manage().deleteAllCookies();
            pages.forEach((name, path) -> visit(found, name + " (anonymous, " + lang + ")", path, lang));
        }
        Map<String, String> signedIn = new LinkedHashMap<>();
        signedIn.put("home", "index.xhtml");
        signedIn.put("country", "country.xhtml?iso3=KEN");
        signedIn.put("assessments", "assessments.xhtml");
        signedIn.put("assessment", "assessment.xhtml?id=" + ids[0]);
        signedIn.put("assessment editor", "assessment-edit.xhtml?id=" + ids[0]);
        signedIn.put("projects", "projects.xhtml");
        signedIn.put("dashboard", "dashboard.xhtml");
        signedIn.put("worklist", "worklist.xhtml");
        signedIn.put("project", "project.xhtml?id=" + ids[1]);
        signedIn.put("project editor", "project-edit.xhtml?id=" + ids[1]);
        signedIn.put("IATI import", "iati-import.xhtml");
        signedIn.put("profile", "profile.xhtml");
        signedIn.put("accounts", "admin/accounts.xhtml");
        signedIn.put("audit", "admin/audit.xhtml");
        signIn("admin", "admin-password-for-tests");
        for (String lang : LANGUAGES) {
            signedIn.forEach((name, path) -> visit(found, name + " (admin, " + lang + ")", path, lang));
        }
        List<String> serious = new ArrayList<>();
        found.forEach((page, violations) -> violations.stream().filter(Axe.Violation::seriousOrCritical)
                .forEach(v -> serious.add(page + ": " + v)));
        long minor = found.values().stream().flatMap(List::stream).filter(v -> !v.seriousOrCritical()).count();
        System.out.println("axe-core: " + found.size() + " page visits, " + serious.size() + " serious or critical, " + minor
                + " minor or moderate: " + found.values().stream().flatMap(List::stream).filter(v -> !v.seriousOrCritical())
                        .map(v -> v.id()).distinct().collect(Collectors.joining(", ")));
        assertEquals(List.of(), serious, String.join("\n", serious));
        assertTrue(found.size() >= 48, "every page in English, Arabic and Chinese");
    }

    /**
     * What a page shows only after an action: every step of the assessment editor's wizard, the confirmation dialog of a
     * workflow step, and the project's dialog for linking needs; each checked by axe-core while it shows, in English and
     * in Arabic (right to left).
     */
    @Test
    void dialogsAndWizardStepsHaveNoSeriousOrCriticalViolation() {
        long[] ids = records();
        signIn("admin", "admin-password-for-tests");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        for (String lang : List.of("en", "ar")) {
            java.util.ResourceBundle msg = java.util.ResourceBundle.getBundle("org.tatracker.i18n.messages", java.util.Locale.forLanguageTag(lang));
            driver.get(base() + "assessment-edit.xhtml?id=" + ids[0] + "&lang=" + lang);
            List<String> steps = List.of("basics", "scope", "methods", "findings", "needs", "recommendations");
            for (int i = 0; i < steps.size(); i++) {
                String title = msg.getString("editor.step." + steps.get(i));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-wizard-step-title.ui-state-highlight"), title));
                found.put("wizard step " + steps.get(i) + " (" + lang + ")", Axe.check(driver, "wizard step " + steps.get(i)));
                if (i < steps.size() - 1) {
                    driver.findElement(By.cssSelector(".ui-wizard-nav-next")).click();
                }
            }

            driver.get(base() + "assessment.xhtml?id=" + ids[0] + "&lang=" + lang);
            driver.findElement(By.cssSelector("button.step-submit")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-no")));
            found.put("confirmation dialog (" + lang + ")", Axe.check(driver, "confirmation dialog"));
            driver.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));

            driver.get(base() + "project.xhtml?id=" + ids[1] + "&lang=" + lang);
            driver.findElement(By.xpath("//a[@role='tab'][normalize-space()='" + msg.getString("project.tab.needs") + "']")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='needsForm:openLinks']"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linkDialog")));
            found.put("link dialog (" + lang + ")", Axe.check(driver, "link dialog"));
            driver.findElement(By.cssSelector("[id$='cancelLinks']")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("linkDialog")));
        }
        List<String> serious = new ArrayList<>();
        found.forEach((state, violations) -> violations.stream().filter(Axe.Violation::seriousOrCritical)
                .forEach(v -> serious.add(state + ": " + v)));
        long minor = found.values().stream().flatMap(List::stream).filter(v -> !v.seriousOrCritical()).count();
        System.out.println("axe-core on dialogs and wizard steps: " + found.size() + " states, " + serious.size() + " serious or critical, "
                + minor + " minor or moderate");
        assertEquals(List.of(), serious, String.join("\n", serious));
        assertEquals(16, found.size(), "six wizard steps and two dialogs, in two languages");
    }

    static final List<String> LANGUAGES = List.of("en", "ar", "zh", "fr", "ru", "es");

    /** Pages whose heading is a record's own title or name: data, in the language it was written in. */
    static final List<String> RECORD_PAGES = List.of("assessment (", "assessment editor", "project (", "project editor");

    /** Text of each script, for the languages whose script differs from Latin. */
    static final Map<String, java.util.regex.Pattern> SCRIPTS = Map.of("ar", java.util.regex.Pattern.compile("\\p{IsArabic}"), "zh",
            java.util.regex.Pattern.compile("\\p{IsHan}"), "ru", java.util.regex.Pattern.compile("\\p{IsCyrillic}"));

    private void visit(Map<String, List<Axe.Violation>> found, String name, String path, String lang) {
        driver.get(base() + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
        String text = driver.findElement(By.tagName("body")).getText();
        assertTrue(!text.contains("???"), name + " shows an untranslated key: " + text.lines().filter(l -> l.contains("???")).findFirst()
                .orElse(""));
        assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"), name);
        assertEquals(lang.equals("ar") ? "rtl" : "ltr", driver.findElement(By.tagName("html")).getAttribute("dir"), name);
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.tatracker.i18n.messages", java.util.Locale.forLanguageTag(lang));
        assertTrue(text.contains(bundle.getString("nav.home")), name + " has its navigation in " + lang);
        String heading = driver.findElement(By.tagName("h1")).getText();
        if (SCRIPTS.containsKey(lang) && RECORD_PAGES.stream().noneMatch(name::startsWith)) {
            // a record's own title is data, in the language it was written in; every other heading is the interface's
            assertTrue(SCRIPTS.get(lang).matcher(heading).find(), name + ": the heading '" + heading + "' is not in the script of " + lang);
        }
        if (lang.equals("en") || lang.equals("ar") || lang.equals("zh")) {
            found.put(name, Axe.check(driver, name));
        }
    }
}
