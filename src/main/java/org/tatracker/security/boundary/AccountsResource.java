package org.tatracker.security.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.tatracker.audit.control.AuditView;
import org.tatracker.platform.boundary.Page;
import org.tatracker.platform.boundary.QueryParameters;
import org.tatracker.platform.boundary.ResourceNotFoundException;

@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Administration of accounts (administrators); an account's owner may read it")
public class AccountsResource {

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "All accounts, paged (administrators)")
    public Page<AccountView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters p = new QueryParameters();
        int pageNumber = p.integer("page", page, 0, 0, 1_000_000);
        int pageSize = p.integer("size", size, 50, 1, 500);
        p.check();
        return accounts.list(pageNumber, pageSize);
    }

    @POST
    @Operation(summary = "Create an account (administrators)")
    public Response create(AccountInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new org.tatracker.platform.boundary.InvalidParameterException("body", "accountRequired");
        }
        AccountView created = accounts.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One account (administrators, or its owner)")
    public AccountView get(@PathParam("id") long id) {
        return accounts.find(id).orElseThrow(() -> new ResourceNotFoundException("noAccount", id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Change an account's name, e-mail, role, scope or enabled flag (administrators); send the version you read")
    public AccountView update(@PathParam("id") long id, AccountInput input) {
        if (input == null) {
            throw new org.tatracker.platform.boundary.InvalidParameterException("body", "accountRequired");
        }
        return accounts.update(id, input);
    }

    @POST
    @Path("{id: [0-9]+}/unlock")
    @Operation(summary = "Lift the lock of an account after failed logins (administrators)")
    public AccountView unlock(@PathParam("id") long id) {
        return accounts.unlock(id);
    }

    @GET
    @Path("{id: [0-9]+}/history")
    @Operation(summary = "The audit trail of an account")
    public List<AuditView> history(@PathParam("id") long id) {
        return accounts.history(id);
    }
}
