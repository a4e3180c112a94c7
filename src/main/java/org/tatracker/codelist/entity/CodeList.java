package org.tatracker.codelist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named list of codes (IATI codelists and our own), with where it comes from. */
@Entity
@Table(name = "code_list")
public class CodeList {

    @Id
    @Column(name = "name", length = 60)
    private String name;

    @Column(name = "source", nullable = false, length = 500)
    private String source;

    protected CodeList() {
    }

    public CodeList(String name, String source) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]{0,59}")) {
            throw new IllegalArgumentException("A code list name is a letter then letters, digits, _ or -: " + name);
        }
        this.name = name;
        restate(source);
    }

    public void restate(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A code list names its source");
        }
        this.source = source;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }
}
