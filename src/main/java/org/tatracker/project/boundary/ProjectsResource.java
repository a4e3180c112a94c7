package org.tatracker.project.boundary;

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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.boundary.Page;
import org.tatracker.platform.boundary.QueryParameters;
import org.tatracker.platform.boundary.ResourceNotFoundException;
import org.tatracker.project.control.ProjectQuery;
import org.tatracker.project.control.ProjectViews;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.ProjectStatus;

/**
 * Projects and their parts. Every change answers with the whole project (its new version
 * included); a change of a part created answers 201 with the part's location. {@code version}
 * (query parameter for parts, body field for the project) makes a change conditional: 409 when stale.
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Technical, material and training assistance, its partners, money, results and the needs it answers")
public class ProjectsResource {

    @Inject
    Projects projects;

    @GET
    @Operation(summary = "Projects filtered, sorted and paged in the database")
    public Page<ProjectViews.Summary> list(@QueryParam("country") String country, @QueryParam("region") String region,
            @QueryParam("donor") String donor, @QueryParam("implementer") String implementer, @QueryParam("modality") String modality,
            @QueryParam("kind") String kind, @QueryParam("sector") String sector, @QueryParam("status") String status,
            @QueryParam("year") String year, @QueryParam("q") String text, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("lang") String lang, @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters p = new QueryParameters();
        ProjectQuery query = query(p, country, region, donor, implementer, modality, kind, sector, status, year, text, sort, dir, page, size);
        Language language = p.language("lang", lang);
        p.check();
        return projects.list(query, language);
    }

    /** The project list's query from its parameters; every refusal is collected in {@code p}. */
    public static ProjectQuery query(QueryParameters p, String country, String region, String donor, String implementer, String modality,
            String kind, String sector, String status, String year, String text, String sort, String dir, String page, String size) {
        return new ProjectQuery(
                p.matching("country", country == null ? null : country.toUpperCase(Locale.ROOT), "[A-Z]{3}", "iso3Code"),
                p.matching("region", region, "[0-9]{3}", "m49Region"),
                donor, implementer,
                p.choice("modality", modality, Modality.class, null),
                p.choice("kind", kind, ComponentKind.class, null),
                p.matching("sector", sector, "[0-9]{3,5}", "dacPurposeCode"),
                p.choice("status", status, ProjectStatus.class, null),
                year == null || year.isBlank() ? null : p.integer("year", year, 0, 1900, 2200),
                text,
                p.choice("sort", sort, ProjectQuery.Sort.class, ProjectQuery.Sort.START),
                !"asc".equalsIgnoreCase(dir == null ? "desc" : dir.strip()),
                p.integer("page", page, 0, 0, 1_000_000),
                p.integer("size", size, 50, 1, ProjectQuery.MAX_SIZE));
    }

    @GET
    @Path("assistance")
    @Operation(summary = "Projects a country receives, by funder and by kind of assistance, with commitments in USD")
    public ProjectViews.CountryAssistance assistance(@QueryParam("country") String country) {
        QueryParameters p = new QueryParameters();
        String iso3 = p.matching("country", country == null ? null : country.toUpperCase(Locale.ROOT), "[A-Z]{3}", "iso3Code");
        p.check();
        if (iso3 == null) {
            throw new org.tatracker.platform.boundary.InvalidParameterException("country", "requiredIso3Code");
        }
        return projects.assistanceTo(iso3);
    }

    @POST
    @Operation(summary = "Record a project (administrators, field offices of a recipient country, donors for their organisation)")
    public Response create(ProjectInput input, @QueryParam("lang") String lang, @Context UriInfo uri) {
        ProjectViews.Detail created = projects.create(input, language(lang));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One project with all its parts, totals in USD, warnings and what the caller may do")
    public ProjectViews.Detail get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return projects.find(id, language(lang)).orElseThrow(() -> new ResourceNotFoundException("noProject", id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Change the project's own fields; send the version read (409 when stale)")
    public ProjectViews.Detail update(@PathParam("id") long id, ProjectInput input, @QueryParam("lang") String lang) {
        return projects.update(id, input, language(lang));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Delete a project (administrators, field offices of a recipient country, the donor that recorded it)")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        projects.delete(id, version);
        return Response.noContent().build();
    }

    // ---- partners ----

    @GET
    @Path("{id: [0-9]+}/partners")
    @Operation(summary = "The project's partners")
    public List<ProjectViews.PartnerView> partners(@PathParam("id") long id) {
        return get(id, null).partners();
    }

    @POST
    @Path("{id: [0-9]+}/partners")
    @Operation(summary = "Add a partner")
    public Response addPartner(@PathParam("id") long id, ProjectParts.PartnerInput input, @QueryParam("version") Long version,
            @Context UriInfo uri) {
        ProjectViews.Detail d = projects.addPartner(id, input, version, Language.EN);
        return created(uri, d, d.partners().get(d.partners().size() - 1).id());
    }

    @PUT
    @Path("{id: [0-9]+}/partners/{partnerId: [0-9]+}")
    @Operation(summary = "Change a partner")
    public ProjectViews.Detail changePartner(@PathParam("id") long id, @PathParam("partnerId") long partnerId,
            ProjectParts.PartnerInput input, @QueryParam("version") Long version) {
        return projects.changePartner(id, partnerId, input, version, Language.EN);
    }

    @DELETE
    @Path("{id: [0-9]+}/partners/{partnerId: [0-9]+}")
    @Operation(summary = "Remove a partner")
    public ProjectViews.Detail removePartner(@PathParam("id") long id, @PathParam("partnerId") long partnerId,
            @QueryParam("version") Long version) {
        return projects.removePartner(id, partnerId, version, Language.EN);
    }

    // ---- components ----

    @GET
    @Path("{id: [0-9]+}/components")
    @Operation(summary = "The project's components with their training events and items")
    public List<ProjectViews.ComponentView> components(@PathParam("id") long id) {
        return get(id, null).components();
    }

    @POST
    @Path("{id: [0-9]+}/components")
    @Operation(summary = "Add a technical, material or training component")
    public Response addComponent(@PathParam("id") long id, ProjectParts.ComponentInput input, @QueryParam("version") Long version,
            @Context UriInfo uri) {
        ProjectViews.Detail d = projects.addComponent(id, input, version, Language.EN);
        return created(uri, d, d.components().stream().mapToLong(ProjectViews.ComponentView::id).max().orElseThrow());
    }

    @DELETE
    @Path("{id: [0-9]+}/components/{componentId: [0-9]+}")
    @Operation(summary = "Remove a component with its events or items")
    public ProjectViews.Detail removeComponent(@PathParam("id") long id, @PathParam("componentId") long componentId,
            @QueryParam("version") Long version) {
        return projects.removeComponent(id, componentId, version, Language.EN);
    }

    @POST
    @Path("{id: [0-9]+}/components/{componentId: [0-9]+}/events")
    @Operation(summary = "Add a training event to a training component")
    public Response addEvent(@PathParam("id") long id, @PathParam("componentId") long componentId, ProjectParts.EventInput input,
            @QueryParam("version") Long version, @Context UriInfo uri) {
        ProjectViews.Detail d = projects.addEvent(id, componentId, input, version, Language.EN);
        return created(uri, d, component(d, componentId).events().stream().mapToLong(ProjectViews.EventView::id).max().orElseThrow());
    }

    @DELETE
    @Path("{id: [0-9]+}/components/{componentId: [0-9]+}/events/{eventId: [0-9]+}")
    @Operation(summary = "Remove a training event")
    public ProjectViews.Detail removeEvent(@PathParam("id") long id, @PathParam("componentId") long componentId,
            @PathParam("eventId") long eventId, @QueryParam("version") Long version) {
        return projects.removeEvent(id, componentId, eventId, version, Language.EN);
    }

    @POST
    @Path("{id: [0-9]+}/components/{componentId: [0-9]+}/items")
    @Operation(summary = "Add equipment, a construction or a renovation to a material component")
    public Response addItem(@PathParam("id") long id, @PathParam("componentId") long componentId, ProjectParts.ItemInput input,
            @QueryParam("version") Long version, @Context UriInfo uri) {
        ProjectViews.Detail d = projects.addItem(id, componentId, input, version, Language.EN);
        return created(uri, d, component(d, componentId).items().stream().mapToLong(ProjectViews.ItemView::id).max().orElseThrow());
    }

    @DELETE
    @Path("{id: [0-9]+}/components/{componentId: [0-9]+}/items/{itemId: [0-9]+}")
    @Operation(summary = "Remove an item")
    public ProjectViews.Detail removeItem(@PathParam("id") long id, @PathParam("componentId") long componentId,
            @PathParam("itemId") long itemId, @QueryParam("version") Long version) {
        return projects.removeItem(id, componentId, itemId, version, Language.EN);
    }

    @POST
    @Path("{id: [0-9]+}/components/{componentId: [0-9]+}/items/{itemId: [0-9]+}/checks")
    @Operation(summary = "Record a dated operational check of an item (working or not)")
    public ProjectViews.Detail addCheck(@PathParam("id") long id, @PathParam("componentId") long componentId,
            @PathParam("itemId") long itemId, ProjectParts.CheckInput input, @QueryParam("version") Long version) {
        return projects.addCheck(id, componentId, itemId, input, version, Language.EN);
    }

    // ---- money ----

    @GET
    @Path("{id: [0-9]+}/transactions")
    @Operation(summary = "The project's transactions with their USD values and rates")
    public List<ProjectViews.TransactionView> transactions(@PathParam("id") long id) {
        return get(id, null).transactions();
    }

    @POST
    @Path("{id: [0-9]+}/transactions")
    @Operation(summary = "Add a transaction; its USD value uses the annual average rate of its year")
    public Response addTransaction(@PathParam("id") long id, ProjectParts.TransactionInput input, @QueryParam("version") Long version,
            @Context UriInfo uri) {
        ProjectViews.Detail d = projects.addTransaction(id, input, version, Language.EN);
        return created(uri, d, d.transactions().stream().mapToLong(ProjectViews.TransactionView::id).max().orElseThrow());
    }

    @DELETE
    @Path("{id: [0-9]+}/transactions/{transactionId: [0-9]+}")
    @Operation(summary = "Remove a transaction")
    public ProjectViews.Detail removeTransaction(@PathParam("id") long id, @PathParam("transactionId") long transactionId,
            @QueryParam("version") Long version) {
        return projects.removeTransaction(id, transactionId, version, Language.EN);
    }

    @POST
    @Path("{id: [0-9]+}/budgets")
    @Operation(summary = "Add a budget for a period of at most a year")
    public Response addBudget(@PathParam("id") long id, ProjectParts.BudgetInput input, @QueryParam("version") Long version,
            @Context UriInfo uri) {
        ProjectViews.Detail d = projects.addBudget(id, input, version, Language.EN);
        return created(uri, d, d.budgets().size() - 1);
    }

    @DELETE
    @Path("{id: [0-9]+}/budgets/{index: [0-9]+}")
    @Operation(summary = "Remove a budget (by its position)")
    public ProjectViews.Detail removeBudget(@PathParam("id") long id, @PathParam("index") int index, @QueryParam("version") Long version) {
        return projects.removeBudget(id, index, version, Language.EN);
    }

    // ---- results ----

    @GET
    @Path("{id: [0-9]+}/results")
    @Operation(summary = "The project's result indicators with their periods")
    public List<ProjectViews.IndicatorView> results(@PathParam("id") long id) {
        return get(id, null).results();
    }

    @POST
    @Path("{id: [0-9]+}/results")
    @Operation(summary = "Add a result indicator")
    public Response addIndicator(@PathParam("id") long id, ProjectParts.IndicatorInput input, @QueryParam("version") Long version,
            @Context UriInfo uri) {
        ProjectViews.Detail d = projects.addIndicator(id, input, version, Language.EN);
        return created(uri, d, d.results().stream().mapToLong(ProjectViews.IndicatorView::id).max().orElseThrow());
    }

    @POST
    @Path("{id: [0-9]+}/results/{indicatorId: [0-9]+}/periods")
    @Operation(summary = "Add a period with a target and an actual")
    public ProjectViews.Detail addPeriod(@PathParam("id") long id, @PathParam("indicatorId") long indicatorId, ProjectParts.PeriodInput input,
            @QueryParam("version") Long version) {
        return projects.addPeriod(id, indicatorId, input, version, Language.EN);
    }

    @DELETE
    @Path("{id: [0-9]+}/results/{indicatorId: [0-9]+}")
    @Operation(summary = "Remove a result indicator")
    public ProjectViews.Detail removeIndicator(@PathParam("id") long id, @PathParam("indicatorId") long indicatorId,
            @QueryParam("version") Long version) {
        return projects.removeIndicator(id, indicatorId, version, Language.EN);
    }

    // ---- needs ----

    @GET
    @Path("{id: [0-9]+}/needs")
    @Operation(summary = "The needs the project answers, with their current status")
    public List<ProjectViews.LinkView> needs(@PathParam("id") long id) {
        return get(id, null).needs();
    }

    @GET
    @Path("{id: [0-9]+}/needs/candidates")
    @Operation(summary = "Needs of the recipient countries' shared or validated assessments that the project could answer")
    public List<ProjectViews.Candidate> candidates(@PathParam("id") long id) {
        return projects.candidates(id, Language.EN);
    }

    @POST
    @Path("{id: [0-9]+}/needs")
    @Operation(summary = "Link needs the project answers (all or none); their status follows")
    public ProjectViews.Detail linkNeeds(@PathParam("id") long id, List<ProjectParts.NeedLinkInput> input, @QueryParam("version") Long version) {
        return projects.linkNeeds(id, input, version, Language.EN);
    }

    @DELETE
    @Path("{id: [0-9]+}/needs/{needId: [0-9]+}")
    @Operation(summary = "Unlink a need; its status follows")
    public ProjectViews.Detail unlinkNeed(@PathParam("id") long id, @PathParam("needId") long needId, @QueryParam("version") Long version) {
        return projects.unlinkNeed(id, needId, version, Language.EN);
    }

    private static Response created(UriInfo uri, ProjectViews.Detail detail, long partId) {
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(partId)).build()).entity(detail).build();
    }

    private static ProjectViews.ComponentView component(ProjectViews.Detail d, long componentId) {
        return d.components().stream().filter(c -> c.id() == componentId).findFirst().orElseThrow();
    }

    private static Language language(String lang) {
        QueryParameters p = new QueryParameters();
        Language language = p.language("lang", lang);
        p.check();
        return language;
    }
}
