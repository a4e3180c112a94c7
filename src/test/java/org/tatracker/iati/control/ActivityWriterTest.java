package org.tatracker.iati.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tatracker.project.control.ProjectViews;

class ActivityWriterTest {

    static byte[] write(ProjectViews.Detail... projects) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ActivityWriter w = new ActivityWriter(out, SampleDetails.GENERATED, SampleDetails.ISO3_TO_ISO2)) {
            for (ProjectViews.Detail p : projects) {
                w.write(p);
            }
        }
        return out.toByteArray();
    }

    static Dom dom(SampleDetails.Builder project) throws IOException {
        byte[] xml = write(project.build());
        IatiSchema.assertValid(xml);
        return Dom.parse(xml);
    }

    static Stream<Arguments> shapes() {
        return Stream.of(Arguments.of("technical", SampleDetails.technical()), Arguments.of("triangular", SampleDetails.triangular()),
                Arguments.of("multiCountry", SampleDetails.multiCountry()), Arguments.of("resultsBySex", SampleDetails.resultsBySex()),
                Arguments.of("regional", SampleDetails.regional()), Arguments.of("minimal", SampleDetails.minimal()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everyShapeOfProjectValidatesAgainstTheIatiSchema(String name, SampleDetails.Builder project) throws IOException {
        IatiSchema.assertValid(write(project.build()));
    }

    @Test
    void allShapesTogetherMakeOneValidFile() throws IOException {
        byte[] xml = write(SampleDetails.all().stream().map(SampleDetails.Builder::build).toArray(ProjectViews.Detail[]::new));
        IatiSchema.assertValid(xml);
        assertEquals(6, Dom.parse(xml).count("/iati-activities/iati-activity"));
    }

    @Test
    void theSchemaCheckCatchesWhatIsWrong() {
        // The validator is only worth something if it rejects: an activity without reporting-org, title and the rest.
        byte[] broken = """
                <iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier></iati-activity></iati-activities>
                """.getBytes(StandardCharsets.UTF_8);
        assertFalse(IatiSchema.errors(broken).isEmpty());
    }

    @Test
    void writesTheFileHeaderAndTheActivityIdentification() throws IOException {
        Dom d = dom(SampleDetails.technical());
        assertEquals("2.03", d.text("/iati-activities/@version"));
        assertEquals("2026-03-01T12:00:00Z", d.text("/iati-activities/@generated-datetime"));
        assertEquals("en", d.text("//iati-activity/@xml:lang"));
        assertEquals("USD", d.text("//iati-activity/@default-currency"));
        assertEquals("XI-TAT-FOMZ-MOZ-LEG-1", d.text("//iati-identifier"));
        assertEquals("XI-TAT-FOMZ", d.text("//reporting-org/@ref"));
        assertEquals("UNODC Mozambique", d.text("//reporting-org/narrative"));
        assertEquals("Legal aid for pre-trial detainees", d.text("//iati-activity/title/narrative"));
        assertEquals("Advice to the Legal Aid Institute", d.text("//iati-activity/description[@type='1']/narrative"));
    }

    @Test
    void reportingOrganisationTypeIsThatOfThePartnerWithTheSameIdentifierElseMultilateral() throws IOException {
        assertEquals("40", dom(SampleDetails.technical()).text("//reporting-org/@type"), "the UNODC partner says 40");
        SampleDetails.Builder ngo = SampleDetails.technical().partner(SampleDetails.partner(13, "Legal aid NGO", "22", "MOZ", "MZ-NGO-1",
                "EXTENDING", null)).reportingOrg("MZ-NGO-1", "Legal aid NGO");
        assertEquals("22", dom(ngo).text("//reporting-org/@type"));
        assertEquals("40", dom(SampleDetails.regional()).text("//reporting-org/@type"), "no partner has the reporting ref");
    }

    @Test
    void participatingOrganisationsCarryRoleTypeIdentifierAndTheirSouthSouthRoles() throws IOException {
        Dom d = dom(SampleDetails.triangular());
        assertEquals(3, d.count("//participating-org"));
        String brazil = "//participating-org[narrative='Federal Police of Brazil']";
        assertEquals("4", d.text(brazil + "/@role"));
        assertEquals("10", d.text(brazil + "/@type"));
        assertEquals(SampleDetails.BRAZIL_REF, d.text(brazil + "/@ref"));
        assertEquals("first_provider", d.text(brazil + "/tat:partner/@ssc-role"));
        assertEquals("BRA", d.text(brazil + "/tat:partner/@country"));
        assertEquals("true", d.text(brazil + "/tat:partner/@southern"));
        assertEquals("expert_days", d.text(brazil + "/tat:contribution/@kind"));
        assertEquals("120", d.text(brazil + "/tat:contribution/@quantity"));
        assertEquals("60000", d.text(brazil + "/tat:contribution/@value"));
        assertEquals("Forensic experts", d.text(brazil + "/tat:contribution"));
        assertEquals("1", d.text("//participating-org[narrative='JICA']/@role"));
        assertEquals("facilitator", d.text("//participating-org[narrative='JICA']/tat:partner/@ssc-role"));
        assertEquals("recipient", d.text("//participating-org[tat:partner/@id='43']/tat:partner/@ssc-role"));
        assertEquals("", d.text("//participating-org[tat:partner/@id='43']/@ref"), "no identifier, no attribute");
        assertEquals("MZN", d.text("//participating-org[tat:partner/@id='43']/tat:contribution/@currency"));
    }

    @Test
    void statusDatesAndRecipientCountriesInAlpha2WithTheirShares() throws IOException {
        Dom d = dom(SampleDetails.multiCountry());
        assertEquals("3", d.text("//activity-status/@code"), "finalisation");
        assertEquals(List.of("1", "2", "3", "4"), d.all("//activity-date/@type"));
        assertEquals("2023-01-01", d.text("//activity-date[@type='1']/@iso-date"));
        assertEquals("2025-12-31", d.text("//activity-date[@type='4']/@iso-date"));
        assertEquals(List.of("MZ", "AO"), d.all("//recipient-country/@code"));
        assertEquals(List.of("60", "40"), d.all("//recipient-country/@percentage"));
        assertEquals(0, d.count("//recipient-region"));
        Dom technical = dom(SampleDetails.technical());
        assertEquals(List.of("1", "2", "3"), technical.all("//activity-date/@type"), "only the dates it has (no actual end), in type order");
    }

    @Test
    void aRegionalProjectNamesItsRegionInVocabularyOne() throws IOException {
        Dom d = dom(SampleDetails.regional());
        assertEquals(0, d.count("//recipient-country"));
        assertEquals("289", d.text("//recipient-region/@code"));
        assertEquals("1", d.text("//recipient-region/@vocabulary"));
    }

    @Test
    void sectorsTagsPolicyMarkersCollaborationAndAidTypes() throws IOException {
        Dom d = dom(SampleDetails.triangular());
        assertEquals(List.of("15130", "15210"), d.all("//sector[@vocabulary='1']/@code"));
        assertEquals(List.of("60", "40"), d.all("//sector/@percentage"));
        assertEquals("16.3", d.text("//tag[@vocabulary='3']/@code"), "SDG target");
        assertEquals("16", d.text("//tag[@vocabulary='2']/@code"), "the goal G16 of our list is SDG goal 16");
        assertEquals(List.of("1", "9"), d.all("//policy-marker[@vocabulary='1']/@code"));
        assertEquals("1", d.text("//policy-marker[@code='1']/@significance"));
        assertEquals("8", d.text("//collaboration-type/@code"), "triangular");
        // technical D01 as given; material without aid type C01; training without aid type D02
        assertEquals(List.of("D01", "C01", "D02"), d.all("//default-aid-type[@vocabulary='1']/@code"));
        assertEquals("1", dom(SampleDetails.technical()).text("//collaboration-type/@code"), "north-south is bilateral");
        assertEquals("1", dom(SampleDetails.regional()).text("//collaboration-type/@code"), "south-south is bilateral");
        assertEquals(List.of("D02"), dom(SampleDetails.regional()).all("//default-aid-type/@code"));
    }

    @Test
    void budgetsAreIndicativeWithTheirPeriodStartAsValueDate() throws IOException {
        Dom d = dom(SampleDetails.triangular());
        assertEquals(2, d.count("//budget"));
        assertEquals(List.of("1", "2"), d.all("//budget/@type"));
        assertEquals(List.of("1", "1"), d.all("//budget/@status"));
        assertEquals("2026-01-01", d.text("//budget[2]/period-start/@iso-date"));
        assertEquals("2026-12-31", d.text("//budget[2]/period-end/@iso-date"));
        assertEquals("500000", d.text("//budget[2]/value"));
        assertEquals("USD", d.text("//budget[2]/value/@currency"));
        assertEquals("2026-01-01", d.text("//budget[2]/value/@value-date"));
    }

    @Test
    void transactionsCarryTypeDateValueCurrencyAndTheirOrganisations() throws IOException {
        Dom d = dom(SampleDetails.multiCountry());
        assertEquals("EUR", d.text("//iati-activity/@default-currency"), "the first transaction's currency");
        assertEquals(7, d.count("//transaction"));
        assertEquals(List.of("2", "3", "3", "2", "4", "1", "4"), d.all("//transaction/transaction-type/@code"));
        String first = "//transaction[@ref='121']";
        assertEquals("2023-01-10", d.text(first + "/transaction-date/@iso-date"));
        assertEquals("900000", d.text(first + "/value"));
        assertEquals("EUR", d.text(first + "/value/@currency"));
        assertEquals("2023-01-10", d.text(first + "/value/@value-date"));
        assertEquals("European Union", d.text(first + "/provider-org/narrative"));
        assertEquals("XI-IATI-EC_INTPA", d.text(first + "/provider-org/@ref"));
        assertEquals(0, d.count(first + "/receiver-org"));
        assertEquals("250000.25", d.text("//transaction[@ref='123']/value"));
        assertEquals("GBP", d.text("//transaction[@ref='126']/value/@currency"));
        Dom technical = dom(SampleDetails.technical());
        assertEquals("Legal Aid Institute", technical.text("//transaction[@ref='32']/receiver-org/narrative"));
        assertEquals("USD", dom(SampleDetails.minimal()).text("//iati-activity/@default-currency"), "no transaction: USD");
    }

    @Test
    void resultsAreOutputsInUnitsWithBaselineAndTargetsAndActualsBySex() throws IOException {
        Dom d = dom(SampleDetails.resultsBySex());
        assertEquals(2, d.count("//result"));
        String result = "//result[title/narrative='Detainees who received legal aid']";
        assertEquals("1", d.text(result + "/@type"));
        assertEquals("1", d.text(result + "/indicator/@measure"));
        assertEquals("Unit: persons", d.text(result + "/indicator/description/narrative"));
        assertEquals("persons", d.text(result + "/indicator/tat:indicator/tat:unit"));
        assertEquals("2024", d.text(result + "/indicator/baseline/@year"));
        assertEquals("150", d.text(result + "/indicator/baseline/@value"));
        String period = result + "/indicator/period[1]";
        assertEquals("2025-01-01", d.text(period + "/period-start/@iso-date"));
        assertEquals("1000", d.text(period + "/target[not(dimension)]/@value"));
        assertEquals("300", d.text(period + "/target[dimension[@name='sex' and @value='female']]/@value"));
        assertEquals("700", d.text(period + "/target[dimension[@name='sex' and @value='male']]/@value"));
        assertEquals("1130", d.text(period + "/actual[not(dimension)]/@value"));
        assertEquals("820", d.text(period + "/actual[dimension/@value='male']/@value"));
        assertEquals(0, d.count(result + "/indicator/period[2]/actual"), "no actual yet");
        String offices = "//result[title/narrative='Legal aid offices opened']/indicator";
        assertEquals(0, d.count(offices + "/baseline"));
        assertEquals(0, d.count(offices + "//dimension"), "not by sex");
        assertEquals("3.5", d.text(offices + "/period/actual/@value"));
    }

    @Test
    void whatIatiCannotCarryGoesIntoTheTrackerNamespaceAtTheEnd() throws IOException {
        Dom d = dom(SampleDetails.triangular());
        assertEquals("triangular", d.text("//tat:project/@modality"));
        assertEquals("MOZ-FOR-2", d.text("//tat:project/@own-code"));
        assertEquals("ITEM1", d.text("//tat:codes[@list='congress_topic']/tat:code"));
        assertEquals(0, d.count("//tat:codes[@list='sdg_target']"), "SDG codes are IATI tags");
        assertEquals("Cases fail for lack of forensic evidence", d.text("//tat:theory-of-change/tat:problem"));
        assertEquals("true", d.text("//tat:theory-of-change/@stated"));
        assertEquals("2027-07-01", d.text("//tat:sustainability/tat:exit-strategy/@handover"));
        assertEquals("50000", d.text("//tat:sustainability/tat:cofinancing"));
        assertEquals("Decree 12/2026 on forensic evidence", d.text("//tat:sustainability/tat:law"));
        assertEquals(List.of("technical", "material", "training"), d.all("//tat:component/@kind"));
        String event = "//tat:component[@kind='training']/tat:training-event";
        assertEquals("Crime scene management", d.text(event + "/tat:title"));
        assertEquals("12", d.text(event + "/@female"));
        assertEquals("32.5", d.text(event + "/@knowledge-gain"));
        assertEquals("face_to_face", d.text(event + "/@modality"));
        assertEquals("30", d.text(event + "/tat:institution/@participants"));
        String item = "//tat:component[@kind='material']/tat:item[@id='61']";
        assertEquals("equipment", d.text(item + "/@kind"));
        assertEquals("85000", d.text(item + "/tat:value"));
        assertEquals("Ministry of the Interior", d.text(item + "/tat:maintenance/@payer"));
        assertEquals("Working, calibrated", d.text(item + "/tat:check"));
        assertEquals("2026-08-01", d.text(item + "/tat:check/@checked-on"));
        assertEquals("C01", d.text("//tat:component[@kind='material']/@aid-type"));
        assertEquals(List.of("91", "92"), d.all("//tat:need-link/@need-id"));
        assertEquals("partly_addressed", d.text("//tat:need-link[@need-id='91']/@extent"));
        assertEquals("The laboratory answers half of it", d.text("//tat:need-link[@need-id='91']/tat:note"));
        assertEquals(0, d.count("//tat:need-link[@need-id='92']/tat:note"));
        String all = new String(write(SampleDetails.triangular().build()), StandardCharsets.UTF_8);
        assertFalse(all.contains("assessor.one"), "people's names are not published");
        assertFalse(all.contains("recorder.one"));
        assertFalse(all.contains("No DNA analysis capacity"), "the assessment's wording is not published");
        // the extension elements come last: after them nothing of IATI
        assertEquals(0, d.count("//tat:project/following-sibling::*[namespace-uri()='']"));
    }

    @Test
    void aProjectWithNothingOptionalStillMakesAValidActivity() throws IOException {
        Dom d = dom(SampleDetails.minimal());
        assertEquals("Juvenile justice idea", d.text("//iati-activity/description/narrative"), "the schema requires a description");
        assertEquals("2", d.text("//participating-org/@role"), "the reporting organisation, accountable");
        assertEquals(SampleDetails.REPORTING_ORG, d.text("//participating-org/@ref"));
        assertEquals("1", d.text("//activity-status/@code"));
        assertEquals(0, d.count("//sector | //budget | //transaction | //result | //collaboration-type | //default-aid-type | //tag"));
        assertEquals(0, d.count("//tat:theory-of-change | //tat:sustainability | //tat:component | //tat:need-link"));
    }

    @Test
    void refusesAProjectIatiCannotCarryAndTheFileStaysValid() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ActivityWriter w = new ActivityWriter(out, SampleDetails.GENERATED, SampleDetails.ISO3_TO_ISO2)) {
            w.write(SampleDetails.technical().build());
            ProjectViews.Detail undated = SampleDetails.minimal().dates(null, null, null, null).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.write(undated));
            assertTrue(e.getMessage().contains("a date"), e.getMessage());
            ProjectViews.Detail unknownCountry = SampleDetails.technical().country("XYZ", "Nowhere", null).build();
            assertTrue(assertThrows(IllegalArgumentException.class, () -> w.write(unknownCountry)).getMessage().contains("XYZ"));
            ProjectViews.Detail badStatus = SampleDetails.technical().status("RUNNING").build();
            assertThrows(IllegalArgumentException.class, () -> w.write(badStatus));
            w.write(SampleDetails.regional().build());
            assertEquals(2, w.count());
        }
        IatiSchema.assertValid(out.toByteArray());
        assertEquals(2, Dom.parse(out.toByteArray()).count("//iati-activity"));
    }

    @Test
    void dropsCharactersXmlCannotHoldAndEscapesTheRest() throws IOException {
        byte[] xml = write(SampleDetails.technical().title("Bad \u0001 title & <tags> \"quoted\" \uD800").build());
        IatiSchema.assertValid(xml);
        assertEquals("Bad  title & <tags> \"quoted\" ", Dom.parse(xml).text("//iati-activity/title/narrative"));
    }

    @Test
    void eachActivityReachesTheStreamAsSoonAsItIsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ActivityWriter w = new ActivityWriter(out, SampleDetails.GENERATED, SampleDetails.ISO3_TO_ISO2)) {
            w.write(SampleDetails.technical().build());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("</iati-activity>"), "nothing is held back for the end");
        }
    }

    @Test
    void writesTensOfThousandsOfActivitiesWithoutHoldingThem() throws IOException {
        CountingStream out = new CountingStream();
        ProjectViews.Detail project = SampleDetails.triangular().build();
        int n = 20_000;
        long heapEarly = 0;
        long t0 = System.nanoTime();
        try (ActivityWriter w = new ActivityWriter(out, SampleDetails.GENERATED, SampleDetails.ISO3_TO_ISO2)) {
            for (int i = 0; i < n; i++) {
                w.write(project);
                if (i == 1000) {
                    heapEarly = heapAfterGc();
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long heapLate = heapAfterGc();
            System.out.printf("ActivityWriter: %d activities, %,d bytes in %d ms; heap after GC %,d KB after 1,000 activities, %,d KB "
                    + "after %,d%n", n, out.count, ms, heapEarly >> 10, heapLate >> 10, n);
            assertTrue(heapLate - heapEarly < 16L << 20, "the heap does not grow with the file: " + (heapLate - heapEarly) + " bytes more");
        }
        assertTrue(out.count > 1000L * n, "every activity was written");
    }

    private static long heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Counts bytes and keeps none. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
