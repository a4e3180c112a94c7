package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** A DAC 5-digit purpose code (IATI sector vocabulary 1) and its share of the project, in percent. */
@Embeddable
public class SectorShare {

    @Column(name = "code", nullable = false, length = 10)
    private String code;

    @Column(name = "percentage", nullable = false, precision = 5, scale = 2)
    private BigDecimal percentage;

    protected SectorShare() {
    }

    public SectorShare(String code, BigDecimal percentage) {
        this.code = Objects.requireNonNull(code, "code");
        this.percentage = Objects.requireNonNull(percentage, "percentage");
    }

    public String code() {
        return code;
    }

    public BigDecimal percentage() {
        return percentage;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SectorShare other && code.equals(other.code) && percentage.compareTo(other.percentage) == 0;
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
