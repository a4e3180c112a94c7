package org.tatracker.indicator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tatracker.testing.Browser;
import org.tatracker.testing.BrowserTestBase;
import org.tatracker.testing.Http;

/**
 * The portfolio dashboard in a real browser on generated data (issue #6): two filters change the figures, a tile's
 * drill-down opens the projects it counts, a table exports with the filters, and the page speaks Arabic (right to left)
 * and Chinese, with screenshots kept.
 */
class DashboardPagesIT extends BrowserTestBase {

    Http admin() {
        return new Http(base).as("admin", "admin-password-for-tests").withToken("dashboard-pages-it");
    }

    void generated(Http admin) {
        Http.Response r = admin.post("api/demo-data?scale=0.002", "");
        assertEquals(200, r.status(), r.body());
    }

    String tile(String code) {
        return driver.findElement(By.cssSelector("#tile-" + code + " .tile-value")).getText();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Test
    void twoFiltersChangeTheFiguresATileDrillsDownAndATableExports() throws Exception {
        Http admin = admin();
        generated(admin);
        signIn("admin", "admin-password-for-tests");
        driver.get(base() + "dashboard.xhtml?lang=en");
        NumberFormat integers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        long all = admin.get("api/indicators").json().getJsonNumber("projects").longValue();
        assertEquals(integers.format(all), tile("PROJECTS"), "the tile shows the API's count");

        // two filters: South-South cooperation, with training
        new Select(driver.findElement(By.id("filters:modality"))).selectByValue("SOUTH_SOUTH");
        new Select(driver.findElement(By.id("filters:kind"))).selectByValue("TRAINING");
        driver.findElement(By.id("filters:apply")).click();
        waiting().until(ExpectedConditions.urlContains("modality=SOUTH_SOUTH"));
        assertTrue(driver.getCurrentUrl().contains("kind=TRAINING"), driver.getCurrentUrl());
        JsonObject filtered = admin.get("api/indicators?modality=south_south&kind=training").json();
        long selected = filtered.getJsonNumber("projects").longValue();
        assertTrue(selected > 0 && selected < all, selected + " of " + all);
        assertEquals(integers.format(selected), tile("PROJECTS"));
        assertNotEquals(integers.format(all), tile("PROJECTS"), "the figures changed");
        assertEquals("100%", tile("MODALITY_SHARE_SOUTH_SOUTH"), "every selected project is South-South");

        // an export of a table with the same filters, in the reader's language, with the reader's session
        WebElement csvLink = driver.findElement(By.id("export-by-modality-csv"));
        String href = csvLink.getAttribute("href");
        assertTrue(href.contains("modality=SOUTH_SOUTH") && href.contains("kind=TRAINING") && href.contains("lang=en"), href);
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> csv = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertEquals("\ufeffModality,Projects,Committed (USD)", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("SOUTH_SOUTH," + selected + ",")), csv.body());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("NORTH_SOUTH,0,")), "the other modalities are filtered out: " + csv.body());
        byte[] xlsx = new Http(base).as("admin", "admin-password-for-tests").getBytes(driver.findElement(By.id("export-unmet-needs-xlsx"))
                .getAttribute("href").substring(base().length()));
        assertTrue(xlsx.length > 100 && xlsx[0] == 'P' && xlsx[1] == 'K', "an XLSX file (a zip)");

        // drill down from the tile to the records it counts: the project list with the same filters and as many projects
        driver.findElement(By.cssSelector("#tile-PROJECTS .tile-drill")).click();
        waiting().until(ExpectedConditions.urlContains("projects.xhtml"));
        assertEquals("SOUTH_SOUTH", new Select(driver.findElement(By.id("filters:modality"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("TRAINING", new Select(driver.findElement(By.id("filters:kind"))).getFirstSelectedOption().getAttribute("value"));
        String report = driver.findElement(By.cssSelector("#filters\\:projects .ui-paginator-current")).getText();
        assertEquals(selected + " projects", report);

        // a needs tile drills down to the needs nobody answers, on the dashboard itself
        driver.get(base() + "dashboard.xhtml?lang=en&country=KEN");
        String unmet = driver.findElement(By.cssSelector("#tile-NEEDS_COVERED .tile-drill")).getAttribute("href");
        assertTrue(unmet.endsWith("#unmet-needs"), unmet);
        long expectedUnmet = admin.get("api/indicators?country=KEN").json().getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("NEEDS_COVERED")).findFirst().map(i -> i.getJsonNumber("denominator").longValue()
                        - i.getJsonNumber("numerator").longValue()).orElseThrow();
        assertTrue(expectedUnmet > 0, "Kenya has unmet needs in the generated data");
        String needsReport = driver.findElement(By.cssSelector("#unmet-form\\:unmet .ui-paginator-current")).getText();
        assertEquals(expectedUnmet + " needs", needsReport);
        assertTrue(driver.findElement(By.cssSelector("#world-map svg a")).getDomAttribute("href").contains("country.xhtml?iso3="),
                "the map links to the country profiles");
    }

    @Test
    void aFieldOfficeSeesItsWorklistAndAGovernmentItsCountryProfileAndBrief() throws Exception {
        generated(admin());
        signIn("fo-kenya", "demo-password");
        driver.get(base() + "worklist.xhtml?lang=en");
        assertTrue(driver.findElement(By.id("worklist-scope")).getText().contains("KEN"));
        // the generated portfolio has unmet needs and running projects without results in Kenya, Uganda and Tanzania
        List<WebElement> unmet = driver.findElements(By.cssSelector("#unmet-table tbody tr"));
        assertTrue(!unmet.isEmpty(), "needs no project answers");
        assertTrue(unmet.stream().allMatch(r -> List.of("Kenya", "Uganda", "United Republic of Tanzania").contains(
                r.findElements(By.tagName("td")).get(1).getText())), "only the office's countries");
        assertTrue(!driver.findElements(By.cssSelector("#incomplete-table tbody tr")).isEmpty(), "running projects lacking data");

        signIn("gov-kenya", "demo-password");
        driver.get(base() + "country.xhtml?iso3=KEN&lang=en");
        assertTrue(!driver.findElements(By.cssSelector("#country-figures .tile")).isEmpty());
        assertTrue(driver.findElement(By.id("figure-NEEDS_COVERED")).getText().contains("%"));
        assertTrue(!driver.findElements(By.cssSelector("#could-help li")).isEmpty(), "Southern providers of the sub-region");
        String brief = driver.findElement(By.id("country-brief")).getAttribute("href");
        byte[] pdf = new Http(base).as("gov-kenya", "demo-password").getBytes(brief.substring(base().length()));
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF country brief");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("gov-kenya:demo-password".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> unknown = client.send(HttpRequest.newBuilder(URI.create(base() + "api/indicators/countries/XYZ/brief.pdf"))
                .header("Authorization", basic).header("Accept", "application/pdf, application/problem+json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("iso3"), "the problem names the field: " + unknown.body());
        assertEquals(401, client.send(HttpRequest.newBuilder(URI.create(base() + "api/indicators/countries/KEN/brief.pdf")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void theDashboardSpeaksArabicRightToLeftAndChinese() {
        generated(admin());
        signIn("admin", "admin-password-for-tests");
        for (String lang : List.of("ar", "zh", "ru")) {
            driver.get(base() + "dashboard.xhtml?lang=" + lang);
            ResourceBundle msg = ResourceBundle.getBundle("org.tatracker.i18n.messages", Locale.forLanguageTag(lang));
            String text = driver.findElement(By.tagName("body")).getText();
            assertTrue(!text.contains("???"), lang + ": " + text.lines().filter(l -> l.contains("???")).findFirst().orElse(""));
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", driver.findElement(By.tagName("html")).getAttribute("dir"));
            assertEquals(msg.getString("dashboard.title"), driver.findElement(By.tagName("h1")).getText());
            assertTrue(text.contains(msg.getString("indicator.SOUTHERN_PROVIDERS")), lang);
            Browser.screenshot(driver, "dashboard-" + lang);
        }
    }
}
