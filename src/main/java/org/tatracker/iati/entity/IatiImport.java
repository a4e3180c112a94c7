package org.tatracker.iati.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One IATI file imported: what it was, who imported it when, and what it did. Written once, never changed. */
@Entity
@Table(name = "iati_import")
public class IatiImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "publishers", length = 1000, updatable = false)
    private String publishers;

    @Column(name = "imported_by", nullable = false, length = 60, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "activities", nullable = false, updatable = false)
    private int activities;

    @Column(name = "created", nullable = false, updatable = false)
    private int created;

    @Column(name = "updated", nullable = false, updatable = false)
    private int updated;

    @Column(name = "unchanged", nullable = false, updatable = false)
    private int unchanged;

    @Column(name = "filtered_out", nullable = false, updatable = false)
    private int filteredOut;

    @Column(name = "warnings", nullable = false, updatable = false)
    private int warnings;

    protected IatiImport() {
    }

    public IatiImport(String fileName, String sha256, long sizeBytes, String publishers, String importedBy, Instant importedAt,
            int activities, int created, int updated, int unchanged, int filteredOut, int warnings) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.sizeBytes = sizeBytes;
        this.publishers = publishers == null || publishers.length() <= 1000 ? publishers : publishers.substring(0, 997) + "...";
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
        this.activities = activities;
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.filteredOut = filteredOut;
        this.warnings = warnings;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String publishers() {
        return publishers;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public int activities() {
        return activities;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int filteredOut() {
        return filteredOut;
    }

    public int warnings() {
        return warnings;
    }
}
