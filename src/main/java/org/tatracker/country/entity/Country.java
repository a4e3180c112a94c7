package org.tatracker.country.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.tatracker.i18n.entity.Language;
import org.tatracker.i18n.entity.LocalizedName;

/**
 * A country or area of the UN M49 standard. Its identity is the M49 code; the ISO codes, names and
 * place in the M49 hierarchy come from the seed files and change only through {@link #update}.
 */
@Entity
@jakarta.persistence.Cacheable // reference data, read on every page and export; it changes only through the seeds, through JPA
@Table(name = "country")
public class Country {

    @Id
    @Column(name = "m49", length = 3)
    private String m49;

    @Column(name = "iso2", nullable = false, length = 2)
    private String iso2;

    @Column(name = "iso3", nullable = false, length = 3)
    private String iso3;

    @Embedded
    private M49Area area;

    @Embedded
    private LocalizedName names;

    @Version
    private long version;

    protected Country() {
    }

    public Country(String m49, String iso2, String iso3, M49Area area, LocalizedName names) {
        this.m49 = requireCode(m49, 3, "M49 code", true);
        update(iso2, iso3, area, names);
    }

    /** Applies a newer edition of the reference data; returns whether anything changed. */
    public boolean update(String iso2, String iso3, M49Area area, LocalizedName names) {
        String newIso2 = requireCode(iso2, 2, "ISO alpha-2 code", false);
        String newIso3 = requireCode(iso3, 3, "ISO alpha-3 code", false);
        M49Area newArea = Objects.requireNonNull(area, "area");
        LocalizedName newNames = Objects.requireNonNull(names, "names");
        boolean changed = !newIso2.equals(this.iso2) || !newIso3.equals(this.iso3)
                || !newArea.equals(area()) || !newNames.equals(this.names);
        this.iso2 = newIso2;
        this.iso3 = newIso3;
        this.area = newArea;
        this.names = newNames;
        return changed;
    }

    private static String requireCode(String code, int length, String what, boolean digits) {
        if (code == null || code.length() != length
                || !code.chars().allMatch(c -> digits ? Character.isDigit(c) : (c >= 'A' && c <= 'Z'))) {
            throw new IllegalArgumentException(what + " must be " + length + (digits ? " digits" : " capital letters")
                    + ": " + code);
        }
        return code;
    }

    public String m49() {
        return m49;
    }

    public String iso2() {
        return iso2;
    }

    public String iso3() {
        return iso3;
    }

    /** JPA reads an embeddable whose columns are all null (Antarctica) as null: never hand that out. */
    public M49Area area() {
        return area == null ? M49Area.NONE : area;
    }

    public LocalizedName names() {
        return names;
    }

    public String name(Language language) {
        return names.in(language);
    }

    public long version() {
        return version;
    }
}
