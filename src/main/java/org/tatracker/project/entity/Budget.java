package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;

/** A budget for a period (IATI budget): at most a year long, as IATI asks. */
@Embeddable
public class Budget {

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_type", nullable = false, length = 10)
    private BudgetType type;

    protected Budget() {
    }

    public Budget(LocalDate periodStart, LocalDate periodEnd, Money value, BudgetType type) {
        if (periodStart == null) {
            throw new InvalidValueException("periodStart", "required");
        }
        if (periodEnd == null) {
            throw new InvalidValueException("periodEnd", "required");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidValueException("periodEnd", "notBeforeStart");
        }
        if (periodEnd.isAfter(periodStart.plusYears(1))) {
            throw new InvalidValueException("periodEnd", "budgetAtMostOneYear");
        }
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.amount = Objects.requireNonNull(value, "value").amount();
        this.currency = value.currency();
        this.type = type == null ? BudgetType.ORIGINAL : type;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public Money value() {
        return new Money(amount, currency, "value");
    }

    public BudgetType type() {
        return type;
    }
}
