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
}
