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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Small files that break the rules on purpose ({@code src/test/resources/iati/broken/}): every problem is listed, in file
 * order, with the activity's identifier and the XPath of the value, and what is left is exactly what passed.
 */
class ActivityReaderProblemsTest {

    private static final String A1 = "/iati-activities/iati-activity[1]";

    private final ActivityReader reader = new ActivityReader(OfficialCodelists.INSTANCE);

    private ActivityReader.Result read(String name) {
        try (InputStream in = getClass().getResourceAsStream("/iati/broken/" + name)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> paths(ActivityReader.Result r) {
        return r.problems().stream().map(Problem::path).toList();
    }

    private static String listed(ActivityReader.Result r) {
        return r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void everyUnknownCodeIsReportedWhereItIs() {
        ActivityReader.Result r = read("wrong-codes.xml");
        assertEquals(List.of(A1 + "/reporting-org/@type", A1 + "/@default-currency", A1 + "/activity-status/@code",
                A1 + "/activity-date[1]/@type", A1 + "/recipient-country[1]/@code", A1 + "/recipient-region[1]/@code", A1 + "/sector[1]/@code",
                A1 + "/tag[1]/@code", A1 + "/policy-marker[1]/@code", A1 + "/policy-marker[2]/@significance", A1 + "/collaboration-type/@code",
                A1 + "/default-aid-type[1]/@code", A1 + "/participating-org[1]/@role", A1 + "/participating-org[2]/@type",
                A1 + "/budget[1]/@type", A1 + "/transaction[1]/transaction-type/@code", A1 + "/transaction[2]/value/@currency",
                A1 + "/transaction[3]/value/@currency", A1 + "/result[1]/@type", A1 + "/result[1]/indicator[1]/@measure"), paths(r), listed(r));
        assertTrue(r.problems().stream().allMatch(p -> "XI-TEST-CODES".equals(p.activityIdentifier())));
        assertEquals("unknown OrganisationType code '99': left out, the organisation kept without it", r.problems().get(0).reason());
        assertEquals("unknown Currency code 'EURO': left out", r.problems().get(1).reason());
        assertEquals("unknown ActivityStatus code '7': left out", r.problems().get(2).reason());
        assertEquals("unknown Country code 'XX': left out", r.problems().get(4).reason());
        assertEquals("unknown UNSDG-Targets code '16.99': left out", r.problems().get(7).reason());
        assertEquals("unknown TransactionType code 'Q': the transaction is left out", r.problems().get(15).reason());
        assertEquals("no currency, and the activity has no valid default-currency: the transaction is left out", r.problems().get(17).reason());

        ImportedActivity a = r.activities().get(0);
        assertEquals(new ImportedActivity.Organisation("XI-TEST", null, "Test publisher"), a.reportingOrg());
        assertNull(a.defaultCurrency());
        assertNull(a.status());
        assertNull(a.collaborationType());
        assertEquals(List.of(), a.countries());
        assertEquals(List.of(), a.regions());
        assertEquals(List.of(), a.sectors());
        assertEquals(List.of(), a.sdgTargets());
        assertEquals(List.of(new ImportedActivity.Marker("1", null)), a.policyMarkers(), "kept without its unknown significance");
        assertEquals(List.of(), a.defaultAidTypes());
        assertEquals(List.of(new ImportedActivity.Participant("Wrong type", "XI-OTHER", null, "4")), a.participatingOrgs());
        assertEquals(List.of(), a.budgets());
        assertEquals(List.of(), a.transactions());
        assertEquals(List.of(), a.results());
    }

    @Test
    void badDatesNumbersAndPercentagesAreReportedAndLeftOut() {
        ActivityReader.Result r = read("bad-values.xml");
        assertEquals(List.of(A1 + "/activity-date[1]/@iso-date", A1 + "/activity-date[2]/@iso-date", A1 + "/activity-date[4]",
                A1 + "/activity-date[5]/@iso-date", A1 + "/recipient-country[1]", A1 + "/sector[1]", A1 + "/participating-org[1]",
                A1 + "/budget[1]/period-end", A1 + "/budget[2]/value", A1 + "/transaction[1]/value", A1 + "/transaction[1]/value/@currency",
                A1 + "/transaction[2]/transaction-date/@iso-date", A1 + "/transaction[3]/value/@currency", A1 + "/transaction[4]/value",
                A1 + "/transaction[4]/value/@value-date", A1 + "/result[1]/indicator[1]/baseline[1]/@year",
                A1 + "/result[1]/indicator[1]/period[1]/target[1]/@value", A1 + "/document-link[1]/@url"), paths(r), listed(r));
        Map<String, String> reasons = r.problems().stream().collect(Collectors.toMap(Problem::path, Problem::reason));
        assertEquals("'2025-02-30' is not a date (YYYY-MM-DD): the date is left out", reasons.get(A1 + "/activity-date[2]/@iso-date"));
        assertEquals("a second planned end date: the first (2026-12-31) is kept", reasons.get(A1 + "/activity-date[4]"));
        assertEquals("the percentages of the 2 recipient countries and regions total 90, not 100: the percentages are left out, the codes "
                + "kept", reasons.get(A1 + "/recipient-country[1]"));
        assertEquals("percentages are missing for some of the 2 DAC sectors: the percentages are left out, the codes kept",
                reasons.get(A1 + "/sector[1]"));
        Map<String, Problem.Severity> severities = r.problems().stream().collect(Collectors.toMap(Problem::path, Problem::severity));
        assertEquals(Problem.Severity.WARNING, severities.get(A1 + "/recipient-country[1]"), "the importer repairs percentages");
        assertEquals(Problem.Severity.WARNING, severities.get(A1 + "/sector[1]"));
        assertEquals(Problem.Severity.ERROR, severities.get(A1 + "/transaction[1]/value"), "a value that is not a number breaks the schema");
        assertEquals("the budget period ends (2024-12-31) before it starts (2025-01-01): the budget is left out",
                reasons.get(A1 + "/budget[1]/period-end"));
        assertEquals("negative amount -5: only transactions may be negative (corrections), the budget is left out", reasons.get(A1 + "/budget[2]/value"));
        assertEquals("'1,000.00' is not a number: the transaction is left out", reasons.get(A1 + "/transaction[1]/value"));
        assertEquals("'1e3' is not a number: the transaction is left out", reasons.get(A1 + "/transaction[4]/value"));
        assertEquals("'many' is not a number, as a unit or percentage indicator needs: left out",
                reasons.get(A1 + "/result[1]/indicator[1]/period[1]/target[1]/@value"));
        assertEquals("'javascript:alert(1)' is not an absolute http or https address: the document link is left out",
                reasons.get(A1 + "/document-link[1]/@url"));
        assertTrue(r.problems().stream().allMatch(p -> "XI-TEST-VALUES".equals(p.activityIdentifier())));

        ImportedActivity a = r.activities().get(0);
        assertNull(a.plannedStart());
        assertNull(a.actualStart());
        assertEquals(LocalDate.of(2026, 12, 31), a.plannedEnd());
        assertNull(a.actualEnd());
        assertEquals(List.of(new ImportedActivity.Share("MZ", null), new ImportedActivity.Share("AO", null)), a.countries());
        assertEquals(List.of(new ImportedActivity.Share("15130", null), new ImportedActivity.Share("15210", null)), a.sectors());
        assertEquals(List.of(), a.participatingOrgs());
        assertEquals(List.of(), a.budgets());
        assertEquals(List.of(new ImportedActivity.Transaction(null, "4", LocalDate.of(2025, 3, 2), new BigDecimal("12.50"), "USD",
                LocalDate.of(2025, 3, 2), null, null, null, null, null)), a.transactions());
        ImportedActivity.Indicator i = a.results().get(0).indicators().get(0);
        assertNull(i.baselineYear());
        assertNull(i.baselineValue());
        assertEquals(List.of(), i.periods().get(0).targets());
        assertEquals(new BigDecimal("42"), i.periods().get(0).actual().number());
        assertEquals(List.of(), a.documents());
    }

    @Test
    void anActivityWithoutIdentifierOrTitleIsLeftOutAndSaysWhy() {
        ActivityReader.Result r = read("missing-parts.xml");
        assertEquals(List.of(new Problem(null, A1 + "/iati-identifier", "no iati-identifier: the activity is left out"),
                new Problem("XI-TEST-NO-TITLE", "/iati-activities/iati-activity[2]/title",
                        "no title (a title needs a narrative with text): the activity is left out"),
                new Problem("XI-TEST-NO-TITLE", "/iati-activities/iati-activity[2]/reporting-org/@ref",
                        "the reporting organisation has no identifier (ref)"),
                new Problem("XI-TEST-COMPLETE", "/iati-activities/iati-activity[3]/activity-status", "no activity-status"),
                new Problem("XI-TEST-COMPLETE", "/iati-activities/iati-activity[3]/transaction[1]/transaction-date",
                        "no transaction date: the transaction is left out"),
                new Problem("XI-TEST-COMPLETE", "/iati-activities/iati-activity[3]/transaction[2]/transaction-type",
                        "no transaction type: the transaction is left out"),
                new Problem("XI-TEST-COMPLETE", "/iati-activities/iati-activity[3]/transaction[3]/value", "no value: the transaction is left out")),
                r.problems());
        assertEquals(List.of("XI-TEST-COMPLETE"), r.activities().stream().map(ImportedActivity::iatiIdentifier).toList());
        assertEquals(List.of(), r.activities().get(0).transactions());
    }

    @Test
    void versionOneCodesAndCodesInTheWrongCaseAreReadWhereUnambiguous() {
        ActivityReader.Result r = read("version-1-codes-and-case.xml");
        assertEquals(List.of(), r.problems(), listed(r));
        ImportedActivity a = r.activities().get(0);
        assertEquals("Prison reform", a.title(), "the English narrative, whatever the case of its language");
        assertEquals("Description générale", a.description(), "the general description (type 1), not the objectives");
        assertEquals(new ImportedActivity.Organisation("XI-TEST", "40", "Publisher"), a.reportingOrg());
        assertEquals("fr", a.defaultLanguage());
        assertEquals("EUR", a.defaultCurrency());
        assertEquals(List.of(new ImportedActivity.Participant("Funder", "XI-FUNDER", "10", "1"),
                new ImportedActivity.Participant("Implementer", null, null, "4")), a.participatingOrgs());
        assertEquals(LocalDate.of(2025, 1, 1), a.plannedStart());
        assertEquals(LocalDate.of(2026, 12, 31), a.plannedEnd(), "a date with a time zone, as XML Schema allows");
        assertEquals(List.of(new ImportedActivity.Share("MZ", null)), a.countries());
        assertEquals(List.of(new ImportedActivity.Share("15137", new BigDecimal("60")), new ImportedActivity.Share("15130", new BigDecimal("40"))),
                a.sectors(), "DAC is vocabulary 1; DAC-3 (vocabulary 2) is not kept");
        assertEquals(List.of("16.3"), a.sdgTargets());
        assertEquals(List.of(new ImportedActivity.Marker("1", "2")), a.policyMarkers());
        assertEquals("8", a.collaborationType());
        assertEquals(List.of("D02"), a.defaultAidTypes());
        assertEquals(List.of("2", "3", "4", "1"), a.transactions().stream().map(ImportedActivity.Transaction::type).toList(),
                "C, D, E and IF");
        assertEquals(Map.of("1", Map.of("EUR", new BigDecimal("1000")), "2", Map.of("EUR", new BigDecimal("1000")), "3",
                Map.of("USD", new BigDecimal("300.50")), "4", Map.of("EUR", new BigDecimal("200"))), a.totalsByCurrency());
        assertEquals(Map.of("USD", new BigDecimal("300.50")), a.totalsByCurrency("3"));
        assertEquals(Map.of(), a.totalsByCurrency("11"));
        assertEquals("in-1", a.transactions().get(3).ref());
        assertEquals("XI-FUNDER", a.transactions().get(1).providerRef());
    }
}
