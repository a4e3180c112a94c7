package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tatracker.assessment.entity.Need;

/** A project answers a need, partly or fully, with a note on how. */
@Entity
@Table(name = "need_link")
public class NeedLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id", nullable = false)
    private Need need;

    @Enumerated(EnumType.STRING)
    @Column(name = "extent", nullable = false, length = 20)
    private LinkExtent extent;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "linked_by", nullable = false, length = 60)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected NeedLink() {
    }

    NeedLink(Project project, Need need, LinkExtent extent, String note, String by, Instant at) {
        this.project = project;
        this.need = need;
        this.extent = extent == null ? LinkExtent.PARTLY_ADDRESSED : extent;
        this.note = Texts.optional(note, 2000, "note");
        this.linkedBy = by;
        this.linkedAt = at;
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public Need need() {
        return need;
    }

    public LinkExtent extent() {
        return extent;
    }

    public String note() {
        return note;
    }

    public String linkedBy() {
        return linkedBy;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
