package org.tatracker.audit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tatracker.audit.control.AuditView;
import org.tatracker.audit.entity.AuditAction;

/** admin/audit.xhtml: search the audit trail, paged in the database. */
@Named
@ViewScoped
public class AuditSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    private String actor;
    private AuditAction action;
    private String entityType;
    private String entityId;
    private final Rows rows = new Rows();

    AuditTrail.Search search(int first, int size) {
        return new AuditTrail.Search(blank(actor), action == null ? null : action.name(), blank(entityType), blank(entityId),
                null, null, first / Math.max(1, size), Math.max(1, Math.min(size, 500)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The table's lazy model. */
    public class Rows extends LazyDataModel<AuditView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.search(search(0, 1)).total();
        }

        @Override
        public List<AuditView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = audit.search(search(first, pageSize));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditView row) {
            return Long.toString(row.id());
        }
    }

    public Rows getRows() {
        return rows;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }
}
