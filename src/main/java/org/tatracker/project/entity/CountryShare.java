package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Objects;
import org.tatracker.country.entity.Country;

/** A recipient country of a project and its share of the project, in percent. */
@Embeddable
public class CountryShare {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_m49", nullable = false)
    private Country country;

    @Column(name = "percentage", nullable = false, precision = 5, scale = 2)
    private BigDecimal percentage;

    protected CountryShare() {
    }

    public CountryShare(Country country, BigDecimal percentage) {
        this.country = Objects.requireNonNull(country, "country");
        this.percentage = Objects.requireNonNull(percentage, "percentage");
    }

    public Country country() {
        return country;
    }

    public BigDecimal percentage() {
        return percentage;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountryShare other && country.m49().equals(other.country.m49()) && percentage.compareTo(other.percentage) == 0;
    }

    @Override
    public int hashCode() {
        return country.m49().hashCode();
    }
}
