package org.tatracker.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UsdValueTest {

    @Test
    void convertsWithTheYearsRateToExactCentsRoundingHalfEven() {
        // 250,000.00 EUR at 0.9239 EUR per USD (2024) = 270,592.053... USD
        UsdValue v = UsdValue.convert(new BigDecimal("250000.00"), new BigDecimal("0.9239"), 2024);
        assertEquals(new BigDecimal("270592.06"), v.amount());
        assertEquals(2024, v.rateYear());
        // half-even: 0.125 -> 0.12, 0.135 -> 0.14
        assertEquals(new BigDecimal("0.12"), UsdValue.convert(new BigDecimal("0.25"), new BigDecimal("2"), 2024).amount());
        assertEquals(new BigDecimal("0.14"), UsdValue.convert(new BigDecimal("0.27"), new BigDecimal("2"), 2024).amount());
        assertEquals(new BigDecimal("1234.56"), UsdValue.convert(new BigDecimal("1234.56"), BigDecimal.ONE, 2025).amount());
    }

    @Test
    void theRateOfTheYearOrElseTheLatestEarlierOneAndNoneBefore() {
        java.util.NavigableMap<Integer, BigDecimal> eur = new java.util.TreeMap<>(java.util.Map.of(2024, new BigDecimal("0.924"),
                2025, new BigDecimal("0.885")));
        UsdValue same = UsdValue.at(new org.tatracker.platform.entity.Money(new BigDecimal("885"), "EUR", "v"), 2025, eur).orElseThrow();
        assertEquals(new BigDecimal("1000.00"), same.amount());
        assertEquals(2025, same.rateYear());
        UsdValue provisional = UsdValue.at(new org.tatracker.platform.entity.Money(new BigDecimal("885"), "EUR", "v"), 2026, eur).orElseThrow();
        assertEquals(2025, provisional.rateYear(), "2026 has no average yet: the 2025 rate, kept as its year");
        assertEquals(java.util.Optional.empty(), UsdValue.at(new org.tatracker.platform.entity.Money(BigDecimal.TEN, "EUR", "v"), 2023, eur));
        assertEquals(new BigDecimal("10.00"), UsdValue.at(new org.tatracker.platform.entity.Money(BigDecimal.TEN, "USD", "v"), 2023,
                new java.util.TreeMap<>()).orElseThrow().amount());
    }
}
