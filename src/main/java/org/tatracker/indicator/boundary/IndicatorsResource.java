package org.tatracker.indicator.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.ResourceBundle;
import org.tatracker.indicator.control.DashboardTables;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.i18n.entity.Language;
import org.tatracker.indicator.control.Dashboard;
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
    @Operation(summary = "Every indicator over the projects the filters select (country, region, donor, implementer, modality, kind, "
            + "sector, status, year, q): each with its code, value, numerator and denominator, and the Global South classification "
            + "used with its date")
    public Indicators.Report portfolio(@QueryParam("country") String country, @QueryParam("region") String region,
            @QueryParam("donor") String donor, @QueryParam("implementer") String implementer, @QueryParam("modality") String modality,
            @QueryParam("kind") String kind, @QueryParam("sector") String sector, @QueryParam("status") String status,
            @QueryParam("year") String year, @QueryParam("q") String text) {
        return indicators.portfolio(query(country, region, donor, implementer, modality, kind, sector, status, year, text));
    }

    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole dashboard with the same filters: the indicators and the series behind its charts and tables "
            + "(by year, by country, by modality, by kind, needs coverage by priority, training by modality, funding gaps, "
            + "participations by SSC role)")
    public Dashboard dashboard(@QueryParam("country") String country, @QueryParam("region") String region,
            @QueryParam("donor") String donor, @QueryParam("implementer") String implementer, @QueryParam("modality") String modality,
            @QueryParam("kind") String kind, @QueryParam("sector") String sector, @QueryParam("status") String status,
            @QueryParam("year") String year, @QueryParam("q") String text, @QueryParam("lang") String lang) {
        ProjectQuery q = query(country, region, donor, implementer, modality, kind, sector, status, year, text);
        return indicators.dashboard(q, Language.of(lang == null ? "en" : lang).orElse(Language.EN));
    }

    @GET
    @Path("tables/{table}.{format:csv|xlsx}")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "One table of the dashboard as CSV or XLSX, with the same filters: indicators, by-year, by-country, "
            + "by-modality, by-kind, coverage, training, funding-gaps, participations or unmet-needs; headers in the language "
            + "asked (lang), values machine-readable")
    public Response table(@PathParam("table") String table, @PathParam("format") String format, @QueryParam("country") String country,
            @QueryParam("region") String region, @QueryParam("donor") String donor, @QueryParam("implementer") String implementer,
            @QueryParam("modality") String modality, @QueryParam("kind") String kind, @QueryParam("sector") String sector,
            @QueryParam("status") String status, @QueryParam("year") String year, @QueryParam("q") String text,
            @QueryParam("lang") String lang) {
        QueryParameters p = new QueryParameters();
        DashboardTables.Table which = p.parsed("table", table, DashboardTables.Table::ofFileName, "oneOfNames",
                "indicators, by-year, by-country, by-modality, by-kind, coverage, training, funding-gaps, participations, unmet-needs");
        Language language = p.language("lang", lang);
        ProjectQuery q = ProjectsResource.query(p, country, region, donor, implementer, modality, kind, sector, status, year, text, "start",
                "desc", "0", "1");
        p.check();
        DashboardTables.Sheet sheet = indicators.table(which, q, language);
        ResourceBundle msg = ResourceBundle.getBundle("org.tatracker.i18n.messages", language.locale());
        boolean csv = "csv".equals(format);
        return Response.ok(csv ? DashboardTables.csv(sheet, msg) : DashboardTables.xlsx(sheet, msg), csv ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + which.fileName() + "." + format + "\"").build();
    }

    @GET
    @Path("countries/{iso3}/brief.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The country brief as PDF: the country's indicators, its needs by status and priority, the funding gap, "
            + "the assistance it receives by modality and kind, and its South-South partners (labels in the language asked)")
    public Response countryBrief(@PathParam("iso3") String iso3, @QueryParam("lang") String lang) {
        QueryParameters p = new QueryParameters();
        Language language = p.language("lang", lang);
        String code = p.matching("iso3", iso3, "[A-Za-z]{3}", "iso3166Code");
        p.check();
        return Response.ok(indicators.countryBrief(code.toUpperCase(java.util.Locale.ROOT), language))
                .header("Content-Disposition", "attachment; filename=\"country-brief-" + code.toUpperCase(java.util.Locale.ROOT) + ".pdf\"").build();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static ProjectQuery query(String country, String region, String donor, String implementer, String modality, String kind,
            String sector, String status, String year, String text) {
        QueryParameters p = new QueryParameters();
        ProjectQuery q = ProjectsResource.query(p, country, region, donor, implementer, modality, kind, sector, status, year, text, "start",
                "desc", "0", "1");
        p.check();
        return q;
    }
}
