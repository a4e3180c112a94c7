package org.tatracker.indicator.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.boundary.LanguageSelection;
import org.tatracker.indicator.control.Dashboard;
import org.tatracker.indicator.control.Formulas;
import org.tatracker.indicator.control.Indicator;
import org.tatracker.indicator.control.WorldMap;
import org.tatracker.project.boundary.ProjectFilterChoices;
import org.tatracker.project.control.ProjectQuery;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.TrainingModality;

/**
 * The portfolio dashboard ({@code dashboard.xhtml}): the filters are view parameters, so that a
 * dashboard can be bookmarked and shared, and applying them reloads the page with the new address;
 * every tile, chart, map and table reads the one {@link Dashboard} computed for them.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tiles, in the order the page shows them, grouped. */
    static final List<List<String>> TILE_GROUPS = List.of(
            List.of(Formulas.PROJECTS, Formulas.COMMITTED_USD, Formulas.DISBURSED_USD),
            List.of(Formulas.NEEDS, Formulas.NEEDS_COVERED, Formulas.HIGH_PRIORITY_NEEDS_COVERED, Formulas.FUNDING_GAP_USD),
            List.of(Formulas.NEEDS_BASED, Formulas.THEORY_OF_CHANGE),
            List.of(Formulas.MODALITY_SHARE + "SOUTH_SOUTH", Formulas.MODALITY_SHARE + "TRIANGULAR", Formulas.MODALITY_VALUE_SHARE + "SOUTH_SOUTH",
                    Formulas.MODALITY_VALUE_SHARE + "TRIANGULAR", Formulas.SOUTHERN_PROVIDERS),
            List.of(Formulas.SUSTAINABILITY_INDEX, Formulas.MATERIAL_WITH_CAPACITY),
            List.of(Formulas.PARTICIPANTS, Formulas.FEMALE_SHARE, Formulas.KNOWLEDGE_GAIN, Formulas.TOT_MULTIPLIER, Formulas.FOLLOW_UP_APPLICATION));
    static final List<String> GROUP_KEYS = List.of("dashboard.group.money", "dashboard.group.needs", "dashboard.group.needsBased",
            "dashboard.group.ssc", "dashboard.group.sustainability", "dashboard.group.training");

    @Inject
    Indicators indicators;

    @Inject
    ProjectFilterChoices choices;

    @Inject
    LanguageSelection language;

    private String country;
    private String region;
    private String donor;
    private Modality modality;
    private ComponentKind kind;
    private String sector;
    private ProjectStatus status;
    private Integer year;
    private Priority priority;
    private String map;
    private Dashboard dashboard;
    private final UnmetNeeds unmet = new UnmetNeeds();

    /** One tile: the indicator's code, its value as the reader's locale writes it, and where its records are. */
    public record Tile(String code, String value, String detail, String drillDown) {
    }

    /** A group of tiles with its heading's key. */
    public record TileGroup(String key, List<Tile> tiles) {
    }

    /** A bar of a chart: its label, its value as written, and its length from 0 to 100. */
    public record Bar(String label, String value, String length, String href) {
    }

    /** A bar with two measures (commitments and disbursements of a year). */
    public record Pair(String label, String first, String firstLength, String second, String secondLength) {
    }

    public void load() {
        dashboard = indicators.dashboard(query(0, 1), language.getCurrent());
    }

    /** Reloads the page with the filters in its address. */
    public String apply() {
        return "/dashboard?faces-redirect=true&includeViewParams=true";
    }

    ProjectQuery query(int page, int size) {
        return new ProjectQuery(country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT), region, donor, null,
                modality, kind, sector, status, year, null, ProjectQuery.Sort.START, true, page, size);
    }

    public List<TileGroup> getTiles() {
        List<TileGroup> groups = new ArrayList<>();
        for (int g = 0; g < TILE_GROUPS.size(); g++) {
            List<Tile> tiles = new ArrayList<>();
            for (String code : TILE_GROUPS.get(g)) {
                dashboard.indicator(code).ifPresent(i -> tiles.add(new Tile(code, format(i), detail(i), drillDown(code))));
            }
            groups.add(new TileGroup(GROUP_KEYS.get(g), tiles));
        }
        return groups;
    }

    /** The value as the reader's locale writes it; a dash when there is nothing to compute it from. */
    String format(Indicator i) {
        return format(i, language.getLocale());
    }

    /** An indicator's value as a locale writes it (shares as percentages, USD without cents); a dash when it has none. */
    public static String format(Indicator i, Locale locale) {
        if (i.value() == null) {
            return "–";
        }
        NumberFormat f = switch (i.unit()) {
            case SHARE -> NumberFormat.getPercentInstance(locale);
            case USD -> NumberFormat.getCurrencyInstance(locale);
            case COUNT -> NumberFormat.getIntegerInstance(locale);
            case POINTS, RATIO -> NumberFormat.getNumberInstance(locale);
        };
        if (i.unit() == Indicator.Unit.USD) {
            f.setCurrency(java.util.Currency.getInstance("USD"));
            f.setMaximumFractionDigits(0);
        } else {
            f.setMaximumFractionDigits(i.unit() == Indicator.Unit.COUNT ? 0 : i.unit() == Indicator.Unit.SHARE ? 1 : 2);
        }
        return f.format(i.value());
    }

    /** Numerator and denominator, for shares. */
    String detail(Indicator i) {
        if (i.unit() != Indicator.Unit.SHARE || i.numerator() == null || i.denominator() == null) {
            return null;
        }
        return decimal(i.numerator()) + " / " + decimal(i.denominator());
    }

    /** Where the records a figure counts are: the project list with the same filters, or this page's tables. */
    String drillDown(String code) {
        if (code.startsWith(Formulas.MODALITY_SHARE) || code.startsWith(Formulas.MODALITY_VALUE_SHARE)) {
            return projectsLink(Map.of("modality", code.substring(code.lastIndexOf("SHARE_") + 6)));
        }
        return switch (code) {
            case Formulas.NEEDS, Formulas.NEEDS_COVERED -> "#unmet-needs";
            case Formulas.HIGH_PRIORITY_NEEDS_COVERED -> dashboardLink(Map.of("priority", "HIGH")) + "#unmet-needs";
            case Formulas.FUNDING_GAP_USD -> "#funding-gaps";
            case Formulas.MATERIAL_WITH_CAPACITY -> projectsLink(Map.of("kind", "MATERIAL"));
            case Formulas.PARTICIPANTS, Formulas.FEMALE_SHARE, Formulas.KNOWLEDGE_GAIN, Formulas.TOT_MULTIPLIER, Formulas.FOLLOW_UP_APPLICATION ->
                projectsLink(Map.of("kind", "TRAINING"));
            default -> projectsLink(Map.of());
        };
    }

    private Map<String, String> filters() {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "country", country == null ? null : country.strip().toUpperCase(Locale.ROOT));
        put(f, "region", region);
        put(f, "donor", donor);
        put(f, "modality", modality == null ? null : modality.name());
        put(f, "kind", kind == null ? null : kind.name());
        put(f, "sector", sector);
        put(f, "status", status == null ? null : status.name());
        put(f, "year", year == null ? null : year.toString());
        return f;
    }

    private static void put(Map<String, String> f, String name, String value) {
        if (value != null && !value.isBlank()) {
            f.put(name, value.strip());
        }
    }

    String projectsLink(Map<String, String> more) {
        return "projects.xhtml" + queryString(more);
    }

    String dashboardLink(Map<String, String> more) {
        return "dashboard.xhtml" + queryString(more);
    }

    private String queryString(Map<String, String> more) {
        Map<String, String> f = filters();
        f.putAll(more);
        StringBuilder q = new StringBuilder();
        f.forEach((k, v) -> q.append(q.length() == 0 ? '?' : '&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }

    /** The address of a table's file with the current filters, in the reader's language. */
    public String exportLink(String table, String format) {
        Map<String, String> f = filters();
        f.put("lang", language.getCurrent().tag());
        StringBuilder q = new StringBuilder("api/indicators/tables/").append(table).append('.').append(format);
        f.forEach((k, v) -> q.append(q.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }

    // ---- charts: bars whose length is the value's share of the largest ----

    public List<Pair> getByYear() {
        BigDecimal max = dashboard.byYear().stream().map(y -> y.committedUsd().max(y.disbursedUsd())).reduce(BigDecimal.ZERO, BigDecimal::max);
        return dashboard.byYear().stream().map(y -> new Pair(Integer.toString(y.year()), usd(y.committedUsd()), length(y.committedUsd(), max),
                usd(y.disbursedUsd()), length(y.disbursedUsd(), max))).toList();
    }

    /** The twenty countries that receive most. */
    public List<Bar> getByCountry() {
        List<Dashboard.CountryPoint> top = dashboard.byCountry().stream().filter(c -> c.projects() > 0).limit(20).toList();
        BigDecimal max = top.stream().map(Dashboard.CountryPoint::committedUsd).reduce(BigDecimal.ZERO, BigDecimal::max);
        return top.stream().map(c -> new Bar(c.name(), usd(c.committedUsd()), length(c.committedUsd(), max), "country.xhtml?iso3=" + c.iso3()))
                .toList();
    }

    public List<Dashboard.ModalityPoint> getByModality() {
        return dashboard.byModality();
    }

    public String modalityLength(Dashboard.ModalityPoint m) {
        return length(m.committedUsd(), dashboard.committedUsd());
    }

    public List<Dashboard.KindPoint> getByKind() {
        return dashboard.byKind();
    }

    public String kindLength(Dashboard.KindPoint k) {
        return length(k.committedUsd(), dashboard.committedUsd());
    }

    public List<Map.Entry<Priority, Indicator>> getCoverage() {
        return new ArrayList<>(dashboard.coverageByPriority().entrySet());
    }

    public String shareLength(Indicator i) {
        return i.value() == null ? "0" : i.value().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    public List<Map.Entry<TrainingModality, List<Indicator>>> getTraining() {
        return new ArrayList<>(dashboard.trainingByModality().entrySet());
    }

    private static String length(BigDecimal value, BigDecimal max) {
        if (max == null || max.signum() <= 0 || value == null || value.signum() <= 0) {
            return "0";
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_EVEN).toPlainString();
    }

    // ---- the map ----

    /** The world map, coloured by commitments received or, with {@code map=needs}, by open needs; each country links to its profile. */
    public String getWorldMap() {
        boolean needs = "needs".equals(map);
        List<WorldMap.Area> areas = new ArrayList<>();
        for (Dashboard.CountryPoint c : dashboard.byCountry()) {
            if (c.m49() != null) {
                BigDecimal value = needs ? BigDecimal.valueOf(c.openNeeds()) : c.committedUsd();
                areas.add(new WorldMap.Area(c.m49(), c.iso3(), c.name(), value, "country.xhtml?iso3=" + c.iso3()));
            }
        }
        var msg = java.util.ResourceBundle.getBundle("org.tatracker.i18n.messages", language.getLocale());
        return WorldMap.svg(areas, msg.getString(needs ? "dashboard.map.needs" : "dashboard.map.committed"), msg.getString("dashboard.map.description"),
                v -> needs ? NumberFormat.getIntegerInstance(language.getLocale()).format(v) : usd(v));
    }

    public boolean isNeedsMap() {
        return "needs".equals(map);
    }

    public String mapLink(String which) {
        return dashboardLink("needs".equals(which) ? Map.of("map", "needs") : Map.of()) + "#world-map";
    }

    // ---- formatting ----

    String usd(BigDecimal v) {
        NumberFormat f = NumberFormat.getCurrencyInstance(language.getLocale());
        f.setCurrency(java.util.Currency.getInstance("USD"));
        f.setMaximumFractionDigits(0);
        return f.format(v);
    }


    String decimal(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(language.getLocale());
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    public String usdOf(BigDecimal v) {
        return usd(v);
    }

    public String formatted(Indicator i) {
        return format(i);
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(language.getLocale()).format(n);
    }

    // ---- the unmet needs ----

    /** The needs no selected project answers, a page at a time, highest priority first. */
    public class UnmetNeeds extends LazyDataModel<Dashboard.UnmetNeed> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) indicators.countUnmetNeeds(query(0, 1), priority);
        }

        @Override
        public List<Dashboard.UnmetNeed> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return indicators.unmetNeeds(query(0, 1), priority, first, pageSize, language.getCurrent());
        }

        @Override
        public String getRowKey(Dashboard.UnmetNeed row) {
            return Long.toString(row.id());
        }
    }

    public UnmetNeeds getUnmet() {
        return unmet;
    }

    public String usdOrNone(BigDecimal v, String currency) {
        if (v == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(language.getLocale());
        f.setCurrency(java.util.Currency.getInstance(currency));
        return f.format(v);
    }

    // ---- filters ----

    public List<String> getDonors() {
        return choices.donors();
    }

    public List<M49Area.Unit> getRegions() {
        return choices.regions();
    }

    public Modality[] getModalities() {
        return choices.modalities();
    }

    public ComponentKind[] getKinds() {
        return choices.kinds();
    }

    public ProjectStatus[] getStatuses() {
        return choices.statuses();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Dashboard getDashboard() { return dashboard; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getDonor() { return donor; }
    public void setDonor(String donor) { this.donor = donor; }
    public Modality getModality() { return modality; }
    public void setModality(Modality modality) { this.modality = modality; }
    public ComponentKind getKind() { return kind; }
    public void setKind(ComponentKind kind) { this.kind = kind; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public ProjectStatus getStatus() { return status; }
    public void setStatus(ProjectStatus status) { this.status = status; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public String getMap() { return map; }
    public void setMap(String map) { this.map = map; }
}
