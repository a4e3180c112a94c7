package org.tatracker.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in an ISO 4217 currency. Never a floating-point number; two decimals as
 * stored (DECIMAL(19,2)); an amount with more decimals is refused rather than rounded.
 */
@Embeddable
public class Money {

    @Column(name = "cost_amount", precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "cost_currency", length = 3)
    private String currency;

    protected Money() {
    }

    public Money(BigDecimal amount, String currency, String field) {
        this(amount, currency, field, false);
    }

    /**
     * An amount that may be negative: a transaction that corrects an earlier one, as IATI allows. Every other amount the
     * tracker records (costs, budgets, contributions) is zero or more.
     */
    public static Money signed(BigDecimal amount, String currency, String field) {
        return new Money(amount, currency, field, true);
    }

    private Money(BigDecimal amount, String currency, String field, boolean signed) {
        if (amount == null) {
            throw new InvalidValueException(field + ".amount", "required");
        }
        if (amount.signum() < 0 && !signed) {
            throw new InvalidValueException(field + ".amount", "notNegative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(field + ".amount", "atMostTwoDecimals");
        }
        if (amount.abs().compareTo(new BigDecimal("1e17")) >= 0) {
            throw new InvalidValueException(field + ".amount", "tooLarge");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new InvalidValueException(field + ".currency", "currencyCode");
        }
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        this.currency = currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && Objects.equals(amount, other.amount) && Objects.equals(currency, other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return amount + " " + currency;
    }
}
