package org.tatracker.indicator.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A world map of countries as server-side SVG, for the portfolio dashboard: each country a path,
 * coloured by a value (assistance received, unmet needs) and linked to its country profile.
 *
 * <p><b>Data.</b> The outlines are {@code countries-110m.json} (next to this class) from the npm
 * package <a href="https://github.com/topojson/world-atlas">world-atlas</a> 2.0.2 by Mike Bostock,
 * ISC licence (its text in {@code countries-110m.LICENSE.txt}); the geometry is Natural Earth 4.1.0
 * Admin 0 countries at 1:110m, public domain. Countries are keyed by ISO 3166-1 numeric code, which
 * is the UN M49 code for countries (zero-padded to 3 digits; Taiwan's 158 is not in the M49 list).
 * Source: https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz, file unchanged.
 * Natural Earth draws de facto boundaries. Three features have no code (N. Cyprus, Somaliland,
 * Kosovo) and are skipped, so they show as gaps in Cyprus, Somalia and Serbia; Antarctica (010)
 * is left out too.
 *
 * <p><b>Projection.</b> Equirectangular (plate carrée): longitude -180..180 maps to x 0..1000 and
 * latitude 84..-58 to y 0..394.4, the same scale on both axes; latitudes outside are clamped
 * (only Antarctica lies south of -58). Rings that cross the antimeridian (Fiji, Russia's Chukotka)
 * are cut there. Coordinates are rounded to one decimal. {@link #svg} adds a 75.6-unit band for
 * the legend below the map, for a 1000 x 470 view box.
 *
 * <p><b>Colours.</b> Five-step sequential blues (from ColorBrewer's Blues, without the near-white steps)
 * by <em>quantiles</em> of the positive values: the lower bound of step i is the value at rank
 * floor(i n / 5) of the n sorted positive values, so each step holds about a fifth of the
 * countries however skewed the amounts are. Equal lower bounds collapse into one step (fewer steps,
 * spread over the palette). Countries without a value are light grey and not linked; values of zero
 * or less are light grey too, but linked.
 *
 * <p>The decoded paths are parsed once, lazily and thread-safely, and cached for the life of the class.
 */
public final class WorldMap {

    /** A country outline: its M49 code and its SVG path data in the {@link #viewBox()} coordinates. */
    public record Shape(String m49, String d) {
    }

    /**
     * A country to colour: {@code value} null means no value (grey, not linked); {@code href} the
     * country profile, an application URL (escaped here, not otherwise checked); {@code name} the
     * label of its tooltip, {@code iso3} kept for the caller (the map keys on {@code m49}).
     */
    public record Area(String m49, String iso3, String name, BigDecimal value, String href) {
    }

    /** Width of the map in view box units. */
    static final double WIDTH = 1000;
    static final double NORTH = 84;
    static final double SOUTH = -58;
    static final double UNITS_PER_DEGREE = WIDTH / 360;
    /** Height of the map: 142 degrees of latitude at the scale of longitude. */
    static final double HEIGHT = (NORTH - SOUTH) * UNITS_PER_DEGREE;
    /** Height of the whole {@link #svg}: the map and the legend band below it. */
    static final double SVG_HEIGHT = 470;

    static final String NO_VALUE = "#e0e0e0";
    static final List<String> PALETTE = List.of("#c6dbef", "#6baed6", "#3182bd", "#08519c", "#08306b");

    private static final String RESOURCE = "countries-110m.json";
    private static final String ANTARCTICA = "010";
    private static final AtomicLong IDS = new AtomicLong();

    private WorldMap() {
    }

    /** All country outlines, sorted by M49 code. */
    public static List<Shape> shapes() {
        return Atlas.SHAPES;
    }

    /** The view box of {@link #shapes()}: the map without the legend, {@code "0 0 1000 394.4"}. */
    public static String viewBox() {
        return "0 0 " + tenths(Math.round(WIDTH * 10)) + ' ' + tenths(Math.round(HEIGHT * 10));
    }

    /**
     * A complete inline {@code <svg>}: {@code role="group"} (so that its country links stay in the accessibility tree) labelled by its {@code <title>} and
     * {@code <desc>}; every country drawn, those of {@code areas} with a value linked to their
     * {@code href} with a {@code <title>} "Name: formatted value"; a legend of the colour steps by
     * their formatted lower bounds. Areas whose M49 code has no outline are not drawn; of two areas
     * with the same code the first counts. No {@code style} attributes (presentation attributes and
     * classes only): the page may style {@code .world-map}, {@code .world-map-country} (the links)
     * and {@code .world-map-legend}.
     *
     * @param format formats values for the tooltips and the legend; null for plain numbers
     * @param description the {@code <desc>}; null or blank for none
     */
    public static String svg(List<Area> areas, String title, String description, Function<BigDecimal, String> format) {
        Objects.requireNonNull(title, "title");
        Function<BigDecimal, String> fmt = format != null ? format : BigDecimal::toPlainString;
        Map<String, Area> byCode = new LinkedHashMap<>();
        for (Area area : areas == null ? List.<Area>of() : areas) {
            String code = area == null ? null : code(area.m49());
            if (code != null && Atlas.BY_CODE.containsKey(code)) {
                byCode.putIfAbsent(code, area);
            }
        }
        List<BigDecimal> breaks = breaks(byCode.values().stream().map(Area::value).toList());
        List<String> colours = colours(breaks.size());

        String id = "world-map-" + IDS.incrementAndGet();
        boolean hasDesc = description != null && !description.isBlank();
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"world-map\" viewBox=\"0 0 ")
                .append(tenths(Math.round(WIDTH * 10))).append(' ').append(tenths(Math.round(SVG_HEIGHT * 10)))
                .append("\" role=\"group\" aria-labelledby=\"").append(id).append("-title")
                .append(hasDesc ? " " + id + "-desc" : "").append("\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        if (hasDesc) {
            svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        }

        // Countries without a value first; then the linked ones by name, so the tab order is alphabetical
        // and their borders are drawn on top.
        svg.append("<g stroke=\"#ffffff\" stroke-width=\"0.5\" stroke-linejoin=\"round\">");
        List<Area> linked = new ArrayList<>();
        for (Shape shape : Atlas.SHAPES) {
            Area area = byCode.get(shape.m49());
            if (area != null && area.value() != null) {
                linked.add(area);
                continue;
            }
            svg.append("<path fill=\"").append(NO_VALUE).append("\" d=\"").append(shape.d()).append('"');
            if (area != null && area.name() != null) {
                svg.append("><title>").append(escape(area.name())).append("</title></path>");
            } else {
                svg.append("/>");
            }
        }
        linked.sort(Comparator.comparing((Area a) -> label(a), String.CASE_INSENSITIVE_ORDER).thenComparing(a -> code(a.m49())));
        for (Area area : linked) {
            Shape shape = Atlas.BY_CODE.get(code(area.m49()));
            svg.append("<a class=\"world-map-country\" href=\"").append(escape(area.href() == null ? "" : area.href())).append("\">")
                    .append("<title>").append(escape(label(area) + ": " + String.valueOf(fmt.apply(area.value())))).append("</title>")
                    .append("<path fill=\"").append(fill(area.value(), breaks, colours)).append("\" d=\"").append(shape.d())
                    .append("\"/></a>");
        }
        svg.append("</g>");
        legend(svg, breaks, colours, fmt);
        return svg.append("</svg>").toString();
    }

    /** The legend: a grey swatch for no value, then one swatch per step over its formatted lower bound. */
    private static void legend(StringBuilder svg, List<BigDecimal> breaks, List<String> colours, Function<BigDecimal, String> fmt) {
        double top = Math.round(HEIGHT * 10) / 10.0 + 18;
        svg.append("<g class=\"world-map-legend\" font-size=\"14\" fill=\"#333333\">");
        swatch(svg, 10, top, 40, NO_VALUE, "\u2014");
        double x = 70;
        for (int i = 0; i < breaks.size(); i++) {
            swatch(svg, x, top, 110, colours.get(i), "\u2265 " + fmt.apply(breaks.get(i)));
            x += 120;
        }
        svg.append("</g>");
    }

    private static void swatch(StringBuilder svg, double x, double top, double width, String colour, String label) {
        svg.append("<rect x=\"").append(tenths(Math.round(x * 10))).append("\" y=\"").append(tenths(Math.round(top * 10)))
                .append("\" width=\"").append(tenths(Math.round(width * 10))).append("\" height=\"16\" fill=\"").append(colour)
                .append("\" stroke=\"#767676\" stroke-width=\"0.5\"/>")
                .append("<text x=\"").append(tenths(Math.round(x * 10))).append("\" y=\"").append(tenths(Math.round((top + 34) * 10)))
                .append("\">").append(escape(label)).append("</text>");
    }

    /** Lower bounds of the quantile steps over the positive values: at most five, ascending, distinct. */
    static List<BigDecimal> breaks(List<BigDecimal> values) {
        List<BigDecimal> positive = values.stream().filter(v -> v != null && v.signum() > 0).sorted().toList();
        List<BigDecimal> breaks = new ArrayList<>();
        int n = positive.size();
        for (int i = 0; i < PALETTE.size() && n > 0; i++) {
            BigDecimal lower = positive.get(i * n / PALETTE.size());
            if (breaks.isEmpty() || breaks.get(breaks.size() - 1).compareTo(lower) != 0) {
                breaks.add(lower);
            }
        }
        return breaks;
    }

    /** The colours of {@code steps} steps, spread over the palette from light to dark (one step: the darkest). */
    static List<String> colours(int steps) {
        if (steps <= 1) {
            return steps == 1 ? List.of(PALETTE.get(PALETTE.size() - 1)) : List.of();
        }
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            colours.add(PALETTE.get(Math.round(i * (PALETTE.size() - 1) / (float) (steps - 1))));
        }
        return colours;
    }

    private static String fill(BigDecimal value, List<BigDecimal> breaks, List<String> colours) {
        if (value == null || value.signum() <= 0) {
            return NO_VALUE;
        }
        for (int i = breaks.size() - 1; i >= 0; i--) {
            if (value.compareTo(breaks.get(i)) >= 0) {
                return colours.get(i);
            }
        }
        return NO_VALUE; // unreachable: every positive value is at least the first bound
    }

    private static String label(Area area) {
        if (area.name() != null && !area.name().isBlank()) {
            return area.name();
        }
        return area.iso3() != null ? area.iso3() : code(area.m49());
    }

    /** The M49 code zero-padded to three digits; null if it is not one to three digits. */
    static String code(String m49) {
        if (m49 == null) {
            return null;
        }
        String code = m49.strip();
        if (code.isEmpty() || code.length() > 3 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return "000".substring(code.length()) + code;
    }

    /** XML-escapes text and attribute values; drops characters XML 1.0 does not allow. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                            && !(Character.isSurrogate(c) && !validSurrogate(text, i)))) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** A number of tenths as a decimal: 12345 as "1234.5", 120 as "12". */
    private static String tenths(long tenths) {
        long whole = tenths / 10;
        long fraction = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return fraction == 0 ? sign + whole : sign + whole + "." + fraction;
    }

    /** The decoded atlas, loaded on first use (class initialisation is lazy and thread-safe). */
    private static final class Atlas {
        static final List<Shape> SHAPES;
        static final Map<String, Shape> BY_CODE;

        static {
            SHAPES = load();
            Map<String, Shape> byCode = new HashMap<>();
            SHAPES.forEach(s -> byCode.put(s.m49(), s));
            BY_CODE = Map.copyOf(byCode);
        }
    }

    private static List<Shape> load() {
        JsonObject topology;
        try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " next to " + WorldMap.class.getName());
            }
            try (JsonReader reader = Json.createReader(in)) {
                topology = reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[][] arcs = arcs(topology);
        List<Shape> shapes = new ArrayList<>();
        for (JsonValue value : topology.getJsonObject("objects").getJsonObject("countries").getJsonArray("geometries")) {
            JsonObject geometry = value.asJsonObject();
            JsonValue id = geometry.get("id");
            if (id == null || id.getValueType() != JsonValue.ValueType.STRING) {
                continue;
            }
            String m49 = code(geometry.getString("id"));
            if (m49 == null || ANTARCTICA.equals(m49)) {
                continue;
            }
            StringBuilder d = new StringBuilder();
            switch (geometry.getString("type")) {
                case "Polygon" -> polygon(geometry.getJsonArray("arcs"), arcs, d);
                case "MultiPolygon" -> {
                    for (JsonValue polygon : geometry.getJsonArray("arcs")) {
                        polygon(polygon.asJsonArray(), arcs, d);
                    }
                }
                default -> {
                    // points and lines have no area to colour
                }
            }
            if (!d.isEmpty()) {
                shapes.add(new Shape(m49, d.toString()));
            }
        }
        shapes.sort(Comparator.comparing(Shape::m49));
        return List.copyOf(shapes);
    }

    /**
     * Decodes the quantized, delta-encoded arcs into longitude, latitude pairs in degrees (latitude
     * clamped to the map). Arcs shared by two countries decode, and so round, identically.
     */
    private static double[][] arcs(JsonObject topology) {
        JsonObject transform = topology.getJsonObject("transform");
        JsonArray scale = transform.getJsonArray("scale");
        JsonArray translate = transform.getJsonArray("translate");
        double kx = scale.getJsonNumber(0).doubleValue();
        double ky = scale.getJsonNumber(1).doubleValue();
        double dx = translate.getJsonNumber(0).doubleValue();
        double dy = translate.getJsonNumber(1).doubleValue();
        JsonArray encoded = topology.getJsonArray("arcs");
        double[][] arcs = new double[encoded.size()][];
        for (int a = 0; a < arcs.length; a++) {
            JsonArray points = encoded.getJsonArray(a);
            double[] arc = new double[points.size() * 2];
            long qx = 0;
            long qy = 0;
            for (int p = 0; p < points.size(); p++) {
                JsonArray point = points.getJsonArray(p);
                qx += point.getJsonNumber(0).longValue();
                qy += point.getJsonNumber(1).longValue();
                arc[2 * p] = qx * kx + dx;
                arc[2 * p + 1] = Math.max(SOUTH, Math.min(NORTH, qy * ky + dy));
            }
            arcs[a] = arc;
        }
        return arcs;
    }

    /** Appends a polygon's rings, each "Mx,yLx,y…Z"; rings left without area after rounding are dropped. */
    private static void polygon(JsonArray rings, double[][] arcs, StringBuilder d) {
        for (JsonValue ring : rings) {
            List<double[]> points = new ArrayList<>();
            for (JsonValue index : ring.asJsonArray()) {
                int i = ((JsonNumber) index).intValue();
                double[] arc = arcs[i >= 0 ? i : ~i];
                int n = arc.length / 2;
                for (int k = points.isEmpty() ? 0 : 1; k < n; k++) { // an arc starts where the previous one ends
                    int p = i >= 0 ? k : n - 1 - k;
                    points.add(new double[] {arc[2 * p], arc[2 * p + 1]});
                }
            }
            for (List<double[]> piece : cut(points)) {
                path(piece, d);
            }
        }
    }

    /**
     * Cuts a ring at the antimeridian. Natural Earth's Fiji and Russia have rings that run to 180°
     * and carry on from -180°, which drawn flat would span the whole map: such a ring is unwrapped
     * into continuous longitudes, then clipped to -180..180 as it is and shifted by 360° either way.
     */
    static List<List<double[]>> cut(List<double[]> ring) {
        List<double[]> unwrapped = new ArrayList<>(ring.size());
        double offset = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int k = 0; k < ring.size(); k++) {
            double lon = ring.get(k)[0];
            if (k > 0) {
                double previous = ring.get(k - 1)[0];
                offset += lon - previous > 180 ? -360 : lon - previous < -180 ? 360 : 0;
            }
            double x = lon + offset;
            min = Math.min(min, x);
            max = Math.max(max, x);
            unwrapped.add(new double[] {x, ring.get(k)[1]});
        }
        if ((min >= -180 && max <= 180) || offset != 0) {
            return List.of(ring); // within the map, or around a pole (only Antarctica, which is left out)
        }
        List<List<double[]>> pieces = new ArrayList<>();
        for (double shift : new double[] {-360, 0, 360}) {
            List<double[]> shifted = new ArrayList<>(unwrapped.size());
            for (double[] point : unwrapped) {
                shifted.add(new double[] {point[0] + shift, point[1]});
            }
            List<double[]> piece = clip(clip(shifted, -180, true), 180, false);
            if (piece.size() >= 3) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    /** Sutherland-Hodgman: the part of a ring east of {@code bound} ({@code east}) or west of it. */
    private static List<double[]> clip(List<double[]> ring, double bound, boolean east) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < ring.size(); k++) {
            double[] a = ring.get(k);
            double[] b = ring.get((k + 1) % ring.size());
            boolean aIn = east ? a[0] >= bound : a[0] <= bound;
            boolean bIn = east ? b[0] >= bound : b[0] <= bound;
            if (aIn) {
                out.add(a);
            }
            if (aIn != bIn) {
                double t = (bound - a[0]) / (b[0] - a[0]);
                out.add(new double[] {bound, a[1] + t * (b[1] - a[1])});
            }
        }
        return out;
    }

    /** Projects, rounds to tenths and appends one ring; nothing if fewer than three points or no area are left. */
    private static void path(List<double[]> ring, StringBuilder d) {
        List<long[]> points = new ArrayList<>(ring.size());
        for (double[] point : ring) {
            double lon = Math.max(-180, Math.min(180, point[0]));
            double lat = Math.max(SOUTH, Math.min(NORTH, point[1]));
            long[] xy = {Math.round((lon + 180) * UNITS_PER_DEGREE * 10), Math.round((NORTH - lat) * UNITS_PER_DEGREE * 10)};
            long[] last = points.isEmpty() ? null : points.get(points.size() - 1);
            if (last == null || last[0] != xy[0] || last[1] != xy[1]) {
                points.add(xy);
            }
        }
        while (points.size() > 1 && Arrays.equals(points.get(0), points.get(points.size() - 1))) {
            points.remove(points.size() - 1); // Z closes the ring
        }
        long twiceArea = 0;
        for (int k = 0; k < points.size(); k++) {
            long[] a = points.get(k);
            long[] b = points.get((k + 1) % points.size());
            twiceArea += a[0] * b[1] - b[0] * a[1];
        }
        if (points.size() < 3 || twiceArea == 0) {
            return;
        }
        for (int k = 0; k < points.size(); k++) {
            d.append(k == 0 ? 'M' : 'L').append(tenths(points.get(k)[0])).append(',').append(tenths(points.get(k)[1]));
        }
        d.append('Z');
    }
}
