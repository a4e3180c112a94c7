package org.tatracker.project.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tatracker.platform.entity.InvalidValueException;

/** A result indicator of a project: unit, baseline, and per period a target and an actual. */
@Entity
@Table(name = "result_indicator")
public class ResultIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "unit", nullable = false, length = 100)
    private String unit;

    @Column(name = "baseline_value", precision = 19, scale = 4)
    private BigDecimal baselineValue;

    @Column(name = "baseline_year")
    private Integer baselineYear;

    /** Whether targets and actuals are disaggregated by sex. */
    @Column(name = "by_sex", nullable = false)
    private boolean bySex;

    @ElementCollection
    @CollectionTable(name = "result_period", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    private List<ResultPeriod> periods = new ArrayList<>();

    protected ResultIndicator() {
    }

    ResultIndicator(Project project, String title, String unit, BigDecimal baselineValue, Integer baselineYear, boolean bySex) {
        this.project = project;
        this.title = Texts.required(title, 300, "title");
        this.unit = Texts.required(unit, 100, "unit");
        if ((baselineValue == null) != (baselineYear == null)) {
            throw new InvalidValueException("baselineYear", "baselineValueAndYear");
        }
        if (baselineYear != null && (baselineYear < 1990 || baselineYear > 2100)) {
            throw new InvalidValueException("baselineYear", "yearRange", 1990, 2100);
        }
        this.baselineValue = baselineValue;
        this.baselineYear = baselineYear;
        this.bySex = bySex;
    }

    void addPeriod(ResultPeriod period) {
        if (period.bySex() && !bySex) {
            throw new InvalidValueException("targetFemale", "notBySex");
        }
        for (ResultPeriod p : periods) {
            if (!period.periodStart().isAfter(p.periodEnd()) && !period.periodEnd().isBefore(p.periodStart())) {
                throw new InvalidValueException("periodStart", "periodOverlaps", p.periodStart(), p.periodEnd());
            }
        }
        periods.add(period);
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal baselineValue() {
        return baselineValue;
    }

    public Integer baselineYear() {
        return baselineYear;
    }

    public boolean bySex() {
        return bySex;
    }

    public List<ResultPeriod> periods() {
        return List.copyOf(periods);
    }
}
