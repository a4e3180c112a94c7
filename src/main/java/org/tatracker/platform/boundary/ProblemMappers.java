package org.tatracker.platform.boundary;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the REST API becomes a problem-details document here, in one place:
 * unknown resource 404, refused input 400 with the field names, optimistic lock 409, anything
 * unexpected 500 without internals.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof InvalidParameterException invalid) {
            return problem(400, "Invalid request", "One or more fields or parameters were refused.", invalid.errors());
        }
        if (t instanceof org.tatracker.platform.entity.InvalidValueException invalid) {
            return problem(400, "Invalid request", "One or more fields or parameters were refused.",
                    List.of(new Problem.FieldError(invalid.field(), invalid.reason())));
        }
        if (t instanceof org.tatracker.security.boundary.AccessDeniedException denied) {
            Response r = problem(denied.authenticated() ? 403 : 401, denied.authenticated() ? "Forbidden" : "Unauthorized",
                    denied.authenticated() ? "Your account may not do this." : "Sign in to do this.", List.of());
            return denied.authenticated() ? r
                    : Response.fromResponse(r).header("WWW-Authenticate", "Basic realm=\"TA Tracker\", charset=\"UTF-8\"").build();
        }
        if (t instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(ProblemMappers::fieldError)
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return problem(400, "Invalid request", "One or more fields or parameters were refused.", errors);
        }
        if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException
                || t instanceof jakarta.ws.rs.ProcessingException) {
            return problem(400, "Invalid request", "The body is not valid JSON of the expected shape.",
                    List.of(new Problem.FieldError("body", String.valueOf(t.getMessage()))));
        }
        if (t instanceof org.tatracker.assessment.boundary.ImportRefusedException refused) {
            return problem(400, "Invalid file", refused.getMessage(), refused.problems().stream()
                    .map(p -> new Problem.FieldError("row " + p.row() + (p.column() == null ? "" : ", column " + p.column()), p.reason()))
                    .toList());
        }
        if (t instanceof org.tatracker.assessment.entity.IllegalTransitionException illegal) {
            return problem(409, "Conflict", illegal.getMessage(), List.of());
        }
        if (t instanceof OptimisticLockException) {
            return problem(409, "Conflict", "The record was changed by someone else; reload it and apply the change again.", List.of());
        }
        if (t instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String title = Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
            String detail = status == 404 ? "No resource at this address." : title;
            if (web.getMessage() != null && !web.getMessage().startsWith("HTTP ")) {
                detail = web.getMessage();
            }
            return problem(status, title, detail, List.of());
        }
        LOG.log(Level.SEVERE, "Unexpected error answering " + path(), t);
        return problem(500, "Internal Server Error", "The request could not be completed.", List.of());
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof EJBException || current instanceof jakarta.transaction.RollbackException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        if (current instanceof jakarta.persistence.PersistenceException && current.getCause() instanceof OptimisticLockException ole) {
            return ole;
        }
        return current;
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Method-parameter paths look like "list.arg0.size" or "create.body.title": keep the tail.
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
        return new Problem.FieldError(field, violation.getMessage());
    }

    private Response problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem("about:blank", title, status, detail, path(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private String path() {
        return uriInfo == null ? null : "/api/" + uriInfo.getPath().replaceFirst("^/", "");
    }
}
