package org.tatracker.assessment.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tatracker.assessment.control.AssessmentQuery;
import org.tatracker.assessment.control.AssessmentViews;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.assessment.entity.Framework;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.i18n.boundary.LanguageSelection;

/** assessments.xhtml: the assessments the reader may see, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class AssessmentList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assessments assessments;

    @Inject
    LanguageSelection language;

    private String country;
    private AssessmentStatus status;
    private Framework framework;
    private Integer year;
    private Priority priority;
    private String text;
    private final Rows rows = new Rows();

    AssessmentQuery query(int first, int size, Map<String, SortMeta> sortBy) {
        AssessmentQuery.Sort sort = AssessmentQuery.Sort.MISSION_START;
        boolean descending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = switch (meta.getField()) {
                case "title" -> AssessmentQuery.Sort.TITLE;
                case "country" -> AssessmentQuery.Sort.COUNTRY;
                case "status" -> AssessmentQuery.Sort.STATUS;
                default -> AssessmentQuery.Sort.MISSION_START;
            };
            descending = meta.getOrder() == SortOrder.DESCENDING;
        }
        int pageSize = Math.max(1, Math.min(size, AssessmentQuery.MAX_SIZE));
        return new AssessmentQuery(country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT),
                status, framework, year, priority, text, sort, descending, first / pageSize, pageSize);
    }

    /** The table's lazy model. */
    public class Rows extends LazyDataModel<AssessmentViews.Summary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) assessments.count(query(0, 1, null));
        }

        @Override
        public List<AssessmentViews.Summary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            // PrimeFaces asked count() just before: only the page is read here.
            return assessments.page(query(first, pageSize, sortBy), language.getCurrent());
        }

        @Override
        public String getRowKey(AssessmentViews.Summary row) {
            return Long.toString(row.id());
        }
    }

    public Rows getRows() {
        return rows;
    }

    public AssessmentStatus[] getStatuses() {
        return AssessmentStatus.values();
    }

    public Framework[] getFrameworks() {
        return Framework.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public void setStatus(AssessmentStatus status) {
        this.status = status;
    }

    public Framework getFramework() {
        return framework;
    }

    public void setFramework(Framework framework) {
        this.framework = framework;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
