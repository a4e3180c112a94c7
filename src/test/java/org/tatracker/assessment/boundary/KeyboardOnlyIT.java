package org.tatracker.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tatracker.testing.BrowserTestBase;
import org.tatracker.testing.Keyboard;

/**
 * The assessment workflow with the keyboard alone (issue #8): a field office signs in, records an assessment in the guided
 * editor (country, dates, toolkit, methods, findings, two needs, recommendations, consent), submits and shares it; the government
 * signs in and validates it. No click anywhere: Tab, typing, Space, Enter and the arrow keys.
 */
class KeyboardOnlyIT extends BrowserTestBase {

    void signIn(Keyboard keys, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base() + "login.xhtml?lang=en");
        keys.type(By.id("login:username"), username);
        keys.type(By.id("login:password"), password);
        keys.enter(By.id("login:submit"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-profile")));
    }

    void next(Keyboard keys, String nextField) {
        keys.enter(By.cssSelector(".ui-wizard-nav-next"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id(nextField)));
    }

    void addNeed(Keyboard keys, String area, String description, String kind, String category, String priority, String cost) {
        int before = driver.findElements(By.cssSelector("#editor\\:needList_data .need-description")).size();
        keys.choose(By.id("editor:needArea"), area);
        keys.type(By.id("editor:needDescription"), description);
        keys.space(By.cssSelector("input[name='editor:needKinds'][value='" + kind + "']"));
        keys.choose(By.id("editor:needCategory"), category);
        keys.choose(By.id("editor:needPriority"), priority);
        keys.type(By.id("editor:needCost"), cost);
        keys.enter(By.id("editor:saveNeed"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#editor\\:needList_data .need-description"))
                .size() == before + 1);
    }

    /** The status shown; read again when a response replaced it while it was read. */
    String status() {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("status")).getText());
    }

    void step(Keyboard keys, String action) {
        String before = status();
        keys.enter(By.cssSelector("button.step-" + action));
        keys.enter(By.cssSelector(".ui-confirmdialog-yes"));
        // the step's response replaces the status while it is read: a stale element is read again on the next poll
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until((WebDriver d) -> !d.findElements(By.id("status")).isEmpty() && !status().equals(before));
    }

    @Test
    void aFieldOfficeAndAGovernmentCompleteTheAssessmentWorkflowWithTheKeyboardAlone() {
        Keyboard keys = new Keyboard(driver);
        String title = "Keyboard assessment " + System.nanoTime() % 1_000_000;
        signIn(keys, "fo-kenya", "demo-password");
        driver.get(base() + "assessments.xhtml?lang=en");
        keys.enter(By.id("new-assessment"));

        keys.type(By.id("editor:country"), "KEN");
        keys.type(By.id("editor:title"), title);
        keys.type(By.id("editor:missionStart"), "2026-05-04");
        keys.type(By.id("editor:missionEnd"), "2026-05-15");
        next(keys, "editor:cjatTools");
        keys.choose(By.id("editor:cjatTools"), "1.3");
        next(keys, "editor:methods");
        keys.space(By.cssSelector("input[name='editor:methods'][value='INTERVIEWS']"));
        next(keys, "editor:findingsText");
        keys.type(By.id("editor:findingsText"), "Investigators lack training in digital evidence.");
        next(keys, "editor:needArea");
        addNeed(keys, "1.3", "Training of investigators in digital evidence", "TRAINING", "CAPACITY", "HIGH", "80000");
        addNeed(keys, "1.5", "Forensic laboratory equipment", "MATERIAL", "EQUIPMENT", "MEDIUM", "120000");
        next(keys, "editor:recommendationsText");
        keys.type(By.id("editor:recommendationsText"), "Train investigators, then equip the laboratory.");
        keys.space(By.id("editor:consent_input"));
        keys.enter(By.id("editor:finish"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertEquals("Draft", status());
        String url = driver.getCurrentUrl();

        step(keys, "submit");
        assertEquals("Submitted", status());
        step(keys, "share");
        assertEquals("Shared with the government", status());

        signIn(keys, "gov-kenya", "demo-password");
        driver.get(url.contains("lang=") ? url : url + "&lang=en");
        keys.type(By.id("steps:validatedOn"), "2026-06-01");
        keys.chooseLabel(By.id("steps:method"), "Validation workshop");
        keys.type(By.id("steps:signatory"), "Principal Secretary");
        step(keys, "validate");
        assertEquals("Validated", status());
    }
}
