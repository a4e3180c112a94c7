package org.tatracker.iati.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files written to hurt: entities that would read local files or call a server, entities that multiply, documents that are not
 * XML at all. Each is refused with one clear problem, no exception escapes, and nothing outside the stream is touched: a local
 * server stands where the external entities point and must see no connection.
 */
class ActivityReaderSafetyTest {

    private static final String ACTIVITY = """
            <iati-activity><iati-identifier>XI-TEST-1</iati-identifier><reporting-org ref="XI-TEST" type="40"><narrative>Test</narrative>
            </reporting-org><title><narrative>%s</narrative></title><activity-status code="2"/></iati-activity>""";

    private final ActivityReader reader = new ActivityReader(OfficialCodelists.INSTANCE);
    private ServerSocket trap;

    @BeforeEach
    void openTrap() throws IOException {
        trap = new ServerSocket(0);
        trap.setSoTimeout(200);
    }

    @AfterEach
    void closeTrap() throws IOException {
        trap.close();
    }

    /** Whether anything connected to the trap server. */
    private boolean trapCalled() throws IOException {
        try {
            trap.accept().close();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private String trapUrl() {
        return "http://127.0.0.1:" + trap.getLocalPort() + "/evil";
    }

    private ActivityReader.Result read(String xml) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    private static void assertRefusedForItsDoctype(ActivityReader.Result r) {
        assertEquals(List.of(), r.activities());
        assertEquals(1, r.problems().size(), r.problems()::toString);
        Problem p = r.problems().get(0);
        assertTrue(p.reason().contains("DOCTYPE"), p.reason());
        assertNull(p.activityIdentifier());
    }

    @Test
    void anExternalEntityIsNeitherReadNorFetched() throws IOException {
        ActivityReader.Result r = read("""
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [
                  <!ENTITY file SYSTEM "file:///etc/passwd">
                  <!ENTITY remote SYSTEM "%s">
                ]>
                <iati-activities version="2.03">%s</iati-activities>""".formatted(trapUrl(), ACTIVITY.formatted("&file;&remote;")));
        assertRefusedForItsDoctype(r);
        assertEquals("/", r.problems().get(0).path());
        assertTrue(!trapCalled(), "no connection to the external entity's server");
    }

    @Test
    void anExternalDtdIsNotFetched() throws IOException {
        assertRefusedForItsDoctype(read("<!DOCTYPE iati-activities SYSTEM \"" + trapUrl() + "\"><iati-activities version=\"2.03\">"
                + ACTIVITY.formatted("x") + "</iati-activities>"));
        assertTrue(!trapCalled());
    }

    @Test
    void parameterEntitiesPointingOutAreNotFollowed() throws IOException {
        assertRefusedForItsDoctype(read("<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + trapUrl() + "\"> %p;]><iati-activities version=\"2.03\">"
                + ACTIVITY.formatted("x") + "</iati-activities>"));
        assertTrue(!trapCalled());
    }

    @Test
    void billionLaughsIsRefusedBeforeAnythingIsExpanded() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        ActivityReader.Result r = read("<?xml version=\"1.0\"?><!DOCTYPE iati-activities [" + dtd + "]><iati-activities version=\"2.03\">"
                + ACTIVITY.formatted("&lol9;") + "</iati-activities>");
        assertRefusedForItsDoctype(r);
    }

    @Test
    void aDoctypeAloneIsEnoughToRefuseTheFile() {
        assertRefusedForItsDoctype(read("<!DOCTYPE iati-activities><iati-activities version=\"2.03\">" + ACTIVITY.formatted("Fine")
                + "</iati-activities>"));
    }

    @Test
    void anUndeclaredEntityIsRefusedNotExpanded() {
        ActivityReader.Result r = read("<iati-activities version=\"2.03\">" + ACTIVITY.formatted("&xxe;") + "</iati-activities>");
        assertEquals(List.of(), r.activities());
        assertEquals(1, r.problems().size());
        assertEquals("/iati-activities/iati-activity[1]", r.problems().get(0).path());
        assertEquals("XI-TEST-1", r.problems().get(0).activityIdentifier());
        assertTrue(r.problems().get(0).reason().contains("&xxe;"));
    }

    @Test
    void characterReferencesAndPredefinedEntitiesAreOrdinaryText() {
        ActivityReader.Result r = read("<iati-activities version=\"2.03\">" + ACTIVITY.formatted("Fish &amp; chips &#xA3;5 &lt;3")
                + "</iati-activities>");
        assertEquals(List.of(), r.problems());
        assertEquals("Fish & chips £5 <3", r.activities().get(0).title());
    }

    @Test
    void brokenXmlEndsTheReadingWithAProblemAndKeepsWhatCameBefore() {
        List<ImportedActivity> delivered = new ArrayList<>();
        String xml = "<iati-activities version=\"2.03\">" + ACTIVITY.formatted("First") + ACTIVITY.replace("XI-TEST-1", "XI-TEST-2")
                .formatted("Second").replace("</title>", "</titel>");
        List<Problem> problems = reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), delivered::add);
        assertEquals(List.of("XI-TEST-1"), delivered.stream().map(ImportedActivity::iatiIdentifier).toList(), "streamed before the break");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().startsWith("the file is not well-formed XML and was read no further (line "),
                problems.get(0).reason());
        assertEquals("XI-TEST-2", problems.get(0).activityIdentifier());
    }

    @Test
    void whatIsNotXmlAtAllIsAProblemNotAnException() {
        for (byte[] junk : List.of(new byte[0], "not xml".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2},
                "{\"iati\": true}".getBytes(StandardCharsets.UTF_8))) {
            ActivityReader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.read(new ByteArrayInputStream(junk)));
            assertEquals(List.of(), r.activities());
            assertEquals(1, r.problems().size(), r.problems()::toString);
        }
    }

    @Test
    void aStreamThatFailsIsAProblemNotAnException() {
        InputStream failing = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n >= 40) {
                    throw new IOException("connection reset");
                }
                return "<iati-activities version=\"2.03\"><iati-ac".charAt(n++ % 40);
            }
        };
        ActivityReader.Result r = reader.read(failing);
        assertEquals(1, r.problems().size(), r.problems()::toString);
        assertTrue(r.problems().get(0).reason().contains("connection reset"), r.problems().get(0).reason());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<x>".repeat(200) + "</x>".repeat(200);
        ActivityReader.Result r = read("<iati-activities version=\"2.03\">" + ACTIVITY.formatted("t").replace("</iati-activity>", deep
                + "</iati-activity>") + "</iati-activities>");
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).reason().contains("nested more than 64"));
    }

    @Test
    void onlyIatiActivityFilesOfVersions201To203AreRead() {
        assertEquals(List.of(new Problem(null, "/iati-organisations", "the root element is iati-organisations, not iati-activities: not an "
                + "IATI activity file")), read("<iati-organisations version=\"2.03\"/>").problems());
        assertEquals("/iati-activities/@version", read("<iati-activities version=\"1.05\">" + ACTIVITY.formatted("t")
                + "</iati-activities>").problems().get(0).path());
        assertTrue(read("<iati-activities version=\"1.05\">" + ACTIVITY.formatted("t") + "</iati-activities>").activities().isEmpty());
        assertTrue(read("<iati-activities>" + ACTIVITY.formatted("t") + "</iati-activities>").problems().get(0).reason()
                .contains("does not say which version"));
        assertEquals("/x:iati-activities", read("<x:iati-activities xmlns:x=\"urn:x\" version=\"2.03\"/>").problems().get(0).path(),
                "an IATI element is in no namespace");
        for (String version : List.of("2.01", "2.02", "2.03")) {
            ActivityReader.Result r = read("<iati-activities version=\"" + version + "\">" + ACTIVITY.formatted("t") + "</iati-activities>");
            assertEquals(List.of(), r.problems(), version);
            assertEquals(1, r.activities().size());
        }
        assertEquals("the file has no iati-activity", read("<iati-activities version=\"2.03\"/>").problems().get(0).reason());
    }

    @Test
    void foreignElementsAndAttributesAreIgnored() {
        ActivityReader.Result r = read("""
                <iati-activities version="2.03" xmlns:d="http://d-portal.org/xmlns/dstore" xmlns:t="urn:t">
                  <t:header><title><narrative>not an activity title</narrative></title></t:header>
                  <iati-activity d:dataset="x" d:index="1">
                    <iati-identifier>XI-TEST-1</iati-identifier>
                    <t:title>foreign</t:title>
                    <title d:x="1"><narrative>Real title</narrative><t:narrative>foreign</t:narrative></title>
                    <activity-status code="2"/>
                    <t:transaction><transaction-type code="nonsense"/></t:transaction>
                  </iati-activity>
                  <t:footer/>
                </iati-activities>""");
        assertEquals(List.of(new Problem("XI-TEST-1", "/iati-activities/iati-activity[1]/reporting-org",
                "no reporting-org: the activity is kept without its publisher")), r.problems());
        assertEquals("Real title", r.activities().get(0).title());
        assertEquals(List.of(), r.activities().get(0).transactions());
    }

    @Test
    void stopsCollectingProblemsAfterAThousand() {
        String bad = "<recipient-country code=\"ZZ\"/>".repeat(1500);
        ActivityReader.Result r = read("<iati-activities version=\"2.03\">" + ACTIVITY.formatted("t").replace("</iati-activity>", bad
                + "</iati-activity>") + "</iati-activities>");
        assertEquals(ActivityReader.MAX_PROBLEMS + 1, r.problems().size());
        assertTrue(r.problems().get(ActivityReader.MAX_PROBLEMS).reason().contains("reading stopped"));
        assertEquals(List.of(), r.activities(), "a file stopped half-way delivers nothing more");
    }
}
