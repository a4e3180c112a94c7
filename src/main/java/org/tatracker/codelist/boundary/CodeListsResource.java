package org.tatracker.codelist.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.codelist.control.CodeListView;
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.boundary.QueryParameters;
import org.tatracker.platform.boundary.ResourceNotFoundException;

@Path("codelists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Code lists", description = "IATI 2.03 codelists and TA Tracker's own lists, labelled in the six UN languages")
public class CodeListsResource {

    @Inject
    CodeLists codeLists;

    @GET
    @Operation(summary = "Every code list with its source and number of codes")
    public List<CodeListView> all() {
        return codeLists.all();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One code list with all its codes")
    @APIResponse(responseCode = "200", description = "The list")
    @APIResponse(responseCode = "404", description = "No list has that name")
    public CodeListView get(@PathParam("name") String name, @QueryParam("lang") String lang) {
        QueryParameters p = new QueryParameters();
        Language language = p.language("lang", lang);
        p.check();
        return codeLists.find(name, language)
                .orElseThrow(() -> new ResourceNotFoundException("noCodeList", name));
    }
}
