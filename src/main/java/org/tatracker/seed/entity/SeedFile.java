package org.tatracker.seed.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The checksum of a seed file as last applied: a file is applied again only when it changes. */
@Entity
@Table(name = "seed_file")
public class SeedFile {

    @Id
    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    protected SeedFile() {
    }

    public SeedFile(String name, String sha256, Instant appliedAt, int rowCount) {
        this.name = name;
        applied(sha256, appliedAt, rowCount);
    }

    public final void applied(String sha256, Instant appliedAt, int rowCount) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest: " + sha256);
        }
        this.sha256 = sha256;
        this.appliedAt = appliedAt;
        this.rowCount = rowCount;
    }

    public boolean matches(String digest) {
        return sha256.equals(digest);
    }

    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public int rowCount() {
        return rowCount;
    }
}
