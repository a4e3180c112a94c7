package org.tatracker.indicator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tatracker.indicator.control.WorldMap.Area;
import org.tatracker.indicator.control.WorldMap.Shape;

class WorldMapTest {

    private static final Function<BigDecimal, String> USD = v -> "USD " + v.toPlainString();

    @Test
    void parsesTheAtlasQuickly() {
        List<Shape> shapes = assertTimeoutPreemptively(Duration.ofSeconds(2), WorldMap::shapes);
        assertTrue(shapes.size() > 170, "countries: " + shapes.size());
    }

    @Test
    void shapesAreTheCountriesWithoutAntarcticaSortedByCode() {
        List<Shape> shapes = WorldMap.shapes();
        Set<String> codes = shapes.stream().map(Shape::m49).collect(Collectors.toSet());
        assertTrue(codes.contains("404"), "Kenya");
        assertTrue(codes.contains("076"), "Brazil");
        assertTrue(codes.contains("840"), "United States");
        assertFalse(codes.contains("010"), "Antarctica is left out");
        assertEquals(shapes.size(), codes.size(), "one shape per country");
        List<String> sorted = shapes.stream().map(Shape::m49).sorted().toList();
        assertEquals(sorted, shapes.stream().map(Shape::m49).toList());
        assertTrue(codes.stream().allMatch(c -> c.matches("\\d{3}")), "three-digit codes");
    }

    @Test
    void everyPathStartsWithMoveToAndStaysInTheViewBox() {
        String[] box = WorldMap.viewBox().split(" ");
        assertEquals(4, box.length);
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        assertEquals(1000, width);
        assertTrue(height > 350 && height < 480, "height " + height);
        Pattern point = Pattern.compile("[ML](-?[\\d.]+),(-?[\\d.]+)");
        for (Shape shape : WorldMap.shapes()) {
            assertTrue(shape.d().startsWith("M"), shape.m49());
            assertTrue(shape.d().endsWith("Z"), shape.m49());
            Matcher m = point.matcher(shape.d());
            int points = 0;
            while (m.find()) {
                double x = Double.parseDouble(m.group(1));
                double y = Double.parseDouble(m.group(2));
                assertTrue(x >= 0 && x <= width && y >= 0 && y <= height, shape.m49() + " at " + x + "," + y);
                assertTrue(m.group(1).indexOf('.') < 0 || m.group(1).length() - m.group(1).indexOf('.') == 2, "one decimal");
                points++;
            }
            assertTrue(points >= 3, shape.m49());
        }
    }

    @Test
    void ringsAreCutAtTheAntimeridian() {
        // Russia's Chukotka and Fiji run past 180 degrees: drawn flat, no edge may cross the whole map.
        Pattern ring = Pattern.compile("M[^Z]*Z");
        Pattern point = Pattern.compile("[ML]([\\d.]+),([\\d.]+)");
        for (Shape shape : WorldMap.shapes()) {
            Matcher rings = ring.matcher(shape.d());
            while (rings.find()) {
                Matcher m = point.matcher(rings.group());
                double previous = Double.NaN;
                while (m.find()) {
                    double x = Double.parseDouble(m.group(1));
                    assertFalse(Math.abs(x - previous) > 300, shape.m49() + " jumps from " + previous + " to " + x);
                    previous = x;
                }
            }
        }
        double[] chukotka = {1000, 0};
        WorldMap.shapes().stream().filter(s -> s.m49().equals("643")).forEach(s -> {
            Matcher m = point.matcher(s.d());
            while (m.find()) {
                chukotka[0] = Math.min(chukotka[0], Double.parseDouble(m.group(1)));
                chukotka[1] = Math.max(chukotka[1], Double.parseDouble(m.group(1)));
            }
        });
        assertEquals(0, chukotka[0], 0.05, "Russia reaches the west edge (Chukotka east of 180 degrees)");
        assertEquals(1000, chukotka[1], 0.05, "and the east edge");

        List<double[]> across = List.of(new double[] {170, 0}, new double[] {180, 0}, new double[] {-170, 0},
                new double[] {-170, 10}, new double[] {180, 10}, new double[] {170, 10});
        List<List<double[]>> pieces = WorldMap.cut(across);
        assertEquals(2, pieces.size());
        for (List<double[]> piece : pieces) {
            double min = piece.stream().mapToDouble(p -> p[0]).min().orElseThrow();
            double max = piece.stream().mapToDouble(p -> p[0]).max().orElseThrow();
            assertTrue(max - min <= 10 + 1e-9 && min >= -180 && max <= 180, min + ".." + max);
        }
    }

    @Test
    void countriesAreWhereTheyBelong() {
        // Kenya straddles the equator at about 34-42 E; Brazil lies west of it, in the south.
        double[] kenya = centre("404");
        double[] brazil = centre("076");
        double equator = 84 * 1000 / 360.0;
        assertTrue(Math.abs(kenya[1] - equator) < 15, "Kenya near the equator: " + kenya[1]);
        assertTrue(kenya[0] > 500 + 34 * 1000 / 360.0 && kenya[0] < 500 + 42 * 1000 / 360.0, "Kenya's longitude: " + kenya[0]);
        assertTrue(brazil[0] < 500 && brazil[1] > equator, "Brazil west and south");
    }

