package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** How many participants of a training event came from one kind of institution (target_institution code). */
@Embeddable
public class InstitutionCount {

    @Column(name = "institution", nullable = false, length = 40)
    private String institution;

    @Column(name = "participants", nullable = false)
    private int participants;

    protected InstitutionCount() {
    }

    public InstitutionCount(String institution, int participants) {
        this.institution = Objects.requireNonNull(institution, "institution");
        this.participants = participants;
    }

    public String institution() {
        return institution;
    }

    public int participants() {
        return participants;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstitutionCount other && institution.equals(other.institution) && participants == other.participants;
    }

    @Override
    public int hashCode() {
        return institution.hashCode();
    }
}
