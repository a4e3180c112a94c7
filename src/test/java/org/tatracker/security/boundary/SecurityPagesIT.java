package org.tatracker.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.tatracker.testing.Browser;
import org.tatracker.testing.BrowserTestBase;
import org.tatracker.testing.Http;

/** Signing in and out, what each role is offered, the lock, and escaped output, in headless Chromium. */
class SecurityPagesIT extends BrowserTestBase {

    @BeforeEach
    void freshSession() {
        driver.manage().deleteAllCookies();
    }

    Http admin() {
        return new Http(base).as("admin", SecurityIT.ADMIN_PASSWORD);
    }

    @Test
    void aFieldOfficerSeesOnlyWhatTheRoleAllowsAndSignsOut() {
        LoginScreen login = new LoginScreen(driver, base()).open();
        login.signIn("fo-kenya", SecurityIT.DEMO_PASSWORD);
        assertEquals("fo-kenya", login.signedInAs());
        assertFalse(login.offersAdministration());

        driver.get(base() + "admin/accounts.xhtml?lang=en");
        assertEquals("Not allowed", driver.findElement(By.tagName("h1")).getText());

        driver.get(base() + "profile.xhtml?lang=en");
        assertEquals("fo-kenya", driver.findElement(By.id("profile-username")).getText());

        login.signOut();
        assertNull(login.signedInAs());
        driver.get(base() + "profile.xhtml?lang=en");
        assertTrue(driver.getCurrentUrl().contains("login.xhtml"), "signed out, the profile asks to sign in again");
        Browser.screenshot(driver, "login-en");
    }

    @Test
    void anAdministratorSeesAccountsWithMarkupShownAsText() {
        String script = "<script>alert(1)</script>";
        long donorOrg = admin().get("api/organisations").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kind").equals("DONOR")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String username = "xss" + System.nanoTime() % 1_000_000;
        assertEquals(201, admin().post("api/accounts", "{\"username\":\"" + username + "\",\"displayName\":\"<script>alert(1)<\\/script>\","
                + "\"email\":\"x@example.org\",\"role\":\"DONOR\",\"organisationId\":" + donorOrg
                + ",\"password\":\"a long enough password\"}").status());

        LoginScreen login = new LoginScreen(driver, base()).open();
        login.signIn("admin", SecurityIT.ADMIN_PASSWORD);
        assertTrue(login.offersAdministration());
        driver.get(base() + "admin/accounts.xhtml?lang=en");
        assertTrue(driver.findElements(By.cssSelector(".display-name")).stream().anyMatch(e -> e.getText().equals(script)),
                "the name shows as the text the user typed");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());

        driver.findElement(By.linkText(username)).click();
        assertEquals(script, driver.findElement(By.id("account:displayName")).getAttribute("value"));
        assertTrue(driver.findElement(By.id("history")).getText().contains("admin"), "the history names the author");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        Browser.screenshot(driver, "account-editor");
    }

    @Test
    void aFieldOfficerSubmitsAnAssessmentAndFindsItOnTheCountryPage() {
        Http office = new Http(base).as("fo-kenya", SecurityIT.DEMO_PASSWORD);
        String title = "Browser assessment " + System.nanoTime() % 1_000_000;
        Http.Response created = office.post("api/assessments", "{\"countryIso3\":\"KEN\",\"title\":\"" + title + "\",\"framework\":\"cjat\","
                + "\"missionStart\":\"2026-03-01\",\"missionEnd\":\"2026-03-05\",\"publicationConsent\":true}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(201, office.post("api/assessments/" + id + "/needs", "{\"cjatArea\":\"1.3\",\"description\":\"Forensic training\","
                + "\"kinds\":[\"training\"],\"category\":\"capacity\",\"priority\":\"high\",\"costAmount\":1000,\"costCurrency\":\"USD\"}").status());

        new LoginScreen(driver, base()).open().signIn("fo-kenya", SecurityIT.DEMO_PASSWORD);
        driver.get(base() + "assessment.xhtml?id=" + id + "&lang=en");
        assertEquals(title, driver.findElement(By.id("assessment-title")).getText());
        assertEquals("Draft", driver.findElement(By.id("status")).getText());
        driver.findElement(By.cssSelector("button.step-submit")).click();
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15));
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("status"), "Submitted"));
        assertTrue(driver.findElement(By.id("history")).getText().contains("fo-kenya"));
        Browser.screenshot(driver, "assessment-submitted");

        driver.get(base() + "country.xhtml?iso3=KEN&lang=en");
        assertTrue(driver.findElements(By.cssSelector("#country-assessments a.assessment-link")).stream()
                .anyMatch(e -> e.getText().equals(title)), "Kenya's page lists the assessment");
        driver.get(base() + "assessments.xhtml?lang=en");
        assertTrue(driver.findElements(By.cssSelector("a.assessment-link")).stream().anyMatch(e -> e.getText().equals(title)));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountInTheBrowser() {
        long donorOrg = admin().get("api/organisations").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kind").equals("DONOR")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String username = "locked" + System.nanoTime() % 1_000_000;
        assertEquals(201, admin().post("api/accounts", "{\"username\":\"" + username + "\",\"displayName\":\"Locked\","
                + "\"email\":\"l@example.org\",\"role\":\"DONOR\",\"organisationId\":" + donorOrg
                + ",\"password\":\"a long enough password\"}").status());

        LoginScreen login = new LoginScreen(driver, base()).open();
        for (int i = 0; i < 5; i++) {
            login.signIn(username, "wrong password");
            assertTrue(login.error().contains("Sign-in refused"), login.error());
        }
        login.signIn(username, "a long enough password");
        assertNull(login.signedInAs(), "locked: the right password is refused too");
        assertTrue(login.error().contains("locked"));
    }
}
