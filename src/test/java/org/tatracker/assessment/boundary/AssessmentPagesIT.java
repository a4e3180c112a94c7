package org.tatracker.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tatracker.testing.Browser;
import org.tatracker.testing.BrowserTestBase;

/** The whole life of an assessment in a real browser: drafted, needs added, submitted, shared, validated, amended. */
class AssessmentPagesIT extends BrowserTestBase {


    @Test
    void kenyaAssessmentFromDraftToValidatedAndAmended() throws java.io.IOException {
        String title = "Kenya assessment " + System.nanoTime() % 1_000_000;
        signIn("fo-kenya", "demo-password");
        driver.get(base() + "assessments.xhtml?lang=en");
        driver.findElement(By.id("new-assessment")).click();
        AssessmentScreens screen = new AssessmentScreens(driver);

        screen.type("editor:country", "KEN");
        screen.type("editor:title", title);
        screen.type("editor:missionStart", "2026-03-12");
        screen.type("editor:missionEnd", "2026-03-01");
        driver.findElement(By.cssSelector(".ui-wizard-nav-next")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-message-error"), "before"));
        screen.type("editor:missionEnd", "2026-03-20");
        screen.next("editor:cjatTools");
        screen.selectValue("editor:cjatTools", "1.3");
        screen.next("editor:methods");
        screen.check("editor:methods", "INTERVIEWS");
        screen.next("editor:findingsText");
        screen.type("editor:findingsText", "Backlog of serious cases; little forensic capacity.");
        screen.next("editor:needArea");
        screen.addNeed("1.5", "Forensic laboratory equipment", "MATERIAL", "EQUIPMENT", "HIGH", "250000.00");
        screen.addNeed("1.3", "Training of investigators in digital evidence", "TRAINING", "CAPACITY", "HIGH", "80000.50");
        screen.addNeed("4.3", "Victim and witness protection procedures", "TECHNICAL", "LEGISLATIVE", "MEDIUM", "30000");
        // a needs sheet with a bad row: its problems next to the file field, and nothing imported
        java.nio.file.Path sheet = java.nio.file.Files.createTempFile("needs-", ".csv");
        java.nio.file.Files.writeString(sheet, "cjat_area,description,kinds,category,priority,institutions,groups,standards,conventions,"
                + "sdg_targets,cost_amount,cost_currency\n1.3,Forensic training,training,capacity,high,POLICE,,,UNTOC,16.3,1000.50,USD\n"
                + "1.3,Bad row,training,capacity,urgent,,,,,,-3,USD\n");
        driver.findElement(By.id("editor:sheet")).sendKeys(sheet.toAbsolutePath().toString());
        driver.findElement(By.id("editor:uploadSheet")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("editor:sheetProblems"), "row 3"));
        String problems = driver.findElement(By.id("editor:sheetProblems")).getText();
        assertTrue(problems.startsWith("row 3, column ") && !problems.contains("row 2"), "the bad row named, the good one not: " + problems);
        assertEquals(3, screen.needRows(), "nothing imported from a sheet with a bad row");
        screen.next("editor:recommendationsText");
        screen.type("editor:recommendationsText", "Equip the laboratory and train investigators.");
        driver.findElement(By.cssSelector("[id='editor:consent'] .ui-chkbox-box")).click();
        screen.finish();

        assertEquals("Draft", screen.status());
        assertEquals(3, screen.needDescriptions().size());
        String url = driver.getCurrentUrl();
        screen.step("submit");
        assertEquals("Submitted", screen.status());
        screen.step("share");
        assertEquals("Shared with the government", screen.status());

        signIn("gov-kenya", "demo-password");
        driver.get(url.contains("lang=") ? url : url + "&lang=en");
        screen.type("steps:validatedOn", "2026-04-02");
        screen.select("steps:method", "Validation workshop");
        screen.type("steps:signatory", "Principal Secretary, State Department for Interior");
        screen.step("validate");
        assertEquals("Validated", screen.status());
        assertTrue(driver.findElements(By.cssSelector("button.step-validate")).isEmpty(), "no step is left for the government");
        Browser.screenshot(driver, "assessment-validated");

        driver.get(base() + "country.xhtml?iso3=KEN&lang=en");
        assertTrue(driver.findElements(By.cssSelector("#country-assessments a.assessment-link")).stream()
                .anyMatch(e -> e.getText().equals(title)), "Kenya's page shows the validated assessment");
        assertTrue(driver.findElement(By.id("country-assessments")).getText().contains("3 (2 High)"));

        signIn("fo-kenya", "demo-password");
        driver.get(url.contains("lang=") ? url : url + "&lang=en");
        driver.findElement(By.cssSelector("button.step-amend")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(By.id("versionNumber"), "2"));
        assertEquals("Draft", screen.status());
        assertEquals(3, screen.needDescriptions().size());
        driver.findElement(By.partialLinkText("Version 1")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("versionNumber"), "1"));
        assertEquals("Validated", screen.status());
        assertTrue(driver.findElement(By.id("versionNumber")).getText().contains("replaced"));
    }
}
