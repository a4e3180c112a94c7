package org.tatracker.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A reference to a code of a code list, e.g. ("cjat_tool", "1.3"). */
@Embeddable
public class CodeRef {

    @Column(name = "list_name", nullable = false, length = 60)
    private String listName;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    protected CodeRef() {
    }

    public CodeRef(String listName, String code) {
        this.listName = Objects.requireNonNull(listName, "listName");
        this.code = Objects.requireNonNull(code, "code");
    }

    public String listName() {
        return listName;
    }

    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeRef other && listName.equals(other.listName) && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(listName, code);
    }

    @Override
    public String toString() {
        return listName + ":" + code;
    }
}
