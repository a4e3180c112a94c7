package org.tatracker.indicator.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.platform.boundary.QueryParameters;
import org.tatracker.project.boundary.ProjectsResource;
import org.tatracker.project.control.ProjectQuery;

/** The portfolio's indicators with the project list's filters. */
@Path("indicators")
@Tag(name = "Indicators", description = "Computed indicators of the portfolio")
public class IndicatorsResource {

    @Inject
    Indicators indicators;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Needs-based and South-South/triangular indicators over the projects the filters select (country, region, "
            + "donor, implementer, modality, kind, sector, status, year, q): each with its code, value, numerator and denominator, "
            + "and the Global South classification used")
    public Indicators.Report portfolio(@QueryParam("country") String country, @QueryParam("region") String region,
            @QueryParam("donor") String donor, @QueryParam("implementer") String implementer, @QueryParam("modality") String modality,
            @QueryParam("kind") String kind, @QueryParam("sector") String sector, @QueryParam("status") String status,
            @QueryParam("year") String year, @QueryParam("q") String text) {
        QueryParameters p = new QueryParameters();
        ProjectQuery q = ProjectsResource.query(p, country, region, donor, implementer, modality, kind, sector, status, year, text, "start",
                "desc", "0", "1");
        p.check();
        return indicators.portfolio(q);
    }
}
