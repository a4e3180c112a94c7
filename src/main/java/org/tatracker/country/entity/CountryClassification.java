package org.tatracker.country.entity;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a country belongs to a grouping ({@link ClassificationScheme}) as of a date, and on
 * whose authority. Groupings change (countries graduate from LDC status), so each fact is dated
 * and the current one is the latest.
 */
@Entity
@Table(name = "country_classification")
public class CountryClassification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_m49", nullable = false)
    private Country country;

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme", nullable = false, length = 30)
    private ClassificationScheme scheme;

    @Column(name = "member", nullable = false)
    private boolean member;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "source", nullable = false, length = 500)
    private String source;

    protected CountryClassification() {
    }

    public CountryClassification(Country country, ClassificationScheme scheme, boolean member, LocalDate asOf, String source) {
        this.country = Objects.requireNonNull(country, "country");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        restate(member, source);
    }

    /** A corrected seed may restate membership or its source for the same date. */
    public boolean restate(boolean member, String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A classification names its source");
        }
        boolean changed = this.member != member || !source.equals(this.source);
        this.member = member;
        this.source = source;
        return changed;
    }

    public Country country() {
        return country;
    }

    public ClassificationScheme scheme() {
        return scheme;
    }

    public boolean member() {
        return member;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String source() {
        return source;
    }
}
