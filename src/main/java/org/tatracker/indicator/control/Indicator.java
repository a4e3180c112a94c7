package org.tatracker.indicator.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One computed figure: its stable code, its value, and what it was computed from. A share has a
 * numerator and a denominator and a value from 0 to 1; a count or an amount has only its value.
 * {@code value} is {@code null} when there is nothing to compute it from (a share of zero records).
 */
public record Indicator(String code, BigDecimal value, BigDecimal numerator, BigDecimal denominator, Unit unit) {

    /** What the value measures. */
    public enum Unit {
        SHARE, COUNT, USD, POINTS, RATIO
    }

    public static Indicator share(String code, long numerator, long denominator) {
        return share(code, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    public static Indicator share(String code, BigDecimal numerator, BigDecimal denominator) {
        return new Indicator(code, ratio(numerator, denominator), numerator, denominator, Unit.SHARE);
    }

    public static Indicator count(String code, long value) {
        return new Indicator(code, BigDecimal.valueOf(value), null, null, Unit.COUNT);
    }

    public static Indicator usd(String code, BigDecimal value) {
        return new Indicator(code, value.setScale(2, RoundingMode.HALF_EVEN), null, null, Unit.USD);
    }

    /** numerator ÷ denominator with four decimals, or null when the denominator is zero. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, 4, RoundingMode.HALF_EVEN);
    }
}
