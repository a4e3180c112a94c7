package org.tatracker.country.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A country as pages and the API show it: names in the six languages and the one asked for, its
 * M49 place, and its current classifications. {@code globalSouth} is {@code null} for areas the
 * rule does not classify (Antarctica); {@code globalSouthBasis} says which classification decided it.
 */
@JsonbPropertyOrder({"iso3", "iso2", "m49", "name", "names", "region", "subRegion", "intermediateRegion", "ldc", "lldc", "sids",
        "globalSouth", "globalSouthBasis", "classifications"})
public record CountryView(String iso3, String iso2, String m49, String name, Map<String, String> names, Area region,
        Area subRegion, Area intermediateRegion, boolean ldc, boolean lldc, boolean sids, Boolean globalSouth,
        Classification globalSouthBasis, List<Classification> classifications) {

    /** An M49 grouping. */
    public record Area(String code, String name) {
    }

    /** One dated classification fact. */
    public record Classification(String scheme, boolean member, LocalDate asOf, String source) {
    }
}
