package org.tatracker.iati.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatracker.country.entity.Country;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.entity.Language;
import org.tatracker.i18n.entity.LocalizedName;
import org.tatracker.platform.entity.Money;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.ImportSource;
import org.tatracker.project.entity.Partner;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.Project;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.Transaction;
import org.tatracker.project.entity.UsdValue;
import org.tatracker.security.entity.Organisation;
import org.tatracker.security.entity.OrganisationKind;

/** The importer's plan over the four real files and over hand-made activities. */
class ImportPlanTest {

    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    final Organisation office = new Organisation("UNODC test office", OrganisationKind.FIELD_OFFICE, null);
    final ImportSource source = new ImportSource("sample.xml", "XM-TEST", "Test publisher", AT, "fo-test");

    /** Every ISO code but XK is in the "register"; rates: 1 USD = 0.9 EUR = 0.8 GBP, for every year. */
    static final class Register implements ImportPlan.Lookups {
        final Map<String, Country> countries = new HashMap<>();

        @Override
        public Country country(String iso2) {
            if (iso2.equals("XK")) {
                return null;
            }
            return countries.computeIfAbsent(iso2, c -> new Country(String.format("%03d", countries.size() + 1), c, c + "X", M49Area.NONE,
                    new LocalizedName(Map.of(Language.EN, c))));
        }

        @Override
        public boolean sdgTarget(String code) {
            return code.startsWith("16.") || code.equals("5.2");
        }

        @Override
        public Optional<UsdValue> usd(Money value, LocalDate date) {
            Map<String, String> rates = Map.of("USD", "1", "EUR", "0.9", "GBP", "0.8");
            return Optional.ofNullable(rates.get(value.currency())).map(r -> UsdValue.convert(value.amount(), new BigDecimal(r), date.getYear()));
        }
    }

    final Register register = new Register();

