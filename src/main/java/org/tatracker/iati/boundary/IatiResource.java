package org.tatracker.iati.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.country.boundary.Countries;
import org.tatracker.i18n.entity.Language;
import org.tatracker.iati.control.ActivityWriter;
import org.tatracker.platform.boundary.QueryParameters;
import org.tatracker.platform.boundary.ResourceNotFoundException;
import org.tatracker.project.boundary.Projects;
import org.tatracker.project.boundary.ProjectsResource;
import org.tatracker.project.control.ProjectQuery;
import org.tatracker.project.control.ProjectViews;
import org.tatracker.security.boundary.CurrentUser;
import org.tatracker.security.boundary.Refusals;

/**
 * Projects published as IATI 2.03 activity XML. The file is streamed: projects are read a batch at
 * a time (in id order, each batch with all its parts in a few queries), each written and forgotten,
 * so memory stays flat whatever their number. A project IATI
 * cannot carry (no start date yet, for instance) is left out and named in a comment at the end of
 * the file.
 */
@Path("iati")
@Tag(name = "IATI", description = "Projects as IATI 2.03 activity files")
public class IatiResource {

    static final String XML = "application/xml";
    static final int PAGE = 500;

    @Inject
    Projects projects;

    @Inject
    Countries countries;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @GET
    @Path("activities")
    @Produces(XML)
    @Operation(summary = "Projects as one IATI 2.03 activity file, with the project list's filters (country, region, donor, ...)")
    public Response activities(@QueryParam("country") String country, @QueryParam("region") String region, @QueryParam("donor") String donor,
            @QueryParam("implementer") String implementer, @QueryParam("modality") String modality, @QueryParam("kind") String kind,
            @QueryParam("sector") String sector, @QueryParam("status") String status, @QueryParam("year") String year,
            @QueryParam("q") String text) {
        Refusals.require(currentUser.actor().authenticated(), currentUser.actor());
        QueryParameters p = new QueryParameters();
        ProjectQuery first = ProjectsResource.query(p, country, region, donor, implementer, modality, kind, sector, status, year, text, "start",
                "desc", "0", "1"); // page and size unused: the export reads batches of PAGE
        p.check();
        Map<String, String> iso2 = countries.iso2ByIso3();
        Instant now = Instant.now(clock);
        StreamingOutput body = out -> {
            List<String> leftOut = new ArrayList<>();
            try (ActivityWriter writer = new ActivityWriter(out, now, iso2::get)) {
                long after = 0;
                while (true) {
                    ProjectViews.Batch batch = projects.detailsAfter(first, after, PAGE, Language.EN);
                    for (ProjectViews.Detail d : batch.details()) {
                        write(writer, d, leftOut);
                    }
                    after = batch.lastId();
                    if (batch.last()) {
                        break;
                    }
                }
            }
            if (!leftOut.isEmpty()) {
                out.write(("<!-- left out, IATI cannot carry them: " + String.join("; ", leftOut).replace("--", "- -") + " -->\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        };
        return Response.ok(body, XML).header("Content-Disposition", "attachment; filename=\"iati-activities.xml\"").build();
    }

    @GET
    @Path("activities/{id: [0-9]+}")
    @Produces(XML)
    @Operation(summary = "One project as an IATI 2.03 activity file")
    public Response activity(@PathParam("id") long id) {
        ProjectViews.Detail detail = projects.find(id, Language.EN).orElseThrow(() -> new ResourceNotFoundException("noProject", id));
        Map<String, String> iso2 = countries.iso2ByIso3();
        Instant now = Instant.now(clock);
        // Checked before the first byte: a project IATI cannot carry is a 409, not a broken file.
        try (ActivityWriter probe = new ActivityWriter(java.io.OutputStream.nullOutputStream(), now, iso2::get)) {
            probe.write(detail);
        } catch (IllegalArgumentException e) {
            throw new org.tatracker.platform.entity.InvalidValueException("project", "iatiCannotCarry", e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StreamingOutput body = out -> {
            try (ActivityWriter writer = new ActivityWriter(out, now, iso2::get)) {
                writer.write(detail);
            }
        };
        return Response.ok(body, XML).header("Content-Disposition", "attachment; filename=\"" + detail.iatiIdentifier() + ".xml\"").build();
    }

    private static void write(ActivityWriter writer, ProjectViews.Detail d, List<String> leftOut) throws IOException {
        try {
            writer.write(d);
        } catch (IllegalArgumentException e) {
            leftOut.add(d.iatiIdentifier() + ": " + e.getMessage());
        }
    }
}
