package org.tatracker.security.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My account", description = "The signed-in account: password and API tokens")
public class MeResource {

    @Inject
    Accounts accounts;

    /** A password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** A token to make. */
    public record TokenRequest(String name) {
    }

    @GET
    @Operation(summary = "The signed-in account")
    public AccountView me() {
        return accounts.me();
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change one's own password")
    public Response changePassword(PasswordChange change) {
        accounts.changePassword(change == null ? null : change.currentPassword(), change == null ? null : change.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "One's API tokens (never the tokens themselves)")
    public List<TokenView> tokens() {
        return accounts.tokens();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Make an API token; the answer holds the token, shown this once")
    public Response createToken(TokenRequest request, @Context UriInfo uri) {
        TokenView token = accounts.createToken(request == null ? null : request.name());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(token.id())).build()).entity(token).build();
    }

    @DELETE
    @Path("tokens/{id: [0-9]+}")
    @Operation(summary = "Revoke an API token")
    public Response revoke(@PathParam("id") long id) {
        accounts.revokeToken(id);
        return Response.noContent().build();
    }
}
