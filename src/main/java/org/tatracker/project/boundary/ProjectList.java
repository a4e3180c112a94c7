package org.tatracker.project.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.boundary.LanguageSelection;
import org.tatracker.project.control.ProjectQuery;
import org.tatracker.project.control.ProjectViews;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.ProjectStatus;

/** projects.xhtml: projects filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class ProjectList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Inject
    ProjectFilterChoices choices;

    @Inject
    LanguageSelection language;

    private String country;
    private String region;
    private String donor;
    private String implementer;
    private Modality modality;
    private ComponentKind kind;
    private String sector;
    private ProjectStatus status;
    private Integer year;
    private String text;
    private final Rows rows = new Rows();

    ProjectQuery query(int first, int size, Map<String, SortMeta> sortBy) {
        ProjectQuery.Sort sort = ProjectQuery.Sort.START;
        boolean descending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = switch (meta.getField()) {
                case "title" -> ProjectQuery.Sort.TITLE;
                case "status" -> ProjectQuery.Sort.STATUS;
                case "committed" -> ProjectQuery.Sort.COMMITTED;
                default -> ProjectQuery.Sort.START;
            };
            descending = meta.getOrder() == SortOrder.DESCENDING;
        }
        int pageSize = Math.max(1, Math.min(size, ProjectQuery.MAX_SIZE));
        return new ProjectQuery(country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT), region, donor,
                implementer, modality, kind, sector, status, year, text, sort, descending, first / pageSize, pageSize);
    }

    /** The table's lazy model. */
    public class Rows extends LazyDataModel<ProjectViews.Summary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) projects.count(query(0, 1, null));
        }

        @Override
        public List<ProjectViews.Summary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return projects.page(query(first, pageSize, sortBy), language.getCurrent());
        }

        @Override
        public String getRowKey(ProjectViews.Summary row) {
            return Long.toString(row.id());
        }
    }

    /** The IATI export of the projects the filters select (same parameters as the REST list). */
    public String getIatiLink() {
        StringBuilder q = new StringBuilder("api/iati/activities?");
        param(q, "country", country);
        param(q, "region", region);
        param(q, "donor", donor);
        param(q, "implementer", implementer);
        param(q, "modality", modality == null ? null : modality.name());
        param(q, "kind", kind == null ? null : kind.name());
        param(q, "sector", sector);
        param(q, "status", status == null ? null : status.name());
        param(q, "year", year == null ? null : year.toString());
        param(q, "q", text);
        return q.toString();
    }

    private static void param(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(name).append('=').append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
    }

    public Rows getRows() {
        return rows;
    }

    public List<String> getDonors() {
        return choices.donors();
    }

    public List<String> getImplementers() {
        return choices.implementers();
    }

    public List<M49Area.Unit> getRegions() {
        return choices.regions();
    }

    public Modality[] getModalities() {
        return choices.modalities();
    }

    public ComponentKind[] getKinds() {
        return choices.kinds();
    }

    public ProjectStatus[] getStatuses() {
        return choices.statuses();
    }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getDonor() { return donor; }
    public void setDonor(String donor) { this.donor = donor; }
    public String getImplementer() { return implementer; }
    public void setImplementer(String implementer) { this.implementer = implementer; }
    public Modality getModality() { return modality; }
    public void setModality(Modality modality) { this.modality = modality; }
    public ComponentKind getKind() { return kind; }
    public void setKind(ComponentKind kind) { this.kind = kind; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public ProjectStatus getStatus() { return status; }
    public void setStatus(ProjectStatus status) { this.status = status; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
