package org.tatracker.country.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tatracker.country.control.CountryQuery;
import org.tatracker.country.control.CountryView;
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.boundary.Page;
import org.tatracker.platform.boundary.QueryParameters;
import org.tatracker.platform.boundary.ResourceNotFoundException;

@Path("countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Countries", description = "The UN M49 country register with its dated classifications")
public class CountriesResource {

    @Inject
    Countries countries;

    @GET
    @Operation(summary = "Countries and areas, filtered, sorted and paged")
    @APIResponse(responseCode = "200", description = "One page of countries")
    @APIResponse(responseCode = "400", description = "A parameter was refused; the problem names it")
    public Page<CountryView> list(
            @Parameter(description = "M49 region code, e.g. 002 Africa") @QueryParam("region") String region,
            @Parameter(description = "M49 sub-region code, e.g. 202") @QueryParam("subRegion") String subRegion,
            @Parameter(description = "true or false") @QueryParam("ldc") String ldc,
            @Parameter(description = "true or false") @QueryParam("lldc") String lldc,
            @Parameter(description = "true or false") @QueryParam("sids") String sids,
            @Parameter(description = "true or false") @QueryParam("globalSouth") String globalSouth,
            @Parameter(description = "Part of the name (in lang or English) or an ISO alpha-3 code") @QueryParam("q") String text,
            @Parameter(description = "ar, zh, en, fr, ru or es: the language of `name`, search and sort") @QueryParam("lang") String lang,
            @Parameter(description = "name, iso3, m49, region or sub_region") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc") @QueryParam("dir") String direction,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("size") String size) {
        QueryParameters p = new QueryParameters();
        CountryQuery query = new CountryQuery(
                p.matching("region", region, "\\d{3}", "m49Code"),
                p.matching("subRegion", subRegion, "\\d{3}", "m49Code"),
                p.bool("ldc", ldc), p.bool("lldc", lldc), p.bool("sids", sids), p.bool("globalSouth", globalSouth),
                text,
                p.language("lang", lang),
                p.choice("sort", sort, CountryQuery.Sort.class, CountryQuery.Sort.NAME),
                p.choice("dir", direction, Direction.class, Direction.ASC) == Direction.DESC,
                p.integer("page", page, 0, 0, Integer.MAX_VALUE / CountryQuery.MAX_SIZE),
                p.integer("size", size, 50, 1, CountryQuery.MAX_SIZE));
        p.check();
        return countries.list(query);
    }

    @GET
    @Path("{iso3}")
    @Operation(summary = "One country or area by its ISO alpha-3 code")
    @APIResponse(responseCode = "200", description = "The country")
    @APIResponse(responseCode = "404", description = "No country has that code")
    public CountryView get(@PathParam("iso3") String iso3, @QueryParam("lang") String lang) {
        QueryParameters p = new QueryParameters();
        Language language = p.language("lang", lang);
        p.check();
        return countries.find(iso3, language)
                .orElseThrow(() -> new ResourceNotFoundException("noCountry", iso3));
    }

    enum Direction {
        ASC, DESC
    }
}
