package org.tatracker.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.audit.control.AuditView;
import org.tatracker.audit.entity.AuditAction;
import org.tatracker.platform.boundary.Page;
import org.tatracker.platform.boundary.QueryParameters;

/** Read-only: the audit trail has no write endpoint at all. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Search the append-only audit trail (administrators)")
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "Audit events, newest first")
    public Page<AuditView> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters p = new QueryParameters();
        AuditAction kind = p.choice("action", action, AuditAction.class, null);
        Instant since = p.parsed("from", from, AuditResource::instant, "isoInstant");
        Instant until = p.parsed("to", to, AuditResource::instant, "isoInstant");
        int pageNumber = p.integer("page", page, 0, 0, 1_000_000);
        int pageSize = p.integer("size", size, 50, 1, 500);
        p.check();
        return audit.search(new AuditTrail.Search(blank(actor), kind == null ? null : kind.name(), blank(entityType),
                blank(entityId), since, until, pageNumber, pageSize));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Optional<Instant> instant(String s) {
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
