package org.tatracker.codelist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.tatracker.i18n.entity.LocalizedName;

/** One code of a {@link CodeList}, unique within its list, with a label in the six languages. */
@Entity
@Table(name = "code")
public class Code {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "list_name", nullable = false, length = 60)
    private String listName;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "parent_code", length = 40)
    private String parentCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @Embedded
    private LocalizedName names;

    protected Code() {
    }

    public Code(String listName, String code, String parentCode, int sortOrder, boolean withdrawn, LocalizedName names) {
        if (listName == null || listName.isBlank()) {
            throw new IllegalArgumentException("A code belongs to a list");
        }
        if (code == null || code.isBlank() || code.length() > 40) {
            throw new IllegalArgumentException("A code is 1 to 40 characters: " + code);
        }
        this.listName = listName;
        this.code = code;
        update(parentCode, sortOrder, withdrawn, names);
    }

    /** Applies a newer edition of the list; returns whether anything changed. */
    public boolean update(String parentCode, int sortOrder, boolean withdrawn, LocalizedName names) {
        String parent = parentCode == null || parentCode.isBlank() ? null : parentCode;
        if (code.equals(parent)) {
            throw new IllegalArgumentException("A code cannot be its own parent: " + code);
        }
        Objects.requireNonNull(names, "names");
        boolean changed = !Objects.equals(parent, this.parentCode) || sortOrder != this.sortOrder
                || withdrawn != this.withdrawn || !names.equals(this.names);
        this.parentCode = parent;
        this.sortOrder = sortOrder;
        this.withdrawn = withdrawn;
        this.names = names;
        return changed;
    }

    public String listName() {
        return listName;
    }

    public String code() {
        return code;
    }

    public String parentCode() {
        return parentCode;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public LocalizedName names() {
        return names;
    }
}
