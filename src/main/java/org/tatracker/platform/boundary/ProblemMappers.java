package org.tatracker.platform.boundary;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tatracker.i18n.entity.Language;
import org.tatracker.i18n.entity.Reason;

/**
 * Every error of the REST API becomes a problem-details document here, in one place:
 * unknown resource 404, refused input 400 with the field names, optimistic lock 409, anything
 * unexpected 500 without internals. Titles, details and reasons are in the language the request
 * asks for with {@code Accept-Language} (one of the six, else English), said in {@code Content-Language};
 * {@code type}, {@code status} and the field names stay as they are, for machines.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    /** Statuses whose title the reasons bundle has ({@code problem.status.404}); others keep the English reason phrase. */
    static final Set<Integer> TITLED = Set.of(400, 401, 403, 404, 405, 406, 409, 410, 413, 415, 429, 500, 503);

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Language language = language();
        Problem problem = describe(thrown, language.locale());
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).language(language.locale())
                .header("Vary", "Accept-Language").entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"TA Tracker\", charset=\"UTF-8\"");
        }
        return response.build();
    }

    /** The problem details of {@code thrown} in the language of {@code locale}. */
    Problem describe(Throwable thrown, Locale locale) {
        Throwable t = unwrap(thrown);
        if (t instanceof InvalidParameterException invalid) {
            return problem(400, text(locale, "problem.invalidRequest"), text(locale, "problem.fieldsRefused"), invalid.errors(locale));
        }
        if (t instanceof org.tatracker.platform.entity.InvalidValueException invalid) {
            return problem(400, text(locale, "problem.invalidRequest"), text(locale, "problem.fieldsRefused"),
                    List.of(new Problem.FieldError(invalid.field(), invalid.reason(locale))));
        }
        if (t instanceof org.tatracker.security.boundary.AccessDeniedException denied) {
            return denied.authenticated()
                    ? problem(403, text(locale, "problem.forbidden"), text(locale, "problem.forbidden.detail"), List.of())
                    : problem(401, text(locale, "problem.unauthorized"), text(locale, "problem.unauthorized.detail"), List.of());
        }
        if (t instanceof ConstraintViolationException violations) {
            // Bean Validation formatted these messages in the server's language: formatted again in the reader's (Violations).
            List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(v -> fieldError(v, locale))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return problem(400, text(locale, "problem.invalidRequest"), text(locale, "problem.fieldsRefused"), errors);
        }
        if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException
                || t instanceof jakarta.ws.rs.ProcessingException) {
            // The parser's own words name the place in the body; they are English whatever the request asks. Qualified class
            // names in them are cut to the simple name (no package of the application's internals), and the text to 300 characters.
            return problem(400, text(locale, "problem.invalidRequest"), text(locale, "problem.invalidJson"),
                    List.of(new Problem.FieldError("body", parserWords(t.getMessage()))));
        }
        if (t instanceof org.tatracker.assessment.boundary.ImportRefusedException refused) {
            // The field ("row 3, column kinds") is for machines, as every field name: it stays English.
            return problem(400, text(locale, "problem.invalidFile"), refused.getMessage(locale), refused.problems().stream()
                    .map(p -> new Problem.FieldError("row " + p.row() + (p.column() == null ? "" : ", column " + p.column()), p.reason(locale)))
                    .toList());
        }
        if (t instanceof org.tatracker.assessment.entity.IllegalTransitionException illegal) {
            return problem(409, text(locale, "problem.conflict"), illegal.getMessage(locale), List.of());
        }
        if (t instanceof OptimisticLockException) {
            return problem(409, text(locale, "problem.conflict"), text(locale, "problem.changedBySomeoneElse"), List.of());
        }
        if (t instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String title = title(status, locale);
            String detail = status == 404 ? text(locale, "problem.notFound.detail") : title;
            if (web instanceof ExplainedException explained) {
                detail = explained.why().text(locale);
            } else if (web.getMessage() != null && !web.getMessage().startsWith("HTTP ")) {
                detail = web.getMessage();
            }
            return problem(status, title, detail, List.of());
        }
        LOG.log(Level.SEVERE, "Unexpected error answering " + path(), t);
        return problem(500, text(locale, "problem.status.500"), text(locale, "problem.internal.detail"), List.of());
    }

    /** The language of the request's {@code Accept-Language}; English without one. */
    private Language language() {
        try {
            return Language.fromAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (IllegalStateException outsideARequest) {
            return Language.EN;
        }
    }

    static String parserWords(String message) {
        String words = String.valueOf(message).replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1");
        return words.length() > 300 ? words.substring(0, 300) + "…" : words;
    }

    static String text(Locale locale, String key, Object... arguments) {
        return Reason.of(key, arguments).text(locale);
    }

    /** The title of a status: from the bundle for the common ones, else the English reason phrase. */
    static String title(int status, Locale locale) {
        if (TITLED.contains(status)) {
            return text(locale, "problem.status." + status);
        }
        Response.StatusType known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : text(locale, "problem.error");
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

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation, Locale locale) {
        String path = violation.getPropertyPath().toString();
        // Method-parameter paths look like "list.arg0.size" or "create.body.title": keep the tail.
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
        return new Problem.FieldError(field, Violations.message(violation, locale));
    }

    private Problem problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        return new Problem("about:blank", title, status, detail, path(), errors);
    }

    private String path() {
        return uriInfo == null ? null : "/api/" + uriInfo.getPath().replaceFirst("^/", "");
    }
}
