package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;

/** A non-monetary contribution of a partner (expert-days, in kind) with its estimated value. */
@Embeddable
public class Contribution {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ContributionKind kind;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "quantity", precision = 12, scale = 2)
    private BigDecimal quantity;

    @Column(name = "value_amount", precision = 19, scale = 2)
    private BigDecimal valueAmount;

    @Column(name = "value_currency", length = 3)
    private String valueCurrency;

    protected Contribution() {
    }

    public Contribution(ContributionKind kind, String description, BigDecimal quantity, Money estimatedValue) {
        if (kind == null) {
            throw new InvalidValueException("contributions.kind", "requiredContributionKind");
        }
        this.kind = kind;
        this.description = Texts.required(description, 500, "contributions.description");
        if (quantity != null && quantity.signum() < 0) {
            throw new InvalidValueException("contributions.quantity", "notNegative");
        }
        if (kind == ContributionKind.EXPERT_DAYS && quantity == null) {
            throw new InvalidValueException("contributions.quantity", "expertDaysRequired");
        }
        this.quantity = quantity;
        this.valueAmount = estimatedValue == null ? null : estimatedValue.amount();
        this.valueCurrency = estimatedValue == null ? null : estimatedValue.currency();
    }

    public ContributionKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public Money estimatedValue() {
        return valueAmount == null ? null : new Money(valueAmount, valueCurrency, "value");
    }
}
