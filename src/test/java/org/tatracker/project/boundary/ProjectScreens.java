package org.tatracker.project.boundary;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page objects of project-edit.xhtml and project.xhtml. Fields are found by the end of their id
 * ("partnerForm:name"), whatever naming containers the tabs add in front.
 */
class ProjectScreens {

    private final WebDriver driver;
    private final WebDriverWait wait;

    ProjectScreens(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static By field(String idEnd) {
        return By.cssSelector("[id$='" + idEnd + "']");
    }

    WebElement visible(String idEnd) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(field(idEnd)));
    }

    void type(String idEnd, String text) {
        WebElement f = visible(idEnd);
        f.clear();
        f.sendKeys(text);
    }

    void select(String idEnd, String value) {
        new Select(visible(idEnd)).selectByValue(value);
    }

    void tick(String idEnd) {
        visible(idEnd).findElement(By.cssSelector(".ui-chkbox-box")).click();
    }

    /** Saves the editor and waits for the project page. */
    void saveEditor() {
        WebElement save = driver.findElement(By.id("editor:save"));
        save.click();
        // either the project page, or the editor again (re-rendered: the old button is gone) with its refusals
        wait.until(d -> !d.findElements(By.id("iati-identifier")).isEmpty()
                || (stale(save) && !d.findElements(By.cssSelector(".ui-message-error")).isEmpty()));
    }

    static boolean stale(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        }
    }

    String errorNextTo(String idEnd) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error")));
        WebElement input = driver.findElement(field(idEnd));
        return input.findElement(By.xpath("following-sibling::*[contains(@class,'ui-message')][1]")).getText();
    }

    /** Opens a tab by its title; clicks again while the tab widget is not ready to switch yet. */
    void tab(String title) {
        By header = By.xpath("//a[@role='tab'][normalize-space()='" + title + "']");
        wait.until(d -> {
            WebElement tab = d.findElement(header);
            if (!"true".equals(tab.getAttribute("aria-selected"))) {
                tab.click();
            }
            return "true".equals(d.findElement(header).getAttribute("aria-selected"));
        });
    }

    /** Clicks a form's "Add" button and waits until the rows matched by the selector grow by one. */
    void add(String form, String rowSelector) {
        int before = driver.findElements(By.cssSelector(rowSelector)).size();
        WebElement button = driver.findElement(field(form + ":add"));
        button.click();
        wait.until(d -> d.findElements(By.cssSelector(rowSelector)).size() == before + 1
                || (stale(button) && !d.findElements(By.cssSelector(".ui-message-error")).isEmpty()));
        if (driver.findElements(By.cssSelector(rowSelector)).size() != before + 1) {
            throw new AssertionError("refused: " + texts(".ui-message-error, .ui-messages-error"));
        }
    }

    void partner(String name, String type, String country, String role, String sscRole) {
        type("partnerForm:name", name);
        select("partnerForm:orgType", type);
        type("partnerForm:country", country);
        select("partnerForm:role", role);
        select("partnerForm:sscRole", sscRole);
        add("partnerForm", ".partner-name");
    }

    void component(String kind, String title, String aidType) {
        select("componentForm:kind", kind);
        type("componentForm:title", title);
        select("componentForm:aidType", aidType);
        add("componentForm", "section.component");
    }

    void event(String title, String start, String end, String female, String male, String pre, String post, String institutions) {
        new Select(visible("eventForm:component")).selectByIndex(1);
        type("eventForm:title", title);
        type("eventForm:startDate", start);
        type("eventForm:endDate", end);
        select("eventForm:modality", "face_to_face");
        select("eventForm:type", "course");
        type("eventForm:female", female);
        type("eventForm:male", male);
        type("eventForm:preScore", pre);
        type("eventForm:postScore", post);
        type("eventForm:institutions", institutions);
        add("eventForm", "tr.event");
    }

    void transaction(String type, String date, String amount, String currency) {
        select("transactionForm:type", type);
        type("transactionForm:date", date);
        type("transactionForm:amount", amount);
        type("transactionForm:currency", currency);
        add("transactionForm", "[id$='transactionTable_data'] > tr:not(.ui-datatable-empty-message)");
    }

    List<String> texts(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }
}
