package org.tatracker.project.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount converted to US dollars with a named rate: the annual average of the currency in the
 * given year (national currency units per USD), rounded half-even to cents.
 */
public record UsdValue(BigDecimal amount, BigDecimal unitsPerUsd, int rateYear) {

    public UsdValue {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unitsPerUsd, "unitsPerUsd");
    }

    /**
     * The value in USD at the annual average rate of {@code year}: a US dollar amount at 1; otherwise the rate of that year, or,
     * when its average is not known yet, of the latest earlier year (the value keeps the year of the rate it used, so that pages
     * flag it as provisional). Empty when {@code unitsPerUsdByYear} (the currency's rates by year) has none up to that year.
     */
    public static java.util.Optional<UsdValue> at(org.tatracker.platform.entity.Money value, int year,
            java.util.NavigableMap<Integer, BigDecimal> unitsPerUsdByYear) {
        if ("USD".equals(value.currency())) {
            return java.util.Optional.of(convert(value.amount(), BigDecimal.ONE, year));
        }
        java.util.Map.Entry<Integer, BigDecimal> rate = unitsPerUsdByYear.floorEntry(year);
        return rate == null ? java.util.Optional.empty() : java.util.Optional.of(convert(value.amount(), rate.getValue(), rate.getKey()));
    }

    public static UsdValue convert(BigDecimal amount, BigDecimal unitsPerUsd, int rateYear) {
        if (unitsPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive");
        }
        return new UsdValue(amount.divide(unitsPerUsd, 2, RoundingMode.HALF_EVEN), unitsPerUsd, rateYear);
    }
}
