package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A row of {@code project_year} (a project's USD commitments and disbursements in one year) seen as
 * a read-only entity, for the dashboards' sums by year. Written only through {@link Project}.
 */
@Entity
@ReadOnly
@Table(name = "project_year")
@IdClass(ProjectYearRow.Key.class)
public class ProjectYearRow {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Id
    @Column(name = "tx_year")
    private Integer year;

    @Column(name = "committed_usd")
    private BigDecimal committedUsd;

    @Column(name = "disbursed_usd")
    private BigDecimal disbursedUsd;

    protected ProjectYearRow() {
    }

    /** Primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long projectId;
        public Integer year;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(projectId, k.projectId) && Objects.equals(year, k.year);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, year);
        }
    }
}
