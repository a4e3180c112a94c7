package org.tatracker.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person without a mouse: moves with Tab (and Shift+Tab when asked), types into what has the focus, checks with Space,
 * presses buttons and links with Enter, chooses options with the arrow keys. Never clicks. Reaching an element proves it is in
 * the keyboard's tab order; a control that cannot be reached in {@link #MAX_TABS} presses fails the test.
 */
public final class Keyboard {

    public static final int MAX_TABS = 250;

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Keyboard(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Tabs until the element found by {@code by} has the focus. It is waited for until present, not visible: PrimeFaces keeps
     * the real input of its checkboxes visually hidden but focusable.
     */
    public WebElement focus(By by) {
        WebElement target = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        return focusOn(target, by.toString());
    }

    /** Tabs until {@code target} has the focus. */
    public WebElement focusOn(WebElement target, String what) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (driver.switchTo().activeElement().equals(target)) {
                return target;
            }
            press(Keys.TAB);
        }
        throw new AssertionError(what + " cannot be reached with the Tab key (" + MAX_TABS + " presses)");
    }

    /** Focuses a text field, selects what it holds and types over it. */
    public void type(By by, String text) {
        WebElement field = focus(by);
        if (!field.getAttribute("value").isEmpty()) {
            new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).perform();
        }
        new Actions(driver).sendKeys(text).perform();
    }

    /** Focuses a (single or multiple) native select and moves with the arrow keys until the option with {@code value} is chosen. */
    public void choose(By by, String value) {
        WebElement select = focus(by);
        press(Keys.HOME);
        for (int i = 0; i < 400; i++) {
            WebElement selected = select.findElements(By.cssSelector("option")).stream().filter(WebElement::isSelected).findFirst().orElse(null);
            if (selected != null && value.equals(selected.getAttribute("value"))) {
                return;
            }
            press(Keys.ARROW_DOWN);
        }
        throw new AssertionError("option " + value + " of " + by + " cannot be chosen with the arrow keys");
    }

    /** Focuses a select and chooses the option whose label is {@code label}, with the arrow keys. */
    public void chooseLabel(By by, String label) {
        WebElement select = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        String value = select.findElements(By.cssSelector("option")).stream().filter(o -> o.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label)).getAttribute("value");
        choose(by, value);
    }

    /** Focuses a checkbox or radio button and presses Space. */
    public void space(By by) {
        focus(by);
        press(Keys.SPACE);
    }

    /** Focuses a button or link and presses Enter. */
    public void enter(By by) {
        focus(by);
        press(Keys.ENTER);
    }

    /** Presses Enter on whatever has the focus. */
    public void enter() {
        press(Keys.ENTER);
    }
}
