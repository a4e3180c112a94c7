package org.tatracker.iati.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

    /** The refusal of a file: problem details whose {@code errors} name every problem (field = XPath), and the preview. */
    public record Refusal(String type, String title, int status, String detail, String instance,
            List<org.tatracker.platform.boundary.Problem.FieldError> errors, IatiImports.Report report) {
    }

    @POST
    @Path("preview")
    @Consumes({"application/xml", "text/xml", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What importing this IATI activity file would do: new and updated activities (with the changed fields), "
            + "every problem with its activity, element path and reason. Changes nothing.")
    public IatiImports.Report preview(@QueryParam("fileName") String fileName, @HeaderParam("Content-Disposition") String disposition,
            @QueryParam("owner") String owner, @QueryParam("sector") List<String> sectors, @QueryParam("country") List<String> countries,
            @HeaderParam("Content-Length") String length, InputStream body) {
        IatiImports.Options options = options(fileName, disposition, owner, sectors, countries, false);
        Response tooLarge = tooLarge(length);
        if (tooLarge != null) {
            throw new jakarta.ws.rs.WebApplicationException(tooLarge);
        }
        return imports.run(body, options);
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
        if (report.committed()) {
            return Response.status(201).entity(report).build();
        }
        List<org.tatracker.platform.boundary.Problem.FieldError> errors = new ArrayList<>();
        for (Problem p : report.errors()) {
            errors.add(new org.tatracker.platform.boundary.Problem.FieldError(p.path(), (p.activityIdentifier() == null ? ""
                    : p.activityIdentifier() + ": ") + p.reason()));
        }
        return Response.status(422).type(org.tatracker.platform.boundary.Problem.MEDIA_TYPE).entity(new Refusal("about:blank",
                "The IATI file was not imported", 422, report.errors().size() + " problem(s) stop the import; nothing was imported.", null,
                errors, report)).build();
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
        return Response.status(413).type(org.tatracker.platform.boundary.Problem.MEDIA_TYPE).header("Connection", "close")
                .entity(new org.tatracker.platform.boundary.Problem("about:blank", "The IATI file is too large", 413, "The file is larger "
                        + "than the limit of " + imports.maxBytes() + " bytes (" + (imports.maxBytes() >> 20) + " MB); nothing was read or imported.", null,
                        List.of(new org.tatracker.platform.boundary.Problem.FieldError("body", "larger than " + imports.maxBytes() + " bytes"))))
                .build();
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