    static ActivityReader.Result read(String sample) throws IOException {
        try (InputStream in = ImportPlanTest.class.getResourceAsStream("/iati/samples/" + sample)) {
            return new ActivityReader(OfficialCodelists.INSTANCE).read(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ActivityReaderSamplesTest.UNDP, ActivityReaderSamplesTest.AECID, ActivityReaderSamplesTest.MULTI,
            ActivityReaderSamplesTest.GDI})
    void everyActivityOfTheRealFilesBecomesAProjectWithItsMoney(String sample) throws IOException {
        ActivityReader.Result r = read(sample);
        for (ImportedActivity a : r.activities()) {
            ImportPlan plan = ImportPlan.of(a, register);
            Project p = plan.create(office, source, "fo-test", AT);
            assertNotNull(p, () -> a.iatiIdentifier() + ": " + plan.problems());
            assertTrue(plan.storable());
            assertEquals(a.iatiIdentifier(), p.iatiIdentifier());
            assertEquals(a.title().length() > 300 ? null : a.title().strip(), p.title());
            assertEquals(a.countries().stream().map(s -> s.code() + "X").sorted().toList(),
                    p.countries().stream().map(c -> c.country().iso3()).sorted().toList());
            assertEquals(a.sectors().stream().map(ImportedActivity.Share::code).sorted().toList(),
                    p.sectors().stream().map(s -> s.code()).sorted().toList());
            assertEquals(totals(a), totals(p), a.iatiIdentifier());
            assertEquals(ImportPlan.facts(p), ImportPlan.facts(ImportPlan.of(a, register).create(office, source, "fo-test", AT)),
                    "planning the same activity twice gives the same facts");
        }
    }

    static Map<String, Map<String, BigDecimal>> totals(ImportedActivity a) {
        Map<String, Map<String, BigDecimal>> t = new TreeMap<>();
        a.transactions().stream().filter(x -> List.of("1", "2", "3", "4", "11").contains(x.type())).forEach(x -> t
                .computeIfAbsent(x.type(), k -> new TreeMap<>()).merge(x.currency(), x.amount().stripTrailingZeros(), BigDecimal::add));
        return t;
    }

    static Map<String, Map<String, BigDecimal>> totals(Project p) {
        Map<String, Map<String, BigDecimal>> t = new TreeMap<>();
        p.transactions().forEach(x -> t.computeIfAbsent(x.type().iatiCode(), k -> new TreeMap<>()).merge(x.value().currency(),
                x.value().amount().stripTrailingZeros(), BigDecimal::add));
        return t;
    }

    @Test
    void aecidCountriesWinOverRegionsAndSectorsAreSharedOutAgain() throws IOException {
        ActivityReader.Result r = read(ActivityReaderSamplesTest.AECID);
        ImportedActivity haiti = r.activities().get(0);
        ImportPlan plan = ImportPlan.of(haiti, register);
        Project p = plan.create(office, source, "fo-test", AT);
        assertEquals(List.of("HTX 100"), p.countries().stream().map(c -> c.country().iso3() + " " + c.percentage().stripTrailingZeros()
                .toPlainString()).toList());
        assertNull(p.recipientRegion());
        assertEquals(List.of("15170 25", "31120 25", "31161 25", "32161 25"), p.sectors().stream().map(s -> s.code() + " "
                + s.percentage().stripTrailingZeros().toPlainString()).sorted().toList());
        List<String> reasons = plan.problems().stream().map(Problem::reason).toList();
        assertTrue(reasons.stream().anyMatch(x -> x.startsWith("the tracker records recipient countries or a region, not both: the "
                + "countries are kept, region(s) 389 left out")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(x -> x.startsWith("the percentages of the DAC sectors are shared out again to total 100: 25.00")),
                reasons::toString);
        assertTrue(plan.problems().stream().noneMatch(Problem::blocking));
        assertEquals("ES-DIR3-EA0035768", p.reportingOrgRef());
        assertEquals("Z02-20-P1-01700", p.ownCode());
    }

    @Test
    void gdiHubCountriesBesideRegionsAreScaledToHundredInProportion() throws IOException {
        ImportedActivity a = read(ActivityReaderSamplesTest.GDI).activities().get(0);
        Project p = ImportPlan.of(a, register).create(office, source, "fo-test", AT);
        assertEquals(6, p.countries().size());
        assertEquals(new BigDecimal("100.00"), p.countries().stream().map(c -> c.percentage()).reduce(BigDecimal.ZERO, BigDecimal::add));
        Map<String, String> shares = p.countries().stream().collect(Collectors.toMap(c -> c.country().iso2(), c -> c.percentage()
                .toPlainString()));
        assertEquals(Map.of("KE", "25.00", "BD", "25.00", "PH", "12.50", "IN", "12.50", "CM", "12.50", "GM", "12.50"), shares,
                "10, 10, 5, 5, 5, 5 of 40 (the regions' 60 left out)");
        assertTrue(p.sectors().isEmpty(), "only an SDG goal vocabulary, which the tracker does not keep: no DAC sector");
        assertFalse(p.hasKind(ComponentKind.TECHNICAL), "C01 makes no component");
    }

    @Test
    void undpNegativeTransactionsStayAsCorrectionsAndReduceTheUsdTotals() throws IOException {
        ImportedActivity first = read(ActivityReaderSamplesTest.UNDP).activities().get(0);
        Project p = ImportPlan.of(first, register).create(office, source, "fo-test", AT);
        assertTrue(p.transactions().stream().anyMatch(t -> t.value().amount().signum() < 0));
        assertEquals(new BigDecimal("2150489.00"), p.disbursedUsd(), "62,616 disbursed + 2,087,873 spent, net of corrections");
        assertEquals(new BigDecimal("3184523.00"), p.committedUsd());
        assertEquals(5, p.transactions().stream().map(Transaction::type).distinct().count(), "types 1, 2, 3, 4 and 11");
    }

    @Test
    void anActivityWithNoCountryTheTrackerKnowsAndNoRegionIsRefused() {
        ImportedActivity a = activity(List.of(new ImportedActivity.Share("XK", null)), List.of());
        ImportPlan plan = ImportPlan.of(a, register);
        assertFalse(plan.storable());
        assertNull(plan.create(office, source, "fo-test", AT));
        assertEquals(List.of("/iati-activities/iati-activity[1]/recipient-country"), plan.problems().stream().filter(Problem::blocking)
                .map(Problem::path).toList());
        assertTrue(plan.problems().stream().anyMatch(p -> !p.blocking() && p.reason().contains("XK is not in the tracker's country register")));
    }

    @Test
    void ofSeveralRegionsTheLargestShareIsKept() {
        ImportedActivity a = activity(List.of(), List.of(new ImportedActivity.Share("298", new BigDecimal("40")),
                new ImportedActivity.Share("589", new BigDecimal("60"))));
        ImportPlan plan = ImportPlan.of(a, register);
        Project p = plan.create(office, source, "fo-test", AT);
        assertEquals("589", p.recipientRegion());
        assertTrue(plan.problems().stream().anyMatch(x -> x.reason().equals("the tracker records one recipient region: 589 (the largest "
                + "share) is kept, 298 left out")), plan.problems()::toString);
    }

    @Test
    void aReimportReplacesWhatIatiCarriesAndKeepsWhatTheTrackerAdded() {
        ImportedActivity a = activity(List.of(new ImportedActivity.Share("MZ", null)), List.of());
        Project p = ImportPlan.of(a, register).create(office, source, "fo-test", AT);
        p.addComponent(ComponentKind.MATERIAL, "Forensic laboratory equipment", null, null);
        Partner funder = p.partners().get(0);
        p.changePartner(funder, new Partner.Facts(funder.name(), funder.organisationType(), register.country("BR"), funder.iatiRef(),
                funder.role(), SscRole.PROVIDER, null, List.of()));
        Map<String, String> before = ImportPlan.facts(p);

        ImportPlan same = ImportPlan.of(a, register);
        assertEquals(List.of(), ImportPlan.changed(before, ImportPlan.facts(same.create(office, source, "fo-test", AT))),
                "an SSC role the tracker added is no change");

        ImportedActivity later = new ImportedActivity(a.iatiIdentifier(), a.reportingOrg(), a.defaultLanguage(), a.defaultCurrency(),
                "New title", a.description(), "3", a.plannedStart(), a.actualStart(), a.plannedEnd(), a.actualEnd(), a.countries(),
                a.regions(), a.sectors(), a.sdgTargets(), a.policyMarkers(), a.collaborationType(), a.defaultAidTypes(), a.participatingOrgs(),
                a.budgets(), List.of(a.transactions().get(0)), a.results(), a.documents(), a.path());
        ImportPlan plan = ImportPlan.of(later, register);
        assertEquals(List.of("title", "status", "transactions"), ImportPlan.changed(before, ImportPlan.facts(plan.create(office, source,
                "fo-test", AT))));
        ImportSource again = new ImportSource("later.xml", "XM-TEST", "Test publisher", AT.plusSeconds(60), "fo-test");
        assertTrue(plan.applyTo(p, again), plan.problems()::toString);
        assertEquals("New title", p.title());
        assertEquals(1, p.transactions().size());
        assertEquals(SscRole.PROVIDER, p.partners().get(0).sscRole(), "the matching partner keeps its SSC role");
        assertTrue(p.hasKind(ComponentKind.MATERIAL), "components are the tracker's");
        assertEquals("later.xml", p.source().file());
    }

    static ImportedActivity activity(List<ImportedActivity.Share> countries, List<ImportedActivity.Share> regions) {
        List<ImportedActivity.Transaction> tx = new ArrayList<>();
        tx.add(new ImportedActivity.Transaction(null, "2", LocalDate.of(2025, 3, 1), new BigDecimal("1000"), "EUR", null, null, null, null,
                null, null));
        tx.add(new ImportedActivity.Transaction(null, "3", LocalDate.of(2025, 4, 1), new BigDecimal("400"), "EUR", null, null, null, null,
                null, null));
        return new ImportedActivity("XM-TEST-1", new ImportedActivity.Organisation("XM-TEST", "40", "Test publisher"), "en", "EUR",
                "Court case management", "Courts", "2", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2027, 12, 31), null,
                countries, regions, List.of(new ImportedActivity.Share("15130", null)), List.of("16.3"), List.of(), "1", List.of("D02"),
                List.of(new ImportedActivity.Participant("Donor ministry", "XM-DONOR", "10", "1")), List.of(), tx, List.of(), List.of(),
                "/iati-activities/iati-activity[1]");
    }

    @Test
    void sharesAreSharedOutInHundredthsThatTotalExactlyHundred() {
        assertEquals(List.of(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33")),
                Shares.of(java.util.Arrays.asList(null, null, null)));
        assertEquals(List.of(new BigDecimal("50.00"), new BigDecimal("50.00")), Shares.of(List.of(new BigDecimal("100"), new BigDecimal("100"))));
        assertEquals(List.of(new BigDecimal("25.00"), new BigDecimal("75.00")), Shares.of(List.of(new BigDecimal("10"), new BigDecimal("30"))));
        assertEquals(List.of(new BigDecimal("60.50"), new BigDecimal("39.50")), Shares.of(List.of(new BigDecimal("60.5"), new BigDecimal("39.5"))),
                "storable as given");
        List<BigDecimal> tiny = Shares.of(List.of(new BigDecimal("0.0001"), new BigDecimal("99.9999")));
        assertEquals(List.of(new BigDecimal("0.01"), new BigDecimal("99.99")), tiny, "never below the smallest storable share");
        assertEquals(List.of(new BigDecimal("100.00")), Shares.of(java.util.Arrays.asList((BigDecimal) null)));
        assertEquals(new BigDecimal("100.00"), Shares.of(java.util.Collections.nCopies(7, null)).stream().reduce(BigDecimal.ZERO,
                BigDecimal::add));
    }
}
