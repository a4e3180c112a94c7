package org.tatracker.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** What every browser test class shares: the deployed application, its address and one headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    protected URL base;

    protected static WebDriver driver;

    /** On a failure, keeps what the browser showed (screenshot and HTML) under target/screenshots. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher keepFailures = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (driver != null) {
                String name = "failed-" + context.getRequiredTestMethod().getName();
                Browser.screenshot(driver, name);
                try {
                    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("tatracker.buildDir", "target"), "screenshots");
                    java.nio.file.Files.createDirectories(dir);
                    java.nio.file.Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
                } catch (java.io.IOException | RuntimeException e) {
                    // the failure itself matters more than its record
                }
            }
        }
    };

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Signs in on the sign-in page (in English) and waits for the signed-in header. */
    protected void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base() + "login.xhtml?lang=en");
        driver.findElement(org.openqa.selenium.By.id("login:username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login:submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("nav-profile")));
    }

    /** The application's root address, ending with a slash. */
    protected String base() {
        return base.toString().endsWith("/") ? base.toString() : base + "/";
    }
}
