package org.tatracker.seed.control;

import java.util.Set;

/**
 * UNCTAD's grouping of developing economies (domain reference §2.5), TA Tracker's default Global
 * South rule: Africa; Latin America and the Caribbean; Asia except Israel, Japan and the Republic
 * of Korea; Oceania except Australia and New Zealand. Europe and Northern America are developed.
 * Areas outside every M49 region (Antarctica) are not classified.
 */
public final class GlobalSouthRule {

    static final String AFRICA = "002";
    static final String AMERICAS = "019";
    static final String LATIN_AMERICA_AND_CARIBBEAN = "419";
    static final String ASIA = "142";
    static final String OCEANIA = "009";
    private static final Set<String> DEVELOPED_IN_ASIA = Set.of("ISR", "JPN", "KOR");
    private static final Set<String> DEVELOPED_IN_OCEANIA = Set.of("AUS", "NZL");

    private GlobalSouthRule() {
    }

    /** Whether the rule applies at all: a country needs an M49 region to be classified. */
    public static boolean classifies(CountrySeed country) {
        return country.region() != null;
    }

    public static boolean isDevelopingEconomy(CountrySeed country) {
        if (!classifies(country)) {
            throw new IllegalArgumentException(country.iso3() + " has no M49 region and is not classified");
        }
        String region = country.region().code();
        return switch (region) {
            case AFRICA -> true;
            case AMERICAS -> country.subRegion() != null && LATIN_AMERICA_AND_CARIBBEAN.equals(country.subRegion().code());
            case ASIA -> !DEVELOPED_IN_ASIA.contains(country.iso3());
            case OCEANIA -> !DEVELOPED_IN_OCEANIA.contains(country.iso3());
            default -> false;
        };
    }
}
