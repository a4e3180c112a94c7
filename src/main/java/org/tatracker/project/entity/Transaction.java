package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;

/**
 * A financial transaction of a project (IATI transaction): type, value date, exact amount in its
 * ISO 4217 currency, provider and receiver, and its value in USD at the rate of its year (kept
 * with the rate used, or absent when the rate table has no rate for that currency and year).
 */
@Entity
@Table(name = "project_transaction")
public class Transaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "tx_type", nullable = false, length = 20)
    private TransactionType type;

    @Column(name = "tx_date", nullable = false)
    private LocalDate date;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "usd_amount", precision = 19, scale = 2)
    private BigDecimal usdAmount;

    @Column(name = "usd_rate", precision = 19, scale = 6)
    private BigDecimal usdRate;

    @Column(name = "rate_year")
    private Integer rateYear;

    @Column(name = "provider_name", length = 200)
    private String providerName;

    @Column(name = "provider_ref", length = 100)
    private String providerRef;

    @Column(name = "receiver_name", length = 200)
    private String receiverName;

    @Column(name = "receiver_ref", length = 100)
    private String receiverRef;

    @Column(name = "description", length = 500)
    private String description;

    protected Transaction() {
    }

    /** What is recorded of a transaction. */
    public record Facts(TransactionType type, LocalDate date, Money value, String providerName, String providerRef, String receiverName,
            String receiverRef, String description) {
    }

    Transaction(Project project, Facts f, UsdValue usd) {
        if (f.type() == null) {
            throw new InvalidValueException("type", "requiredTransactionType");
        }
        if (f.date() == null) {
            throw new InvalidValueException("date", "required");
        }
        if (f.value() == null) {
            throw new InvalidValueException("amount", "required");
        }
        this.project = project;
        this.type = f.type();
        this.date = f.date();
        this.amount = f.value().amount();
        this.currency = f.value().currency();
        this.providerName = Texts.optional(f.providerName(), 200, "providerName");
        this.providerRef = Texts.optional(f.providerRef(), 100, "providerRef");
        this.receiverName = Texts.optional(f.receiverName(), 200, "receiverName");
        this.receiverRef = Texts.optional(f.receiverRef(), 100, "receiverRef");
        this.description = Texts.optional(f.description(), 500, "description");
        if (usd != null) {
            this.usdAmount = usd.amount();
            this.usdRate = usd.unitsPerUsd();
            this.rateYear = usd.rateYear();
        }
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public TransactionType type() {
        return type;
    }

    public LocalDate date() {
        return date;
    }

    public Money value() {
        return Money.signed(amount, currency, "value");
    }

    /** The USD value and the rate it used; empty when no rate was known. */
    public java.util.Optional<UsdValue> usd() {
        return usdAmount == null ? java.util.Optional.empty() : java.util.Optional.of(new UsdValue(usdAmount, usdRate, rateYear));
    }

    public String providerName() {
        return providerName;
    }

    public String providerRef() {
        return providerRef;
    }

    public String receiverName() {
        return receiverName;
    }

    public String receiverRef() {
        return receiverRef;
    }

    public String description() {
        return description;
    }
}