    @Test
    void svgIsAccessibleEscapedAndLinked() {
        String name = "Côte d'Ivoire & <x>";
        List<Area> areas = List.of(
                new Area("384", "CIV", name, new BigDecimal("1000"), "/countries/CIV?tab=profile&lang=fr"),
                new Area("404", "KEN", "Kenya", new BigDecimal("250000"), "/countries/KEN"),
                new Area("076", "BRA", "Brazil", null, "/countries/BRA"),
                new Area("999", "XXX", "Nowhere", BigDecimal.TEN, "/countries/XXX"));
        String svg = WorldMap.svg(areas, "Assistance received \"2024\"", "Committed USD by recipient & year", USD);

        assertTrue(svg.startsWith("<svg ") && svg.endsWith("</svg>"));
        assertTrue(svg.contains("role=\"group\""));
        Matcher labelled = Pattern.compile("aria-labelledby=\"([^\" ]+) ([^\" ]+)\"").matcher(svg);
        assertTrue(labelled.find(), "labelled by title and desc");
        assertTrue(svg.contains("<title id=\"" + labelled.group(1) + "\">Assistance received &quot;2024&quot;</title>"));
        assertTrue(svg.contains("<desc id=\"" + labelled.group(2) + "\">Committed USD by recipient &amp; year</desc>"));

        assertTrue(svg.contains("<title>Côte d&#39;Ivoire &amp; &lt;x&gt;: USD 1000</title>"), "escaped tooltip");
        assertFalse(svg.contains(name), "raw name");
        assertFalse(svg.contains("<x>"));
        assertTrue(svg.contains("href=\"/countries/CIV?tab=profile&amp;lang=fr\""));
        assertTrue(svg.contains("href=\"/countries/KEN\""));
        assertFalse(svg.contains("/countries/BRA"), "no value, no link");
        assertFalse(svg.contains("/countries/XXX"), "not on the map, not drawn");
        assertEquals(2, count(svg, "<a "), "one link per drawn area with a value");
        assertEquals(2, count(svg, "</a>"));
        assertTrue(svg.contains("<title>Brazil</title>"), "a country without a value keeps its name as tooltip");

        assertFalse(svg.contains("style="), "no inline styles");
        assertFalse(svg.contains("<style"), "no style element");

        String ivoire = fillOfLink(svg, "/countries/CIV?tab=profile&amp;lang=fr");
        String kenya = fillOfLink(svg, "/countries/KEN");
        assertNotEquals(ivoire, kenya, "different values, different fills");
        assertTrue(WorldMap.PALETTE.contains(ivoire) && WorldMap.PALETTE.contains(kenya));
        assertEquals(WorldMap.shapes().size(), count(svg, "<path "), "every country drawn once");

        assertTrue(svg.contains("\u2265 USD 1000</text>") && svg.contains("\u2265 USD 250000</text>"), "legend by lower bounds");
    }

    @Test
    void svgIsWellFormedXml() throws Exception {
        String svg = WorldMap.svg(List.of(new Area("4", "AFG", "A & \"B\" \u0001", BigDecimal.ONE, "/c?a=1&b='2'")), "T <&>", null, null);
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
        assertEquals(1, document.getElementsByTagName("a").getLength(), "the M49 code is zero-padded");
        assertEquals("/c?a=1&b='2'", ((org.w3c.dom.Element) document.getElementsByTagName("a").item(0)).getAttribute("href"));
        assertFalse(svg.contains("<desc"), "no description, no desc");
    }

    @Test
    void fiveQuantileStepsOverThePositiveValues() {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            values.add(BigDecimal.valueOf(i * i));
        }
        values.add(BigDecimal.ZERO);
        values.add(null);
        assertEquals(List.of(new BigDecimal("1"), new BigDecimal("9"), new BigDecimal("25"), new BigDecimal("49"), new BigDecimal("81")),
                WorldMap.breaks(values));
        assertEquals(WorldMap.PALETTE, WorldMap.colours(5));
        assertEquals(List.of("#c6dbef", "#08306b"), WorldMap.colours(2));
        assertEquals(List.of(new BigDecimal("5")), WorldMap.breaks(List.of(new BigDecimal("5"), new BigDecimal("5.00"))));
        assertEquals(List.of(), WorldMap.breaks(List.of(BigDecimal.ZERO)));
    }

    @Test
    void allCountriesWithValuesBuildQuickly() {
        List<Area> areas = new ArrayList<>();
        int i = 1;
        for (Shape shape : WorldMap.shapes()) {
            areas.add(new Area(shape.m49(), "X" + shape.m49(), "Country " + shape.m49(), BigDecimal.valueOf(i++ * 1000L), "/countries/" + shape.m49()));
        }
        long start = System.nanoTime();
        String svg = WorldMap.svg(areas, "All", "All countries", USD);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(areas.size(), count(svg, "<a "));
        for (String colour : WorldMap.PALETTE) {
            assertTrue(svg.contains("fill=\"" + colour + "\" d="), colour + " used");
        }
        assertTrue(millis < 1000, millis + " ms");
        assertTrue(svg.length() < 400_000, svg.length() + " chars");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    private static String fillOfLink(String svg, String href) {
        Matcher m = Pattern.compile("href=\"" + Pattern.quote(href) + "\">.*?<path fill=\"(#[0-9a-f]{6})\"").matcher(svg);
        assertTrue(m.find(), href);
        return m.group(1);
    }

    private static double[] centre(String m49) {
        String d = WorldMap.shapes().stream().filter(s -> s.m49().equals(m49)).findFirst().orElseThrow().d();
        Matcher m = Pattern.compile("[ML]([\\d.]+),([\\d.]+)").matcher(d);
        double minX = Double.MAX_VALUE, maxX = 0, minY = Double.MAX_VALUE, maxY = 0;
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return new double[] {(minX + maxX) / 2, (minY + maxY) / 2};
    }
}
