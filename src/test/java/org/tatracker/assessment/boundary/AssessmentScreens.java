package org.tatracker.assessment.boundary;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page objects of assessment-edit.xhtml (the wizard) and assessment.xhtml (the view with its steps). */
class AssessmentScreens {

    private final WebDriver driver;
    private final WebDriverWait wait;

    AssessmentScreens(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    void select(String id, String label) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))).selectByVisibleText(label);
    }

    void selectValue(String id, String value) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))).selectByValue(value);
    }

    void check(String id, String value) {
        driver.findElement(By.cssSelector("input[name='" + id + "'][value='" + value + "']")).click();
    }

    /** "Save and continue": waits until the given field of the next step shows. */
    void next(String nextStepField) {
        driver.findElement(By.cssSelector(".ui-wizard-nav-next")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(nextStepField)));
    }

    void addNeed(String area, String description, String kind, String category, String priority, String cost) {
        int before = needRows();
        selectValue("editor:needArea", area);
        type("editor:needDescription", description);
        check("editor:needKinds", kind);
        selectValue("editor:needCategory", category);
        selectValue("editor:needPriority", priority);
        type("editor:needCost", cost);
        driver.findElement(By.id("editor:saveNeed")).click();
        wait.until(d -> needRows() == before + 1);
    }

    int needRows() {
        return driver.findElements(By.cssSelector("#editor\\:needList_data .need-description")).size();
    }

    void finish() {
        driver.findElement(By.id("editor:finish")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    }

    String status() {
        return driver.findElement(By.id("status")).getText();
    }

    /** Clicks a workflow button and confirms; waits for the status to change. */
    void step(String action) {
        String before = status();
        driver.findElement(By.cssSelector("button.step-" + action)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(d -> !d.findElements(By.id("status")).isEmpty() && !status().equals(before) || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    }

    List<String> needDescriptions() {
        return driver.findElements(By.cssSelector("#needs_data .need-description")).stream().map(WebElement::getText).toList();
    }
}
