package org.tatracker.country.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A country's place in the M49 hierarchy: region, sub-region and, for some, an intermediate
 * region. Antarctica has none; names are the UNSD English names.
 */
@Embeddable
public class M49Area {

    @Column(name = "region_code", length = 3)
    private String regionCode;
    @Column(name = "region_name")
    private String regionName;
    @Column(name = "sub_region_code", length = 3)
    private String subRegionCode;
    @Column(name = "sub_region_name")
    private String subRegionName;
    @Column(name = "intermediate_region_code", length = 3)
    private String intermediateRegionCode;
    @Column(name = "intermediate_region_name")
    private String intermediateRegionName;

    /** Outside every M49 region, like Antarctica. */
    public static final M49Area NONE = new M49Area(null, null, null);

    protected M49Area() {
    }

    public M49Area(Unit region, Unit subRegion, Unit intermediateRegion) {
        if (region == null && subRegion != null) {
            throw new IllegalArgumentException("A sub-region needs a region");
        }
        if (subRegion == null && intermediateRegion != null) {
            throw new IllegalArgumentException("An intermediate region needs a sub-region");
        }
        this.regionCode = region == null ? null : region.code();
        this.regionName = region == null ? null : region.name();
        this.subRegionCode = subRegion == null ? null : subRegion.code();
        this.subRegionName = subRegion == null ? null : subRegion.name();
        this.intermediateRegionCode = intermediateRegion == null ? null : intermediateRegion.code();
        this.intermediateRegionName = intermediateRegion == null ? null : intermediateRegion.name();
    }

    public Unit region() {
        return Unit.of(regionCode, regionName);
    }

    /** Whether this place lies in the region, sub-region or intermediate region of that code. */
    public boolean within(String code) {
        return code != null && (code.equals(regionCode) || code.equals(subRegionCode) || code.equals(intermediateRegionCode));
    }

    public Unit subRegion() {
        return Unit.of(subRegionCode, subRegionName);
    }

    public Unit intermediateRegion() {
        return Unit.of(intermediateRegionCode, intermediateRegionName);
    }

    /** One M49 grouping: a three-digit code and its English name. */
    public record Unit(String code, String name) {
        public Unit {
            if (code == null || !code.matches("\\d{3}") || name == null || name.isBlank()) {
                throw new IllegalArgumentException("An M49 area needs a 3-digit code and a name: " + code + " " + name);
            }
        }

        static Unit of(String code, String name) {
            return code == null ? null : new Unit(code, name);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof M49Area other && Objects.equals(regionCode, other.regionCode)
                && Objects.equals(regionName, other.regionName) && Objects.equals(subRegionCode, other.subRegionCode)
                && Objects.equals(subRegionName, other.subRegionName)
                && Objects.equals(intermediateRegionCode, other.intermediateRegionCode)
                && Objects.equals(intermediateRegionName, other.intermediateRegionName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionCode, subRegionCode, intermediateRegionCode);
    }
}
