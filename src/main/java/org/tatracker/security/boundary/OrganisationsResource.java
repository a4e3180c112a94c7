package org.tatracker.security.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.platform.boundary.QueryParameters;
import org.tatracker.security.entity.OrganisationKind;

@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Field offices, donors and governments whose people hold accounts")
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    /** An organisation to create. */
    public record OrganisationInput(String name, String kind, String countryIso3) {
    }

    @GET
    @Operation(summary = "All organisations (anyone signed in)")
    public List<OrganisationView> all() {
        return organisations.all();
    }

    @POST
    @Operation(summary = "Create an organisation (administrators)")
    public Response create(OrganisationInput input, @Context UriInfo uri) {
        QueryParameters p = new QueryParameters();
        OrganisationKind kind = input == null ? null : p.choice("kind", input.kind(), OrganisationKind.class, null);
        p.check();
        OrganisationView created = organisations.create(input == null ? null : input.name(), kind, input == null ? null : input.countryIso3());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }
}
