package org.tatracker.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.tatracker.platform.entity.InvalidValueException;

/** A document or category of interviewees an assessment consulted. */
@Embeddable
public class Source {

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "source_kind", length = 100)
    private String kind;

    @Column(name = "source_date")
    private LocalDate date;

    protected Source() {
    }

    public Source(String description, String kind, LocalDate date) {
        if (description == null || description.isBlank() || description.length() > 500) {
            throw new InvalidValueException("sources.description", "requiredMaxLength", 500);
        }
        this.description = description.strip();
        this.kind = kind == null || kind.isBlank() ? null : kind.strip();
        this.date = date;
    }

    public String description() {
        return description;
    }

    public String kind() {
        return kind;
    }

    public LocalDate date() {
        return date;
    }
}
