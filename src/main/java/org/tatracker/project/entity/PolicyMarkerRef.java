package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An OECD DAC policy marker (IATI PolicyMarker) with its significance (IATI PolicySignificance). */
@Embeddable
public class PolicyMarkerRef {

    @Column(name = "marker", nullable = false, length = 5)
    private String marker;

    @Column(name = "significance", nullable = false, length = 5)
    private String significance;

    protected PolicyMarkerRef() {
    }

    public PolicyMarkerRef(String marker, String significance) {
        this.marker = Objects.requireNonNull(marker, "marker");
        this.significance = Objects.requireNonNull(significance, "significance");
    }

    public String marker() {
        return marker;
    }

    public String significance() {
        return significance;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyMarkerRef other && marker.equals(other.marker) && significance.equals(other.significance);
    }

    @Override
    public int hashCode() {
        return marker.hashCode();
    }
}
