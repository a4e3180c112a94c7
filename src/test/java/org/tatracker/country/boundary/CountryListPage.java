package org.tatracker.country.boundary;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of countries.xhtml. */
class CountryListPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    CountryListPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    static CountryListPage open(WebDriver driver, String base, String language) {
        driver.get(base + "countries.xhtml?lang=" + language);
        CountryListPage page = new CountryListPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters:countries")));
        return page;
    }

    /** Picks an option of a filter menu by its visible label. */
    CountryListPage choose(String menuId, String label) {
        new Select(driver.findElement(By.id("filters:" + menuId))).selectByVisibleText(label);
        return this;
    }

    CountryListPage search(String text) {
        WebElement box = driver.findElement(By.id("filters:q"));
        box.clear();
        box.sendKeys(text);
        return this;
    }

    CountryListPage apply() {
        WebElement table = driver.findElement(By.id("filters:countries_data"));
        driver.findElement(By.id("filters:apply")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters:countries_data")));
        return this;
    }

    List<String> iso3Codes() {
        return driver.findElements(By.cssSelector("#filters\\:countries_data .iso3")).stream().map(WebElement::getText).toList();
    }

    List<String> names() {
        return driver.findElements(By.cssSelector("#filters\\:countries_data a.country-link")).stream().map(WebElement::getText).toList();
    }

    String pageReport() {
        return driver.findElement(By.cssSelector("#filters\\:countries .ui-paginator-current")).getText();
    }

    CountryListPage switchLanguage(String tag) {
        driver.findElement(By.cssSelector(".language-switcher a.lang-" + tag)).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", tag));
        return this;
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }
}
