package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Where an imported project came from: the IATI file, its publisher (the activity's reporting
 * organisation) and when and by whom it was last imported. A project recorded in the tracker has none.
 */
@Embeddable
public class ImportSource {

    @Column(name = "source_file", length = 255)
    private String file;

    @Column(name = "source_publisher_ref", length = 100)
    private String publisherRef;

    @Column(name = "source_publisher_name", length = 300)
    private String publisherName;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "imported_by", length = 60)
    private String importedBy;

    protected ImportSource() {
    }

    public ImportSource(String file, String publisherRef, String publisherName, Instant importedAt, String importedBy) {
        this.file = Texts.required(file, 255, "file");
        this.publisherRef = Texts.optional(publisherRef, 100, "publisherRef");
        this.publisherName = Texts.optional(publisherName, 300, "publisherName");
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
        this.importedBy = Texts.required(importedBy, 60, "importedBy");
    }

    public String file() {
        return file;
    }

    public String publisherRef() {
        return publisherRef;
    }

    public String publisherName() {
        return publisherName;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }
}
