package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A law, regulation or procedure adopted with the project's help: a sustainability signal (§3.2). */
@Embeddable
public class LawAdopted {

    @Column(name = "reference", nullable = false, length = 300)
    private String reference;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    protected LawAdopted() {
    }

    public LawAdopted(String reference, LocalDate adoptedOn) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.adoptedOn = adoptedOn;
    }

    public String reference() {
        return reference;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LawAdopted other && reference.equals(other.reference) && Objects.equals(adoptedOn, other.adoptedOn);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }
}
