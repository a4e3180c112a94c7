package org.tatracker.iati.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The four real files of {@code src/test/resources/iati/samples/}. Three read with no problem at all, UNDP's negative transactions
 * included (corrections, kept as such). AECID breaks IATI's percentage rule (a country and a region at 100 % each, several
 * sectors at 100 % each), and the reader must say so exactly, no more, as warnings the importer repairs.
 */
class ActivityReaderSamplesTest {

    static final String UNDP = "undp-100-activities-governance_dportal-103.xml";
    static final String AECID = "aecid-spain-100-activities-governance_dportal-16.xml";
    static final String MULTI = "multi-publisher-7-activities-results-multicurrency.xml";
    static final String GDI = "gdihub-4-activities-multicountry-results.xml";

    private final ActivityReader reader = new ActivityReader(OfficialCodelists.INSTANCE);

    static InputStream sample(String name) {
        InputStream in = ActivityReaderSamplesTest.class.getResourceAsStream("/iati/samples/" + name);
        if (in == null) {
            throw new IllegalStateException("no sample " + name);
        }
        return in;
    }

    ActivityReader.Result read(String name) {
        try (InputStream in = sample(name)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportedActivity find(ActivityReader.Result r, String id) {
        return r.activities().stream().filter(a -> a.iatiIdentifier().equals(id)).findFirst().orElseThrow();
    }

    static Map<String, BigDecimal> grandTotals(ActivityReader.Result r) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (ImportedActivity a : r.activities()) {
            a.totalsByCurrency().forEach((type, byCurrency) -> byCurrency.forEach((currency, sum) -> totals.merge(type + " " + currency, sum,
                    BigDecimal::add)));
        }
        totals.replaceAll((k, v) -> v.stripTrailingZeros());
        return totals;
    }

    static Map<String, BigDecimal> totals(String... typeCurrencyAmount) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < typeCurrencyAmount.length; i += 2) {
            m.put(typeCurrencyAmount[i], new BigDecimal(typeCurrencyAmount[i + 1]).stripTrailingZeros());
        }
        return m;
    }

    @Test
    void gdiHubReadsCompletelyWithoutAProblem() {
        ActivityReader.Result r = read(GDI);
        assertEquals(List.of(), r.problems());
        assertEquals(4, r.activities().size());
        ImportedActivity a = find(r, "GB-COH-11126312-Cluster1");
        assertEquals("AT2030 - Cluster 1: Data and Evidence", a.title());
        assertEquals(new ImportedActivity.Organisation("GB-COH-11126312", "90", "Global Disability Innovation Hub"), a.reportingOrg());
        assertEquals("en", a.defaultLanguage());
        assertEquals("GBP", a.defaultCurrency());
        assertEquals("2", a.status());
        assertEquals(LocalDate.of(2018, 10, 1), a.actualStart());
        assertEquals(LocalDate.of(2024, 8, 31), a.plannedEnd());
        assertEquals(List.of("KE", "BD", "PH", "IN", "CM", "GM"), a.countries().stream().map(ImportedActivity.Share::code).toList());
        assertEquals(new BigDecimal("10"), a.countries().get(0).percentage());
        assertEquals(List.of(new ImportedActivity.Share("298", new BigDecimal("30")), new ImportedActivity.Share("998", new BigDecimal("30"))),
                a.regions());
        assertEquals(List.of(), a.sectors(), "its only sector is of vocabulary 8 (SDG goals), which the tracker does not keep");
        assertEquals(List.of("C01"), a.defaultAidTypes());
        assertEquals(new ImportedActivity.Participant("UK - Foreign & Commonwealth Office", "GB-GOV-3", "10", "1"),
                a.participatingOrgs().stream().filter(p -> p.role().equals("1")).findFirst().orElseThrow());
        assertEquals(Map.of("1", Map.of("GBP", new BigDecimal("1260896.61"))), a.totalsByCurrency());
        assertEquals(23, r.activities().stream().flatMap(x -> x.countries().stream()).map(ImportedActivity.Share::code).distinct().count());
        assertEquals(totals("1 GBP", "8957587.88"), grandTotals(r));
    }

    @Test
    void gdiHubNominalIndicatorsKeepTheirWordsAndUnitIndicatorsTheirNumbers() {
        ImportedActivity a = find(read(GDI), "GB-COH-11126312-Cluster4");
        ImportedActivity.Indicator funding = a.results().stream().flatMap(x -> x.indicators().stream())
                .filter(i -> i.title().equals("Value of matched funding provided through partnerships")).findFirst().orElseThrow();
        assertEquals("3", funding.measure());
        assertEquals("£3,500,000", funding.periods().get(0).target().value());
        assertNull(funding.periods().get(0).target().number());
        ImportedActivity.Indicator tools = a.results().stream().flatMap(x -> x.indicators().stream())
                .filter(i -> i.title().startsWith("Number of strategic tools")).findFirst().orElseThrow();
        assertEquals("1", tools.measure());
        assertEquals(2019, tools.baselineYear());
        assertEquals("0", tools.baselineValue());
        assertEquals(new BigDecimal("35"), tools.periods().get(0).actual().number());
    }

    @Test
    void multiPublisherFileReadsCompletelyWithoutAProblem() {
        ActivityReader.Result r = read(MULTI);
        assertEquals(List.of(), r.problems());
        assertEquals(7, r.activities().size());
        ImportedActivity pax = find(r, "NL-KVK-30214009-C380");
        assertEquals("eng", pax.defaultLanguage(), "kept as the file has it");
        assertEquals("Strengthening Civil Courage – Partnership", pax.title(), "ENG counts as English");
        assertEquals(List.of(), pax.countries());
        assertEquals(List.of("298", "589"), pax.regions().stream().map(ImportedActivity.Share::code).toList());
        assertEquals(List.of("15220", "15180", "15160", "25040"), pax.sectors().stream().map(ImportedActivity.Share::code).toList());
        assertEquals(new BigDecimal("50"), pax.sectors().get(0).percentage());
        ImportedActivity bmz = find(r, "DE-1-202175768-0");
        assertEquals("Reducing Food Insecurity in Selected Communities in the Visayas, phase 2", bmz.title(),
                "the English narrative though German comes first");
        assertEquals(List.of(new ImportedActivity.Share("PH", new BigDecimal("100"))), bmz.countries());
        assertEquals("2", r.activities().get(0).status());
        ImportedActivity cafod = find(r, "GB-CHC-285776-NGR476");
        assertTrue(cafod.sectors().stream().anyMatch(s -> s.code().equals("74010")),
                "Sector 74010, withdrawn in 2017, is known: the file is from a 2.02 publisher");
        assertEquals(Set.of("EUR", "USD", "GBP"), r.activities().stream().flatMap(a -> a.transactions().stream())
                .map(ImportedActivity.Transaction::currency).collect(Collectors.toSet()));
        assertEquals(totals("1 EUR", "22685653", "1 GBP", "50000", "11 EUR", "57623858", "2 EUR", "48805638", "2 USD", "20000", "3 EUR",
                "10398513", "3 USD", "31525.85", "4 EUR", "3002026.83", "4 USD", "388073.01"), grandTotals(r));
        assertEquals(63, r.activities().stream().mapToInt(a -> a.transactions().size()).sum());
        assertEquals(11, r.activities().stream().mapToInt(a -> a.results().size()).sum());
        assertEquals(17, r.activities().stream().flatMap(a -> a.results().stream()).mapToInt(x -> x.indicators().size()).sum());
    }

    @Test
    void undpReadsCompletelyWithItsNegativeTransactionsAsCorrections() {
        ActivityReader.Result r = read(UNDP);
        assertEquals(100, r.activities().size());
        assertEquals(List.of(), r.problems());
        assertEquals(1160, r.activities().stream().mapToInt(a -> a.transactions().size()).sum());
        assertEquals(78, r.activities().stream().flatMap(a -> a.transactions().stream()).filter(t -> t.amount().signum() < 0).count(),
                "74 expenditures, 2 disbursements and 2 incoming funds correct earlier ones");
        ImportedActivity first = r.activities().get(0);
        assertEquals("XM-DAC-41114-OUTPUT-00120914", first.iatiIdentifier());
        assertEquals("COVID-19 Socio Economic Recove", first.title());
        assertEquals(new ImportedActivity.Organisation("XM-DAC-41114", "40", "United Nations Development Programme"), first.reportingOrg());
        assertEquals(List.of(new ImportedActivity.Share("NP", new BigDecimal("100"))), first.countries());
        assertEquals(List.of(new ImportedActivity.Share("16050", new BigDecimal("100"))), first.sectors(),
                "the DAC sector only: vocabularies 8 and 99 are not kept");
        assertEquals("4", first.collaborationType());
        assertEquals(totals("1 USD", "20000", "11 USD", "3765242", "2 USD", "3184523", "3 USD", "62616", "4 USD", "2087873"),
                grandTotals(new ActivityReader.Result(List.of(first), List.of())));
        ImportedActivity second = find(r, "XM-DAC-41114-OUTPUT-00120918");
        assertEquals("Safe Covid-19 coordination", second.title());
        assertEquals(List.of("15131"), second.sectors().stream().map(ImportedActivity.Share::code).toList(), "justice, law and order policy");
        assertEquals(List.of("RW"), second.countries().stream().map(ImportedActivity.Share::code).toList());
        assertEquals(50, r.activities().stream().flatMap(a -> a.countries().stream()).map(ImportedActivity.Share::code).distinct().count());
        // Net of the corrections, as computed independently from the file (Python's ElementTree and Decimal).
        assertEquals(totals("1 USD", "18215163", "11 USD", "65925596", "2 USD", "57467934", "3 USD", "4597133", "4 USD", "37518196"),
                grandTotals(r));
        assertEquals(42, r.activities().stream().mapToInt(a -> a.results().size()).sum());
        assertEquals(100, r.activities().stream().mapToInt(a -> a.documents().size()).sum());
        ImportedActivity.DocumentLink doc = first.documents().get(0);
        assertEquals("text/html", doc.format(), "d-portal's upper case, lowered");
        assertTrue(doc.url().startsWith("http"));
        assertTrue(r.activities().stream().flatMap(a -> a.sdgTargets().stream()).count() > 0);
    }

    @Test
    void aecidReadsEverythingAndWarnsOfPercentagesThatTotalMoreThan100() {
        ActivityReader.Result r = read(AECID);
        assertEquals(100, r.activities().size());
        List<Problem> geography = r.problems().stream().filter(p -> p.reason().contains("recipient countries and regions")).toList();
        List<Problem> sectors = r.problems().stream().filter(p -> p.reason().contains("DAC sectors")).toList();
        assertEquals(91, geography.size());
        assertEquals(52, sectors.size());
        assertEquals(143, r.problems().size(), "nothing else");
        assertTrue(r.problems().stream().noneMatch(Problem::blocking), "the importer shares the codes out again: warnings, not errors");
        Problem p = geography.get(0);
        assertEquals(new Problem("ES-DIR3-EA0035768-Z02-20-P1-01700", "/iati-activities/iati-activity[1]/recipient-country[1]",
                "the percentages of the 2 recipient countries and regions total 200, not 100: the percentages are left out, the codes kept",
                Problem.Severity.WARNING), p);
        ImportedActivity a = r.activities().get(0);
        assertEquals(List.of(new ImportedActivity.Share("HT", null)), a.countries());
        assertEquals(List.of(new ImportedActivity.Share("389", null)), a.regions());
        assertEquals(List.of("15170", "31120", "31161", "32161"), a.sectors().stream().map(ImportedActivity.Share::code).toList());
        assertTrue(a.sectors().stream().allMatch(s -> s.percentage() == null));
        assertTrue(a.title().startsWith("PTI-Haití: Aumentar la productividad agrícola"), "no English title: the first narrative");
        assertEquals(new ImportedActivity.Organisation("ES-DIR3-EA0035768", "10", "AECID Spanish Agency for International Development "
                + "Cooperation"), a.reportingOrg());
        assertEquals(12, a.policyMarkers().size());
        assertEquals(List.of("2.3"), a.sdgTargets(), "the tag of vocabulary 99 is not kept");
        assertEquals(Map.of("2", Map.of("EUR", new BigDecimal("453379.00")), "3", Map.of("EUR", new BigDecimal("453379.00"))),
                a.totalsByCurrency());
        assertEquals(totals("2 EUR", "43269150.91", "3 EUR", "43269150.91"), grandTotals(r));
        assertEquals(28, r.activities().stream().flatMap(x -> x.countries().stream()).map(ImportedActivity.Share::code).distinct().count());
        Set<String> aidTypes = new TreeSet<>();
        r.activities().forEach(x -> aidTypes.addAll(x.defaultAidTypes()));
        assertEquals(Set.of("A02", "B01", "B02", "B03", "B04", "C01", "D02", "H01"), aidTypes);
    }

    @Test
    void readingTheOneMegabyteUndpFileTakesAFractionOfASecond() throws IOException {
        byte[] undp;
        try (InputStream in = sample(UNDP)) {
            undp = in.readAllBytes();
        }
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 10; run++) {
            long t0 = System.nanoTime();
            ActivityReader.Result r = reader.read(new java.io.ByteArrayInputStream(undp));
            best = Math.min(best, System.nanoTime() - t0);
            assertEquals(100, r.activities().size());
        }
        System.out.printf("ActivityReader: UNDP sample (%,d bytes, 100 activities, 1,160 transactions): best of 10 runs %.1f ms%n",
                undp.length, best / 1e6);
        assertTrue(best < 2_000_000_000L, "well under two seconds even on a loaded machine");
    }
}
