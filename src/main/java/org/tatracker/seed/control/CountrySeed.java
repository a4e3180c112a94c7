package org.tatracker.seed.control;

import java.util.Map;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.entity.Language;

/**
 * A country or area as read from the reference files, before it is stored.
 *
 * @param m49Developing the historical UNSD flag; {@code null} where the older file has no value
 */
public record CountrySeed(String m49, String iso2, String iso3, M49Area.Unit region, M49Area.Unit subRegion,
        M49Area.Unit intermediateRegion, Map<Language, String> names, boolean ldc, boolean lldc, boolean sids,
        Boolean m49Developing) {

    public M49Area area() {
        return new M49Area(region, subRegion, intermediateRegion);
    }
}
