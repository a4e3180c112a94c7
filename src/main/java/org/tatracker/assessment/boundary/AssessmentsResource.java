package org.tatracker.assessment.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.assessment.control.AssessmentQuery;
import org.tatracker.assessment.control.AssessmentViews;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.assessment.entity.Framework;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.boundary.Page;
import org.tatracker.platform.boundary.QueryParameters;
import org.tatracker.platform.boundary.ResourceNotFoundException;

@Path("assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Needs assessments of countries, their needs and their validation by the government")
public class AssessmentsResource {

    @Inject
    Assessments assessments;

    @GET
    @Operation(summary = "Assessments the caller may read, filtered, sorted and paged in the database")
    public Page<AssessmentViews.Summary> list(@QueryParam("country") String country, @QueryParam("status") String status,
            @QueryParam("framework") String framework, @QueryParam("year") String year, @QueryParam("priority") String priority,
            @QueryParam("q") String text, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("lang") String lang, @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters p = new QueryParameters();
        AssessmentQuery query = new AssessmentQuery(
                p.matching("country", country == null ? null : country.toUpperCase(java.util.Locale.ROOT), "[A-Z]{3}", "iso3Code"),
                p.choice("status", status, AssessmentStatus.class, null),
                p.choice("framework", framework, Framework.class, null),
                year == null || year.isBlank() ? null : p.integer("year", year, 0, 1900, 2200),
                p.choice("priority", priority, Priority.class, null),
                text,
                p.choice("sort", sort, AssessmentQuery.Sort.class, AssessmentQuery.Sort.MISSION_START),
                !"asc".equalsIgnoreCase(dir == null ? "desc" : dir.strip()),
                p.integer("page", page, 0, 0, 1_000_000),
                p.integer("size", size, 50, 1, AssessmentQuery.MAX_SIZE));
        Language language = p.language("lang", lang);
        p.check();
        return assessments.list(query, language);
    }

    @POST
    @Operation(summary = "Create a draft assessment (field offices of the country, administrators)")
    public Response create(AssessmentInput input, @QueryParam("lang") String lang, @Context UriInfo uri) {
        AssessmentViews.Detail created = assessments.create(input, language(lang));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One assessment with its needs, history and the actions the caller may take")
    public AssessmentViews.Detail get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return assessments.find(id, language(lang)).orElseThrow(() -> new ResourceNotFoundException("noReadableAssessment", id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Change a draft; send the version read (409 when stale)")
    public AssessmentViews.Detail update(@PathParam("id") long id, AssessmentInput input, @QueryParam("lang") String lang) {
        return assessments.update(id, input, language(lang));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Delete a first draft")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        assessments.delete(id, version);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]+}/transitions")
    @Operation(summary = "Take a workflow step: submit, share, validate, dispute, redraft, archive or amend")
    public AssessmentViews.Detail transition(@PathParam("id") long id, TransitionInput input, @QueryParam("lang") String lang) {
        return assessments.transition(id, input, language(lang));
    }

    @GET
    @Path("{id: [0-9]+}/versions")
    @Operation(summary = "Every version of the assessment the caller may read")
    public List<AssessmentViews.Summary> versions(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return assessments.versions(id, language(lang));
    }

    @GET
    @Path("{id: [0-9]+}/needs")
    @Operation(summary = "The needs of an assessment")
    public List<AssessmentViews.NeedView> needs(@PathParam("id") long id) {
        return assessments.needs(id);
    }

    @POST
    @Path("{id: [0-9]+}/needs")
    @Operation(summary = "Add a need to a draft")
    public Response addNeed(@PathParam("id") long id, NeedInput input, @Context UriInfo uri) {
        AssessmentViews.NeedView need = assessments.addNeed(id, input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(need.id())).build()).entity(need).build();
    }

    @PUT
    @Path("{id: [0-9]+}/needs/{needId: [0-9]+}")
    @Operation(summary = "Change a need of a draft; send the need's version (409 when stale)")
    public AssessmentViews.NeedView updateNeed(@PathParam("id") long id, @PathParam("needId") long needId, NeedInput input) {
        return assessments.updateNeed(id, needId, input);
    }

    @DELETE
    @Path("{id: [0-9]+}/needs/{needId: [0-9]+}")
    @Operation(summary = "Remove a need from a draft")
    public Response removeNeed(@PathParam("id") long id, @PathParam("needId") long needId) {
        assessments.removeNeed(id, needId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: [0-9]+}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The assessment's printable brief as PDF")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Language language = language(lang);
        AssessmentViews.Detail detail = assessments.find(id, language)
                .orElseThrow(() -> new ResourceNotFoundException("noReadableAssessment", id));
        byte[] pdf = org.tatracker.assessment.control.AssessmentPdf.render(detail,
                java.util.ResourceBundle.getBundle("org.tatracker.i18n.messages", language.locale()));
        return Response.ok(pdf).header("Content-Disposition", "attachment; filename=\"assessment-" + id + ".pdf\"").build();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    @POST
    @Path("{id: [0-9]+}/needs/import")
    @Consumes({"text/csv", XLSX})
    @Operation(summary = "Import needs from a CSV or XLSX sheet into a draft: all rows or none; every bad row is named")
    public Response importNeeds(@PathParam("id") long id, @jakarta.ws.rs.HeaderParam("Content-Type") String type, java.io.InputStream body)
            throws java.io.IOException {
        byte[] content = body.readNBytes(MAX_UPLOAD_BYTES + 1);
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new org.tatracker.platform.boundary.InvalidParameterException("body", "fileLargerThanMegabytes", 5);
        }
        var sheet = type != null && type.startsWith(XLSX)
                ? org.tatracker.assessment.control.NeedSheet.xlsx(content)
                : org.tatracker.assessment.control.NeedSheet.csv(content);
        List<AssessmentViews.NeedView> added = assessments.importNeeds(id, sheet);
        return Response.status(201).entity(added).build();
    }

    @GET
    @Path("needs-template.csv")
    @Produces("text/csv")
    @Operation(summary = "The CSV template of the needs sheet")
    public Response csvTemplate() {
        return Response.ok(org.tatracker.assessment.control.NeedSheet.csvTemplate())
                .header("Content-Disposition", "attachment; filename=\"needs-template.csv\"").build();
    }

    @GET
    @Path("needs-template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The XLSX template of the needs sheet")
    public Response xlsxTemplate() {
        return Response.ok(org.tatracker.assessment.control.NeedSheet.xlsxTemplate())
                .header("Content-Disposition", "attachment; filename=\"needs-template.xlsx\"").build();
    }

    private static Language language(String lang) {
        QueryParameters p = new QueryParameters();
        Language language = p.language("lang", lang);
        p.check();
        return language;
    }
}
