package org.tatracker.iati.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.i18n.entity.Language;
import org.tatracker.i18n.entity.Reason;
import org.tatracker.iati.control.Problem;
import org.tatracker.platform.boundary.InvalidParameterException;
import org.tatracker.platform.boundary.QueryParameters;

/**
 * IATI activity files in: {@code POST /api/iati/imports/preview} says what an import would do,
 * {@code POST /api/iati/imports} does it, all or nothing. The body is the XML file itself, streamed
 * (curl {@code -T file.xml -X POST}); the command-line entry {@code src/main/scripts/iati-import.sh}
 * does exactly this.
 */
@Path("iati/imports")
@Tag(name = "IATI", description = "Projects as IATI 2.03 activity files")
public class IatiImportsResource {

    static final String[] XML_TYPES = {"application/xml", "text/xml", MediaType.APPLICATION_OCTET_STREAM};

    @Inject
    IatiImports imports;

    @Context
    HttpHeaders headers;

    /** The refusal of a file: problem details whose {@code errors} name every problem (field = XPath), and the preview. */
    public record Refusal(String type, String title, int status, String detail, String instance,
            List<org.tatracker.platform.boundary.Problem.FieldError> errors, ReportView report) {
    }

    /** A problem as the API shows it: the reason in the request's language. */
    public record ProblemView(String activityIdentifier, String path, String reason, Problem.Severity severity) {

        static ProblemView of(Problem p, Locale locale) {
            return new ProblemView(p.activityIdentifier(), p.path(), p.reason(locale), p.severity());
        }
    }

    /** {@link IatiImports.Report} as the API shows it, with every reason in the request's language. */
    public record ReportView(String fileName, String sha256, long bytes, int activities, int created, int updated, int unchanged,
            int filteredOut, List<IatiImports.Line> lines, List<ProblemView> errors, List<ProblemView> warnings, boolean committed,
            Long importId) {

        static ReportView of(IatiImports.Report r, Locale locale) {
            return new ReportView(r.fileName(), r.sha256(), r.bytes(), r.activities(), r.created(), r.updated(), r.unchanged(),
                    r.filteredOut(), r.lines(), r.errors().stream().map(p -> ProblemView.of(p, locale)).toList(),
                    r.warnings().stream().map(p -> ProblemView.of(p, locale)).toList(), r.committed(), r.importId());
        }
    }

