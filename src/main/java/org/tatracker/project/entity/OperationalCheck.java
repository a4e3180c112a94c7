package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.tatracker.platform.entity.InvalidValueException;

/** A dated check of whether an item of equipment still works. */
@Embeddable
public class OperationalCheck {

    @Column(name = "check_date", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "working", nullable = false)
    private boolean working;

    @Column(name = "note", length = 500)
    private String note;

    protected OperationalCheck() {
    }

    public OperationalCheck(LocalDate checkedOn, boolean working, String note) {
        if (checkedOn == null) {
            throw new InvalidValueException("checkedOn", "required");
        }
        this.checkedOn = checkedOn;
        this.working = working;
        this.note = Texts.optional(note, 500, "note");
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public boolean working() {
        return working;
    }

    public String note() {
        return note;
    }
}
