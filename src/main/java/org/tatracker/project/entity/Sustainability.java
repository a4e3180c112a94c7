package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;

/**
 * What keeps the project's benefits going after the donors leave (domain reference §3.2): exit
 * strategy, national co-financing, recurrent costs taken over by a national budget line, and the
 * share of funds that flow through national systems. Laws adopted are kept on the project.
 */
@Embeddable
public class Sustainability {

    @Lob
    @Column(name = "exit_strategy")
    private String exitStrategy;

    @Column(name = "exit_handover")
    private LocalDate exitHandover;

    @Column(name = "exit_owner", length = 200)
    private String exitOwner;

    @Column(name = "cofinancing_amount", precision = 19, scale = 2)
    private BigDecimal cofinancingAmount;

    @Column(name = "cofinancing_currency", length = 3)
    private String cofinancingCurrency;

    @Column(name = "recurrent_taken_over", nullable = false)
    private boolean recurrentTakenOver;

    @Column(name = "recurrent_amount", precision = 19, scale = 2)
    private BigDecimal recurrentAmount;

    @Column(name = "recurrent_currency", length = 3)
    private String recurrentCurrency;

    @Column(name = "recurrent_from")
    private LocalDate recurrentFrom;

    @Column(name = "national_systems_pct", precision = 5, scale = 2)
    private BigDecimal nationalSystemsPercent;

    protected Sustainability() {
    }

    public Sustainability(String exitStrategy, LocalDate exitHandover, String exitOwner, Money cofinancing, boolean recurrentTakenOver,
            Money recurrentAmount, LocalDate recurrentFrom, BigDecimal nationalSystemsPercent) {
        this.exitStrategy = Texts.optional(exitStrategy, 20_000, "sustainability.exitStrategy");
        this.exitHandover = exitHandover;
        this.exitOwner = Texts.optional(exitOwner, 200, "sustainability.exitOwner");
        if (this.exitStrategy == null && (exitHandover != null || this.exitOwner != null)) {
            throw new InvalidValueException("sustainability.exitStrategy", "exitStrategy");
        }
        this.cofinancingAmount = cofinancing == null ? null : cofinancing.amount();
        this.cofinancingCurrency = cofinancing == null ? null : cofinancing.currency();
        this.recurrentTakenOver = recurrentTakenOver;
        if (!recurrentTakenOver && (recurrentAmount != null || recurrentFrom != null)) {
            throw new InvalidValueException("sustainability.recurrentTakenOver", "recurrentTakenOver");
        }
        if (recurrentTakenOver && recurrentFrom == null) {
            throw new InvalidValueException("sustainability.recurrentFrom", "recurrentFrom");
        }
        this.recurrentAmount = recurrentAmount == null ? null : recurrentAmount.amount();
        this.recurrentCurrency = recurrentAmount == null ? null : recurrentAmount.currency();
        this.recurrentFrom = recurrentFrom;
        if (nationalSystemsPercent != null && (nationalSystemsPercent.signum() < 0 || nationalSystemsPercent.compareTo(Percentages.HUNDRED) > 0)) {
            throw new InvalidValueException("sustainability.nationalSystemsPercent", "between0And100");
        }
        this.nationalSystemsPercent = nationalSystemsPercent;
    }

    public static Sustainability none() {
        return new Sustainability(null, null, null, null, false, null, null, null);
    }

    public String exitStrategy() {
        return exitStrategy;
    }

    public LocalDate exitHandover() {
        return exitHandover;
    }

    public String exitOwner() {
        return exitOwner;
    }

    public Money cofinancing() {
        return cofinancingAmount == null ? null : new Money(cofinancingAmount, cofinancingCurrency, "cofinancing");
    }

    public boolean recurrentTakenOver() {
        return recurrentTakenOver;
    }

    public Money recurrentAmount() {
        return recurrentAmount == null ? null : new Money(recurrentAmount, recurrentCurrency, "recurrentAmount");
    }

    public LocalDate recurrentFrom() {
        return recurrentFrom;
    }

    public BigDecimal nationalSystemsPercent() {
        return nationalSystemsPercent;
    }
}
