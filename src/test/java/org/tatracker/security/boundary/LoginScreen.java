package org.tatracker.security.boundary;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of login.xhtml and of the layout's account menu. */
class LoginScreen {

    private final WebDriver driver;
    private final String base;

    LoginScreen(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    LoginScreen open() {
        driver.get(base + "login.xhtml?lang=en");
        return this;
    }

    void signIn(String username, String password) {
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    String error() {
        return driver.findElement(By.cssSelector("#login\\:messages")).getText();
    }

    String signedInAs() {
        var links = driver.findElements(By.id("nav-profile"));
        return links.isEmpty() ? null : links.get(0).getText();
    }

    boolean offersAdministration() {
        return !driver.findElements(By.id("nav-accounts")).isEmpty();
    }

    void signOut() {
        driver.findElement(By.id("signout:logout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
    }
}
