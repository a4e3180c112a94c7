package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A row of {@code project_country} seen as a read-only entity, for filters only: a subquery rooted
 * here reads the one indexed table, where a subquery over {@link Project#countries()} makes
 * EclipseLink join the project table again and Derby slows down a hundredfold. Written only
 * through {@link Project}.
 */
@Entity
@ReadOnly
@Table(name = "project_country")
@IdClass(ProjectCountryRow.Key.class)
public class ProjectCountryRow {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Id
    @Column(name = "country_m49")
    private String countryM49;

    @Column(name = "percentage")
    private java.math.BigDecimal percentage;

    protected ProjectCountryRow() {
    }

    /** Primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long projectId;
        public String countryM49;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(projectId, k.projectId) && Objects.equals(countryM49, k.countryM49);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, countryM49);
        }
    }
}
