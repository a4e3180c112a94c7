package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.tatracker.platform.entity.InvalidValueException;

/** A reporting period of a result indicator: its target and actual, optionally by sex. */
@Embeddable
public class ResultPeriod {

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "target", precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "actual", precision = 19, scale = 4)
    private BigDecimal actual;

    @Column(name = "target_female", precision = 19, scale = 4)
    private BigDecimal targetFemale;

    @Column(name = "target_male", precision = 19, scale = 4)
    private BigDecimal targetMale;

    @Column(name = "actual_female", precision = 19, scale = 4)
    private BigDecimal actualFemale;

    @Column(name = "actual_male", precision = 19, scale = 4)
    private BigDecimal actualMale;

    protected ResultPeriod() {
    }

    public ResultPeriod(LocalDate periodStart, LocalDate periodEnd, BigDecimal target, BigDecimal actual, BigDecimal targetFemale,
            BigDecimal targetMale, BigDecimal actualFemale, BigDecimal actualMale) {
        if (periodStart == null) {
            throw new InvalidValueException("periodStart", "required");
        }
        if (periodEnd == null) {
            throw new InvalidValueException("periodEnd", "required");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidValueException("periodEnd", "notBeforeStart");
        }
        if (target == null && actual == null) {
            throw new InvalidValueException("target", "targetOrActual");
        }
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.target = target;
        this.actual = actual;
        this.targetFemale = targetFemale;
        this.targetMale = targetMale;
        this.actualFemale = actualFemale;
        this.actualMale = actualMale;
    }

    public boolean bySex() {
        return targetFemale != null || targetMale != null || actualFemale != null || actualMale != null;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public BigDecimal target() {
        return target;
    }

    public BigDecimal actual() {
        return actual;
    }

    public BigDecimal targetFemale() {
        return targetFemale;
    }

    public BigDecimal targetMale() {
        return targetMale;
    }

    public BigDecimal actualFemale() {
        return actualFemale;
    }

    public BigDecimal actualMale() {
        return actualMale;
    }
}
