package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** The annual average rate of a currency in a year: national currency units per US dollar, with its source. */
@Entity
@Table(name = "exchange_rate")
@IdClass(ExchangeRate.Key.class)
public class ExchangeRate {

    @Id
    @Column(name = "currency", length = 3)
    private String currency;

    @Id
    @Column(name = "rate_year")
    private int year;

    @Column(name = "units_per_usd", nullable = false, precision = 19, scale = 6)
    private BigDecimal unitsPerUsd;

    @Column(name = "source", nullable = false, length = 300)
    private String source;

    protected ExchangeRate() {
    }

    public ExchangeRate(String currency, int year, BigDecimal unitsPerUsd, String source) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.year = year;
        restate(unitsPerUsd, source);
    }

    /** Whether the rate or its source changed. */
    public boolean restate(BigDecimal newRate, String newSource) {
        if (newRate.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive: " + currency + " " + year);
        }
        boolean changed = unitsPerUsd == null || unitsPerUsd.compareTo(newRate) != 0 || !Objects.equals(source, newSource);
        unitsPerUsd = newRate;
        source = newSource;
        return changed;
    }

    public String currency() {
        return currency;
    }

    public int year() {
        return year;
    }

    public BigDecimal unitsPerUsd() {
        return unitsPerUsd;
    }

    public String source() {
        return source;
    }

    /** Primary key: currency and year. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String currency;
        public int year;

        public Key() {
        }

        public Key(String currency, int year) {
            this.currency = currency;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(currency, k.currency) && year == k.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, year);
        }
    }
}
