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

    public static UsdValue convert(BigDecimal amount, BigDecimal unitsPerUsd, int rateYear) {
        if (unitsPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive");
        }
        return new UsdValue(amount.divide(unitsPerUsd, 2, RoundingMode.HALF_EVEN), unitsPerUsd, rateYear);
    }
}
