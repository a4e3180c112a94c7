package org.tatracker.seed.control;

import java.time.LocalDate;
import java.util.List;

/**
 * Every seed file the application loads, under {@code seeds/} on the class path (the repository's
 * {@code seeds/} folder). A test checks that this catalogue and the folder list the same files.
 */
public final class SeedCatalog {

    /** Date of the UNSD M49 table: the as-of date of the LDC, LLDC, SIDS and UNCTAD classifications. */
    public static final LocalDate M49_AS_OF = LocalDate.of(2024, 9, 25);
    /** Date of the country-codes snapshot that still carries UNSD's developed/developing column. */
    public static final LocalDate M49_DEVELOPING_AS_OF = LocalDate.of(2020, 10, 15);

    public static final String M49_SOURCE = "UNSD M49 standard, 2024-09 download (datasets/country-codes tmp/UNSD-en.csv @25c1991)";
    public static final String UNCTAD_SOURCE = "UNCTAD developing-economy grouping (domain reference §2.5) applied to the UNSD M49 regions of 2024-09";
    public static final String M49_DEVELOPING_SOURCE = "UNSD M49 'Developed / Developing Countries' column as of 2020-10-15 (datasets/country-codes data/country-codes.csv @4b783b0)";

    /** Our own code lists, in {@code seeds/codelists/NAME.csv}. */
    public static final List<OwnList> OWN_LISTS = List.of(
            new OwnList("cjat_tool", "cjat_tool", "UNODC Criminal Justice Assessment Toolkit, sectors and tools (domain reference §1.1)"),
            new OwnList("congress_topic", "congress_topic", "Fifteenth Crime Congress agenda items and workshops (discussion guide; domain reference §4.4)"),
            new OwnList("dac_purpose", "dac_purpose", "DAC/CRS purpose codes 151xx, 152xx and 16063 (IATI Sector codelist @7aeece7)"),
            new OwnList("sdg_target", "sdg_target", "SDG targets of goal 16, 5.2 and 17.3/17.6/17.9/17.15 (IATI UNSDG-Targets @7aeece7)"),
            new OwnList("sdg_indicator", "sdg_indicator", "SDG indicators of those targets (domain reference §2.4, §4.2)"),
            new OwnList("sn_cluster", "sn_cluster", "Clusters of the UN standards and norms in crime prevention and criminal justice (domain reference §4.3)"),
            new OwnList("convention", "convention", "Conventions and protocols: UNTOC and protocols, UNCAC, drug conventions, universal counter-terrorism instruments"),
            new OwnList("assessment_method", "assessment_method", "Needs-assessment methods (domain reference §1.3)"),
            new OwnList("target_institution", "target_institution", "Criminal justice institutions a need or project targets (TA Tracker)"),
            new OwnList("target_group", "target_group", "Groups of people a need or project targets (TA Tracker)"));

    /** Official IATI codelists, in {@code seeds/iati-codelists/NAME.xml}; the list is named as in the file. */
    public static final List<String> IATI_LISTS = List.of(
            "ActivityDateType", "ActivityStatus", "AidType", "AidTypeVocabulary", "BudgetType", "CollaborationType",
            "Currency", "DocumentCategory", "FinanceType", "FlowType", "IndicatorMeasure", "OrganisationRole",
            "OrganisationType", "PolicyMarker", "PolicySignificance", "Region", "ResultType", "Sector",
            "SectorVocabulary", "TiedStatus", "TransactionType", "UNSDG-Targets");

    /** Annual average exchange rates, national currency units per USD (seeds/README.md names the series). */
    public static final String RATES_FILE = "rates/exchange_rates.csv";
    public static final String RATES_SOURCE = "Annual averages, LCU per USD (World Bank WDI PA.NUS.FCRF / IMF IFS; EUR from ECB), "
            + "transcribed for TA Tracker: seeds/README.md";

    public static final String IATI_SOURCE = "IATI codelist %s, version 2.03 (IATI/IATI-Codelists @75e827b, IATI/IATI-Codelists-NonEmbedded @7aeece7)";

    private SeedCatalog() {
    }

    /** A CSV code list: the list's name in the application, its file, and where its content comes from. */
    public record OwnList(String name, String file, String source) {
        public String path() {
            return "codelists/" + file + ".csv";
        }
    }

    public static String iatiPath(String list) {
        return "iati-codelists/" + list + ".xml";
    }

    /** Every file of the catalogue, relative to {@code seeds/}. */
    public static List<String> allFiles() {
        List<String> files = new java.util.ArrayList<>();
        files.add(CountryReferenceFiles.M49_FILE);
        files.add(CountryReferenceFiles.NAMES_FILE);
        OWN_LISTS.forEach(l -> files.add(l.path()));
        IATI_LISTS.forEach(l -> files.add(iatiPath(l)));
        files.add(RATES_FILE);
        return files;
    }
}
