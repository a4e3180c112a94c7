package org.tatracker.security.entity;

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
import jakarta.persistence.Version;
import java.util.Objects;
import org.tatracker.country.entity.Country;

/** A field office, donor, government or the tracker's administration: the employer of accounts. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OrganisationKind kind;

    /** The country a government belongs to; for others, where they sit, if recorded. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_m49")
    private Country country;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind, Country country) {
        this.kind = Objects.requireNonNull(kind, "kind");
        rename(name);
        if (kind == OrganisationKind.GOVERNMENT && country == null) {
            throw new org.tatracker.platform.entity.InvalidValueException("country", "governmentCountry");
        }
        this.country = country;
    }

    public final void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 200) {
            throw new org.tatracker.platform.entity.InvalidValueException("name", "requiredMaxLength", 200);
        }
        this.name = newName.strip();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Country country() {
        return country;
    }

    public long version() {
        return version;
    }
}
