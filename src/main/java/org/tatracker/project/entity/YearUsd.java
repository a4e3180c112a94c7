package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** A project's commitments and disbursements (with expenditure) in USD in one year; immutable. */
@Embeddable
public class YearUsd {

    static final YearUsd ZERO = new YearUsd(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    @Column(name = "committed_usd", nullable = false, precision = 19, scale = 2)
    private BigDecimal committedUsd;

    @Column(name = "disbursed_usd", nullable = false, precision = 19, scale = 2)
    private BigDecimal disbursedUsd;

    protected YearUsd() {
    }

    YearUsd(BigDecimal committedUsd, BigDecimal disbursedUsd) {
        this.committedUsd = committedUsd;
        this.disbursedUsd = disbursedUsd;
    }

    YearUsd plus(BigDecimal committed, BigDecimal disbursed) {
        return new YearUsd(committedUsd.add(committed), disbursedUsd.add(disbursed));
    }

    boolean isZero() {
        return committedUsd.signum() == 0 && disbursedUsd.signum() == 0;
    }

    public BigDecimal committedUsd() {
        return committedUsd;
    }

    public BigDecimal disbursedUsd() {
        return disbursedUsd;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearUsd other && committedUsd.compareTo(other.committedUsd) == 0 && disbursedUsd.compareTo(other.disbursedUsd) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(committedUsd.stripTrailingZeros(), disbursedUsd.stripTrailingZeros());
    }
}
