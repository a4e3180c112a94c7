package org.tatracker.country.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tatracker.testing.Browser;
import org.tatracker.testing.BrowserTestBase;

/** The country register in a real headless Chromium. */
class CountryPagesIT extends BrowserTestBase {

    private static String chinese(String key) {
        return java.util.ResourceBundle.getBundle("org.tatracker.i18n.messages", java.util.Locale.CHINESE).getString(key);
    }

    @Test
    void filtersToLdcsThenShowsChinaInChinese() {
        driver.manage().deleteAllCookies();
        CountryListPage page = CountryListPage.open(driver, base(), "en");
        page.choose("ldc", "Yes").apply();
        List<String> ldcs = page.iso3Codes();
        assertTrue(ldcs.contains("AFG"), ldcs.toString());
        assertFalse(ldcs.contains("FRA"));
        assertFalse(ldcs.contains("CHN"));
        assertTrue(page.pageReport().endsWith("of 45"), page.pageReport());
        Browser.screenshot(driver, "countries-ldc-en");

        page.switchLanguage("zh");
        assertEquals(chinese("countries.heading"), page.heading());
        page.search("中国").apply();
        assertTrue(page.names().contains("中国"), page.names().toString());
        Browser.screenshot(driver, "countries-zh");

        driver.findElement(By.linkText("中国")).click();
        assertEquals("中国", driver.findElement(By.id("country-name")).getText());
        assertEquals("CHN", driver.findElement(By.id("iso3")).getText());
        assertTrue(driver.findElement(By.id("globalSouth")).getText().startsWith(chinese("value.yes")));
    }

    @Test
    void sortsByIso3AndFiltersByRegion() {
        driver.manage().deleteAllCookies();
        CountryListPage page = CountryListPage.open(driver, base(), "en");
        page.choose("region", "Oceania").choose("sids", "Yes").apply();
        List<String> codes = page.iso3Codes();
        assertTrue(codes.contains("FJI"), codes.toString());
        assertFalse(codes.contains("AUS"));
    }

    @Test
    void unknownCountryPageIsNotFound() {
        driver.get(base() + "country.xhtml?iso3=XXX&lang=en");
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void homePageShowsTheRegisterFigures() {
        driver.get(base() + "?lang=en");
        assertEquals("248", driver.findElement(By.id("country-count")).getText());
        driver.get(base() + "?lang=ar");
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
    }
}