    @POST
    @Path("preview")
    @Consumes({"application/xml", "text/xml", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What importing this IATI activity file would do: new and updated activities (with the changed fields), "
            + "every problem with its activity, element path and reason. Changes nothing.")
    public ReportView preview(@QueryParam("fileName") String fileName, @HeaderParam("Content-Disposition") String disposition,
            @QueryParam("owner") String owner, @QueryParam("sector") List<String> sectors, @QueryParam("country") List<String> countries,
            @HeaderParam("Content-Length") String length, InputStream body) {
        IatiImports.Options options = options(fileName, disposition, owner, sectors, countries, false);
        Response tooLarge = tooLarge(length);
        if (tooLarge != null) {
            throw new jakarta.ws.rs.WebApplicationException(tooLarge);
        }
        return ReportView.of(imports.run(body, options), language().locale());
    }

    @POST
    @Consumes({"application/xml", "text/xml", MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, org.tatracker.platform.boundary.Problem.MEDIA_TYPE})
    @Operation(summary = "Import an IATI activity file (2.01 to 2.03), all or nothing: 201 with what was done, or 422 naming every "
            + "problem, and nothing imported. Optional filters: sector (DAC code prefixes such as 151), country (ISO alpha-3).")
    public Response importFile(@QueryParam("fileName") String fileName, @HeaderParam("Content-Disposition") String disposition,
            @QueryParam("owner") String owner, @QueryParam("sector") List<String> sectors, @QueryParam("country") List<String> countries,
            @HeaderParam("Content-Length") String length, InputStream body) {
        IatiImports.Options options = options(fileName, disposition, owner, sectors, countries, true);
        Response tooLarge = tooLarge(length);
        if (tooLarge != null) {
            return tooLarge;
        }
        IatiImports.Report report = imports.run(body, options);
        Language language = language();
        Locale locale = language.locale();
        if (report.committed()) {
            return Response.status(201).language(locale).entity(ReportView.of(report, locale)).build();
        }
        List<org.tatracker.platform.boundary.Problem.FieldError> errors = new ArrayList<>();
        for (Problem p : report.errors()) {
            errors.add(new org.tatracker.platform.boundary.Problem.FieldError(p.path(), (p.activityIdentifier() == null ? ""
                    : p.activityIdentifier() + ": ") + p.reason(locale)));
        }
        return Response.status(422).type(org.tatracker.platform.boundary.Problem.MEDIA_TYPE).language(locale).entity(new Refusal("about:blank",
                Reason.of("problem.iatiNotImported").text(locale), 422, Reason.of("problem.iatiProblemsStop", report.errors().size()).text(locale),
                null, errors, ReportView.of(report, locale))).build();
    }

    /** One imported file as the log keeps it. */
    public record Logged(long id, String fileName, String sha256, long bytes, String publishers, String importedBy, String importedAt,
            int activities, int created, int updated, int unchanged, int filteredOut, int warnings) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The files imported, newest first (at most 200)")
    public List<Logged> log() {
        return imports.log();
    }

    private IatiImports.Options options(String fileName, String disposition, String owner, List<String> sectors, List<String> countries,
            boolean commit) {
        QueryParameters p = new QueryParameters();
        String name = fileName != null && !fileName.isBlank() ? fileName.strip() : fromDisposition(disposition);
        if (name == null) {
            name = "upload.xml";
        }
        if (name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("fileName", "fileNameMaxLength", 255);
        }
        Long ownerId = owner == null || owner.isBlank() ? null : (long) p.integer("owner", owner, 0, 1, Integer.MAX_VALUE);
        List<String> prefixes = new ArrayList<>();
        for (String s : split(sectors)) {
            prefixes.add(p.matching("sector", s, "[0-9]{1,5}", "sectorPrefix"));
        }
        Set<String> iso3s = new LinkedHashSet<>();
        for (String c : split(countries)) {
            iso3s.add(p.matching("country", c.toUpperCase(Locale.ROOT), "[A-Z]{3}", "iso3CodeSuchAs"));
        }
        p.check();
        return new IatiImports.Options(name, ownerId, prefixes, iso3s, imports.maxBytes(), commit);
    }

    /**
     * A body that says it is larger than the limit is refused before a byte of it is read (413). A body of unknown length
     * (chunked) is read up to the limit, and refused there (422), by {@link IatiImports}.
     */
    private Response tooLarge(String length) {
        long maxBytes = imports.maxBytes();
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (declared <= maxBytes) {
            return null;
        }
        Locale locale = language().locale();
        return Response.status(413).type(org.tatracker.platform.boundary.Problem.MEDIA_TYPE).language(locale).header("Connection", "close")
                .entity(new org.tatracker.platform.boundary.Problem("about:blank", Reason.of("problem.iatiTooLarge").text(locale), 413,
                        Reason.of("problem.iatiTooLarge.detail", maxBytes, maxBytes >> 20).text(locale), null,
                        List.of(new org.tatracker.platform.boundary.Problem.FieldError("body",
                                Reason.of("iati.largerThanBytes", maxBytes).text(locale)))))
                .build();
    }

    /** The language the request asks for with {@code Accept-Language}, as for every problem of the API. */
    private Language language() {
        return Language.fromAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    static String fromDisposition(String disposition) {
        if (disposition == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("filename=\"?([^\";]+)\"?").matcher(disposition);
        return m.find() ? m.group(1).strip() : null;
    }
}
