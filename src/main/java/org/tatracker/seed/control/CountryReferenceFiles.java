package org.tatracker.seed.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.entity.Language;

/**
 * Joins the two country reference files (see {@code seeds/README.md}):
 * <ul>
 * <li>the UNSD M49 table of 2024-09, which lists the countries and areas, their M49 hierarchy and
 * their LDC, LLDC and SIDS flags;</li>
 * <li>the 2020 "country codes" package, which adds the UNTERM names in the six languages (or the
 * official names for areas UNTERM does not cover) and the historical developed/developing flag.</li>
 * </ul>
 * Every problem of either file is reported at once.
 */
public final class CountryReferenceFiles {

    public static final String M49_FILE = "reference/unsd-m49-en_2024-09.csv";
    public static final String NAMES_FILE = "reference/datasets-country-codes_2020-10-15_with-developed-developing.csv";

    /** UNTERM short names end with the article they take: "France (la)", "Afganistán (el)". */
    private static final Pattern TRAILING_ARTICLE = Pattern.compile("\\s*\\((the|le|la|les|l'|el|los|las)\\)\\s*$");

    private static final Map<Language, String> UNTERM_COLUMN = Map.of(
            Language.AR, "UNTERM Arabic Short", Language.ZH, "UNTERM Chinese Short",
            Language.FR, "UNTERM French Short", Language.RU, "UNTERM Russian Short",
            Language.ES, "UNTERM Spanish Short");
    private static final Map<Language, String> OFFICIAL_COLUMN = Map.of(
            Language.AR, "official_name_ar", Language.ZH, "official_name_cn",
            Language.FR, "official_name_fr", Language.RU, "official_name_ru",
            Language.ES, "official_name_es");

    private CountryReferenceFiles() {
    }

    public static List<CountrySeed> parse(Reader m49Table, Reader namesTable) {
        List<String> problems = new ArrayList<>();
        Map<String, CSVRecord> namesByM49 = new HashMap<>();
        try (CSVParser names = CSVParser.parse(namesTable, header())) {
            for (CSVRecord row : names) {
                String m49 = row.get("M49").strip();
                if (!m49.isEmpty()) {
                    namesByM49.put(m49, row);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(NAMES_FILE + ": unreadable CSV: " + e.getMessage());
        }

        List<CountrySeed> countries = new ArrayList<>();
        Set<String> seenM49 = new HashSet<>();
        Set<String> seenIso3 = new HashSet<>();
        try (CSVParser m49s = CSVParser.parse(m49Table, header())) {
            for (CSVRecord row : m49s) {
                String where = M49_FILE + " row " + (row.getRecordNumber() + 1);
                try {
                    String m49 = row.get("M49 Code").strip();
                    String iso2 = row.get("ISO-alpha2 Code").strip();
                    String iso3 = row.get("ISO-alpha3 Code").strip();
                    String english = row.get("Country or Area").strip();
                    if (!m49.matches("\\d{3}")) {
                        problems.add(where + ", column M49 Code: not 3 digits: '" + m49 + "'");
                        continue;
                    }
                    if (!iso2.matches("[A-Z]{2}")) {
                        problems.add(where + ", column ISO-alpha2 Code: not 2 capital letters: '" + iso2 + "'");
                    }
                    if (!iso3.matches("[A-Z]{3}")) {
                        problems.add(where + ", column ISO-alpha3 Code: not 3 capital letters: '" + iso3 + "'");
                    }
                    if (english.isEmpty()) {
                        problems.add(where + ", column Country or Area: empty");
                    }
                    if (!seenM49.add(m49)) {
                        problems.add(where + ", column M49 Code: duplicate " + m49);
                    }
                    if (!seenIso3.add(iso3)) {
                        problems.add(where + ", column ISO-alpha3 Code: duplicate " + iso3);
                    }
                    M49Area.Unit region = unit(row, "Region Code", "Region Name");
                    M49Area.Unit subRegion = unit(row, "Sub-region Code", "Sub-region Name");
                    M49Area.Unit intermediate = unit(row, "Intermediate Region Code", "Intermediate Region Name");
                    new M49Area(region, subRegion, intermediate);

                    Map<Language, String> localized = new EnumMap<>(Language.class);
                    localized.put(Language.EN, english);
                    CSVRecord more = namesByM49.get(m49);
                    Boolean m49Developing = null;
                    if (more != null) {
                        for (Language language : UNTERM_COLUMN.keySet()) {
                            String name = shortName(more.get(UNTERM_COLUMN.get(language)));
                            if (name.isEmpty()) {
                                name = more.get(OFFICIAL_COLUMN.get(language)).strip();
                            }
                            if (!name.isEmpty()) {
                                localized.put(language, name);
                            }
                        }
                        String developed = more.get("Developed / Developing Countries").strip();
                        if (!developed.isEmpty()) {
                            m49Developing = switch (developed) {
                                case "Developing" -> true;
                                case "Developed" -> false;
                                default -> {
                                    problems.add(NAMES_FILE + " M49 " + m49 + ", column Developed / Developing Countries: unknown value '" + developed + "'");
                                    yield null;
                                }
                            };
                        }
                    }
                    countries.add(new CountrySeed(m49, iso2, iso3, region, subRegion, intermediate, localized,
                            flag(row, "Least Developed Countries (LDC)", where, problems),
                            flag(row, "Land Locked Developing Countries (LLDC)", where, problems),
                            flag(row, "Small Island Developing States (SIDS)", where, problems),
                            m49Developing));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(M49_FILE + ": unreadable CSV: " + e.getMessage());
        }
        if (countries.isEmpty() && problems.isEmpty()) {
            problems.add(M49_FILE + ": no countries");
        }
        if (!problems.isEmpty()) {
            throw new SeedException(M49_FILE, problems);
        }
        return List.copyOf(countries);
    }

    /** "France (la)" becomes "France": the article is for running text, not for lists. */
    public static String shortName(String untermShort) {
        return untermShort == null ? "" : TRAILING_ARTICLE.matcher(untermShort.strip()).replaceFirst("");
    }

    private static CSVFormat header() {
        // The UNSD file starts with a byte-order mark; commons-csv would read it as part of the first header.
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).get();
    }

    private static M49Area.Unit unit(CSVRecord row, String codeColumn, String nameColumn) {
        String code = row.get(codeColumn).strip();
        return code.isEmpty() ? null : new M49Area.Unit(code, row.get(nameColumn).strip());
    }

    private static boolean flag(CSVRecord row, String column, String where, List<String> problems) {
        String value = row.get(column).strip();
        if (!value.isEmpty() && !value.equalsIgnoreCase("x")) {
            problems.add(where + ", column " + column + ": expected 'x' or empty, found '" + value + "'");
        }
        return value.equalsIgnoreCase("x");
    }
}
