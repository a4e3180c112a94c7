package org.tatracker.iati.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tatracker.project.control.ProjectViews;

/**
 * Projects as the read model shows them, built by hand in every shape the IATI writer must handle: technical North-South,
 * triangular with all three component kinds and SSC roles, several countries and currencies, results by sex, a region
 * instead of countries, and a pipeline project with nothing optional.
 */
final class SampleDetails {

    static final String REPORTING_ORG = "XI-TAT-FOMZ";
    static final Instant GENERATED = Instant.parse("2026-03-01T12:00:00Z");
    static final String NORWAY_REF = "NO-BRC-971277882";
    static final String BRAZIL_REF = "BR-CNPJ-00394403000104";
    static final String JAPAN_REF = "XM-DAC-701-8";

    /** ISO 3166-1 alpha-3 to alpha-2, from the JDK's own country table. */
    static final Function<String, String> ISO3_TO_ISO2 = iso3ToIso2();

    private SampleDetails() {
    }

    // ---- the shapes ----

    /** North-South technical assistance to Mozambique funded by Norway: one country, one sector, USD. */
    static Builder technical() {
        return new Builder(1, "MOZ-LEG-1").title("Legal aid for pre-trial detainees").description("Advice to the Legal Aid Institute")
                .status("IMPLEMENTATION").dates(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2025, 2, 1), null)
                .country("MOZ", "Mozambique", "100").sector("15130", "100").modality("NORTH_SOUTH")
                .partner(partner(11, "Norwegian Ministry of Foreign Affairs", "10", "NOR", NORWAY_REF, "FUNDING", null))
                .partner(partner(12, "UNODC Mozambique", "40", null, REPORTING_ORG, "IMPLEMENTING", null))
                .component(new ProjectViews.ComponentView(21, "TECHNICAL", "Legal aid manual", null, "D02", List.of(), List.of()))
                .budget(budget(0, 2025, "1000000", "USD", "ORIGINAL"))
                .transaction(tx(31, "COMMITMENT", "2025-01-15", "1000000", "USD", "Norwegian Ministry of Foreign Affairs", NORWAY_REF, null, null))
                .transaction(tx(32, "DISBURSEMENT", "2025-03-01", "250000.50", "USD", null, null, "Legal Aid Institute", null));
    }

    /**
     * Brazil (first provider) and Japan (facilitator) with Mozambique (recipient): technical, material and training components,
     * non-monetary contributions, theory of change, sustainability, SDG tags and two needs answered.
     */
    static Builder triangular() {
        return new Builder(2, "MOZ-FOR-2").title("Forensic capacity for Mozambique").description("Laboratory, equipment and training")
                .status("IMPLEMENTATION").dates(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30), LocalDate.of(2025, 7, 15), null)
                .country("MOZ", "Mozambique", "100").sector("15130", "60").sector("15210", "40").modality("TRIANGULAR")
                .code("sdg_target", "16.3").code("sdg_target", "G16").code("congress_topic", "ITEM1")
                .marker("1", "1").marker("9", "0")
                .partner(new ProjectViews.PartnerView(41, "Federal Police of Brazil", "10", "BRA", "Brazil", BRAZIL_REF, "IMPLEMENTING",
                        "FIRST_PROVIDER", true, null, List.of(new ProjectViews.ContributionView("EXPERT_DAYS", "Forensic experts", new BigDecimal("120"),
                                new BigDecimal("60000"), "USD"))))
                .partner(new ProjectViews.PartnerView(42, "JICA", "10", "JPN", "Japan", JAPAN_REF, "FUNDING", "FACILITATOR", false, null,
                        List.of()))
                .partner(new ProjectViews.PartnerView(43, "National Criminal Investigation Service", "10", "MOZ", "Mozambique", null,
                        "IMPLEMENTING", "RECIPIENT", true, 7L, List.of(new ProjectViews.ContributionView("IN_KIND", "Laboratory premises", null,
                                new BigDecimal("15000.00"), "MZN"))))
                .component(new ProjectViews.ComponentView(51, "TECHNICAL", "Laboratory procedures", "Standard operating procedures", "D01",
                        List.of(), List.of()))
                .component(new ProjectViews.ComponentView(52, "MATERIAL", "Laboratory equipment", null, null, List.of(),
                        List.of(new ProjectViews.ItemView(61, "DNA sequencer", "EQUIPMENT", new BigDecimal("85000"), "USD",
                                "National Criminal Investigation Service", LocalDate.of(2026, 2, 1), true, "Ministry of the Interior",
                                new BigDecimal("4000"), "USD", Boolean.TRUE,
                                List.of(new ProjectViews.CheckView(LocalDate.of(2026, 8, 1), true, "Working, calibrated"))),
                                new ProjectViews.ItemView(62, "Laboratory renovation", "RENOVATION", null, null, null, null, false, null, null,
                                        null, null, List.of()))))
                .component(new ProjectViews.ComponentView(53, "TRAINING", "Crime scene training", null, null,
                        List.of(new ProjectViews.EventView(71, "Crime scene management", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6),
                                "FACE_TO_FACE", "COURSE", "Police Academy, Maputo", true, false, 12, 18, 0, 30, new BigDecimal("45.5"),
                                new BigDecimal("78"), new BigDecimal("32.5"), 4, 60, new BigDecimal("0.8"),
                                List.of(new ProjectViews.InstitutionView("National Criminal Investigation Service", 30)))),
                        List.of()))
                .budget(budget(0, 2025, "300000", "USD", "ORIGINAL")).budget(budget(1, 2026, "500000", "USD", "REVISED"))
                .transaction(tx(81, "INCOMING_FUNDS", "2025-07-10", "800000", "USD", "JICA", JAPAN_REF, null, null))
                .transaction(tx(82, "COMMITMENT", "2025-07-15", "800000", "USD", "JICA", JAPAN_REF, null, null))
                .transaction(tx(83, "EXPENDITURE", "2026-02-01", "85000", "USD", null, null, "Sequencer supplier", null))
                .theory(new ProjectViews.Theory("Cases fail for lack of forensic evidence", "More cases solved with evidence",
                        "A working laboratory", "Equip, train, mentor", "Staff stay", "Power cuts", true))
                .sustainability(new ProjectViews.SustainabilityView("The service takes over the laboratory", LocalDate.of(2027, 7, 1),
                        "National Criminal Investigation Service", new BigDecimal("50000"), "USD", true, new BigDecimal("20000"), "USD",
                        LocalDate.of(2027, 7, 1), new BigDecimal("40"),
                        List.of(new ProjectViews.Law("Decree 12/2026 on forensic evidence", LocalDate.of(2026, 5, 1)))))
                .need(new ProjectViews.LinkView(91, 9, "Criminal justice assessment Mozambique 2024", "MOZ", 3, "No DNA analysis capacity",
                        "HIGH", "BEING_ADDRESSED", "PARTLY_ADDRESSED", "The laboratory answers half of it", "assessor.one",
                        Instant.parse("2025-07-20T09:30:00Z")))
                .need(new ProjectViews.LinkView(92, 9, "Criminal justice assessment Mozambique 2024", "MOZ", 5, "Untrained first responders",
                        "MEDIUM", "ADDRESSED", "ADDRESSED", null, "assessor.one", Instant.parse("2025-07-20T09:31:00Z")));
    }

    /** Two countries and two sectors in shares, transactions and budgets in EUR, USD and GBP (EUR first: the default). */
    static Builder multiCountry() {
        return new Builder(3, "SADC-PRIS-3").title("Prison reform in southern Africa").description("Prison health and records")
                .status("FINALISATION").dates(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2023, 1, 1),
                        LocalDate.of(2025, 12, 31))
                .country("MOZ", "Mozambique", "60").country("AGO", "Angola", "40").sector("15137", "50").sector("15130", "50")
                .modality("NORTH_SOUTH")
                .partner(partner(101, "European Union", "15", null, "XI-IATI-EC_INTPA", "FUNDING", null))
                .partner(partner(102, "UK Home Office", "10", "GBR", "GB-GOV-2", "FUNDING", null))
                .partner(partner(103, "Prison Service of Angola", "10", "AGO", null, "IMPLEMENTING", null))
                .component(new ProjectViews.ComponentView(111, "TECHNICAL", "Prison records", null, "D02", List.of(), List.of()))
                .budget(budget(0, 2024, "400000", "EUR", "ORIGINAL")).budget(budget(1, 2025, "120000", "USD", "ORIGINAL"))
                .transaction(tx(121, "COMMITMENT", "2023-01-10", "900000", "EUR", "European Union", "XI-IATI-EC_INTPA", null, null))
                .transaction(tx(122, "DISBURSEMENT", "2023-06-01", "300000", "EUR", null, null, null, null))
                .transaction(tx(123, "DISBURSEMENT", "2024-06-01", "250000.25", "EUR", null, null, null, null))
                .transaction(tx(124, "COMMITMENT", "2023-02-01", "150000", "USD", null, null, null, null))
                .transaction(tx(125, "EXPENDITURE", "2024-03-01", "99999.99", "USD", null, null, null, null))
                .transaction(tx(126, "INCOMING_FUNDS", "2023-03-01", "75000", "GBP", "UK Home Office", "GB-GOV-2", null, null))
                .transaction(tx(127, "EXPENDITURE", "2024-09-30", "0.01", "GBP", null, null, null, null));
    }

    /** Results: one indicator by sex with a baseline, one for everyone. */
    static Builder resultsBySex() {
        return technical().id(4).ownCode("MOZ-LEG-4")
                .result(new ProjectViews.IndicatorView(131, "Detainees who received legal aid", "persons", new BigDecimal("150"), 2024, true,
                        List.of(new ProjectViews.PeriodView(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), new BigDecimal("1000"),
                                new BigDecimal("1130"), new BigDecimal("300"), new BigDecimal("700"), new BigDecimal("310"), new BigDecimal("820")),
                                new ProjectViews.PeriodView(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("1200"), null,
                                        new BigDecimal("400"), new BigDecimal("800"), null, null))))
                .result(new ProjectViews.IndicatorView(132, "Legal aid offices opened", "offices", null, null, false,
                        List.of(new ProjectViews.PeriodView(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), new BigDecimal("4"),
                                new BigDecimal("3.5"), null, null, null, null))));
    }

    /** A regional project: IATI Region 289 (South of Sahara, regional) instead of countries. */
    static Builder regional() {
        return new Builder(5, "AFR-TIP-5").title("Regional trafficking-in-persons network").description("West and southern Africa")
                .status("IMPLEMENTATION").dates(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2025, 3, 1), null)
                .region("289").sector("15190", "100").modality("SOUTH_SOUTH")
                .partner(partner(141, "Nigeria Police Force", "10", "NGA", null, "IMPLEMENTING", "PROVIDER"))
                .partner(partner(142, "Ghana Police Service", "10", "GHA", null, "IMPLEMENTING", "RECIPIENT"))
                .component(new ProjectViews.ComponentView(151, "TRAINING", "Joint investigation training", null, null, List.of(), List.of()))
                .transaction(tx(161, "COMMITMENT", "2025-01-20", "200000", "XOF", null, null, null, null));
    }

    /** A pipeline project with nothing optional: no description, partners, sectors, transactions or anything else. */
    static Builder minimal() {
        return new Builder(6, "MOZ-IDEA-6").title("Juvenile justice idea").status("PIPELINE")
                .dates(LocalDate.of(2027, 1, 1), null, null, null).country("MOZ", "Mozambique", "100");
    }

    static List<Builder> all() {
        return List.of(technical(), triangular(), multiCountry(), resultsBySex(), regional(), minimal());
    }

    // ---- parts ----

    static ProjectViews.PartnerView partner(long id, String name, String type, String iso3, String ref, String role, String sscRole) {
        return new ProjectViews.PartnerView(id, name, type, iso3, iso3, ref, role, sscRole, false, null, List.of());
    }

    static ProjectViews.BudgetView budget(int index, int year, String amount, String currency, String type) {
        return new ProjectViews.BudgetView(index, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), new BigDecimal(amount), currency, type);
    }

    static ProjectViews.TransactionView tx(long id, String type, String date, String amount, String currency, String providerName,
            String providerRef, String receiverName, String receiverRef) {
        return new ProjectViews.TransactionView(id, type, LocalDate.parse(date), new BigDecimal(amount), currency, null, null, null,
                providerName, providerRef, receiverName, receiverRef, null);
    }

    private static Function<String, String> iso3ToIso2() {
        Map<String, String> map = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            map.put(new Locale("", iso2).getISO3Country(), iso2);
        }
        return iso3 -> map.get(iso3.toUpperCase(Locale.ROOT));
    }

    /** A {@link ProjectViews.Detail} with sensible defaults; every list starts empty. */
    static final class Builder {
        private long id;
        private String ownCode;
        private String reportingOrgRef = REPORTING_ORG;
        private String ownerName = "UNODC Mozambique";
        private String title;
        private String description;
        private String status;
        private LocalDate plannedStart;
        private LocalDate plannedEnd;
        private LocalDate actualStart;
        private LocalDate actualEnd;
        private final List<ProjectViews.CountryRef> countries = new ArrayList<>();
        private String region;
        private final List<ProjectViews.Share> sectors = new ArrayList<>();
        private final Map<String, List<String>> codes = new LinkedHashMap<>();
        private final List<ProjectViews.Marker> markers = new ArrayList<>();
        private String modality;
        private ProjectViews.Theory theory;
        private ProjectViews.SustainabilityView sustainability;
        private final List<ProjectViews.PartnerView> partners = new ArrayList<>();
        private final List<ProjectViews.ComponentView> components = new ArrayList<>();
        private final List<ProjectViews.BudgetView> budgets = new ArrayList<>();
        private final List<ProjectViews.TransactionView> transactions = new ArrayList<>();
        private final List<ProjectViews.IndicatorView> results = new ArrayList<>();
        private final List<ProjectViews.LinkView> needs = new ArrayList<>();

        Builder(long id, String ownCode) {
            this.id = id;
            this.ownCode = ownCode;
        }

        Builder id(long value) {
            id = value;
            return this;
        }

        Builder ownCode(String value) {
            ownCode = value;
            return this;
        }

        Builder reportingOrg(String ref, String name) {
            reportingOrgRef = ref;
            ownerName = name;
            return this;
        }

        Builder title(String value) {
            title = value;
            return this;
        }

        Builder description(String value) {
            description = value;
            return this;
        }

        Builder status(String value) {
            status = value;
            return this;
        }

        Builder dates(LocalDate plannedStartDate, LocalDate plannedEndDate, LocalDate actualStartDate, LocalDate actualEndDate) {
            plannedStart = plannedStartDate;
            plannedEnd = plannedEndDate;
            actualStart = actualStartDate;
            actualEnd = actualEndDate;
            return this;
        }

        Builder country(String iso3, String name, String percentage) {
            countries.add(new ProjectViews.CountryRef(iso3, name, percentage == null ? null : new BigDecimal(percentage)));
            return this;
        }

        Builder region(String code) {
            region = code;
            return this;
        }

        Builder sector(String code, String percentage) {
            sectors.add(new ProjectViews.Share(code, new BigDecimal(percentage)));
            return this;
        }

        Builder code(String list, String code) {
            codes.computeIfAbsent(list, k -> new ArrayList<>()).add(code);
            return this;
        }

        Builder marker(String code, String significance) {
            markers.add(new ProjectViews.Marker(code, significance));
            return this;
        }

        Builder modality(String value) {
            modality = value;
            return this;
        }

        Builder theory(ProjectViews.Theory value) {
            theory = value;
            return this;
        }

        Builder sustainability(ProjectViews.SustainabilityView value) {
            sustainability = value;
            return this;
        }

        Builder partner(ProjectViews.PartnerView value) {
            partners.add(value);
            return this;
        }

        Builder component(ProjectViews.ComponentView value) {
            components.add(value);
            return this;
        }

        Builder budget(ProjectViews.BudgetView value) {
            budgets.add(value);
            return this;
        }

        Builder transaction(ProjectViews.TransactionView value) {
            transactions.add(value);
            return this;
        }

        Builder result(ProjectViews.IndicatorView value) {
            results.add(value);
            return this;
        }

        Builder need(ProjectViews.LinkView value) {
            needs.add(value);
            return this;
        }

        ProjectViews.Detail build() {
            return new ProjectViews.Detail(id, reportingOrgRef + "-" + ownCode, reportingOrgRef, ownCode, 1L, ownerName, title, description,
                    status, plannedStart, plannedEnd, actualStart, actualEnd, List.copyOf(countries), region, List.copyOf(sectors),
                    Map.copyOf(codes), List.copyOf(markers), modality, theory, sustainability, List.copyOf(partners), List.copyOf(components),
                    List.copyOf(budgets), List.copyOf(transactions), new ProjectViews.Totals(null, null, null, null, 0), List.copyOf(results),
                    List.copyOf(needs), List.of(), true, true, "recorder.one", Instant.parse("2025-01-01T00:00:00Z"), 3, null);
        }
    }
}
