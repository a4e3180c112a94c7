package org.tatracker.indicator.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.indicator.control.Facts;
import org.tatracker.indicator.control.Formulas;
import org.tatracker.indicator.control.Indicator;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;
import org.tatracker.testing.Http;

/**
 * The dashboard computed by brute force: every project and every assessment read one by one through the REST API,
 * selected by filters written here again in plain Java, and passed through {@link Formulas}. Nothing of the database
 * aggregation is reused: not its queries, not its filters.
 */
final class BruteForce {

    static final List<String> ANSWERING = List.of("IMPLEMENTATION", "FINALISATION", "CLOSED");

    final Http api;
    final List<JsonObject> projects = new ArrayList<>();
    final List<JsonObject> assessments = new ArrayList<>();
    final Map<String, TreeMap<Integer, BigDecimal>> rates = new HashMap<>();

    BruteForce(Http api) throws IOException {
        this.api = api;
        for (JsonObject summary : all("api/projects?")) {
            projects.add(api.get("api/projects/" + summary.getJsonNumber("id").longValue()).json());
        }
        for (JsonObject summary : all("api/assessments?")) {
            if (List.of("SHARED", "VALIDATED").contains(summary.getString("status"))) {
                assessments.add(api.get("api/assessments/" + summary.getJsonNumber("id").longValue()).json());
            }
        }
        // the rates the tracker seeded (seeds/rates), for the estimated costs of needs
        List<String> lines = Files.readAllLines(Path.of("seeds/rates/exchange_rates.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rates.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1]), new BigDecimal(f[2]));
        }
    }

    private List<JsonObject> all(String path) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<JsonObject> items = api.get(path + "size=200&page=" + page).json().getJsonArray("items").getValuesAs(JsonObject.class);
            all.addAll(items);
            if (items.size() < 200) {
                return all;
            }
        }
    }

    /** The filters of the dashboard, applied in Java. {@code regionCountries} are the ISO3 codes of the region's countries. */
    record Filter(String text, String country, Set<String> regionCountries, String donor, String modality, String kind, String status,
            Integer year) {

        boolean selects(JsonObject p) {
            return (text == null || p.getString("title").toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))
                    || p.getString("iatiIdentifier").equals(text))
                    && (country == null || countries(p).contains(country))
                    && (regionCountries == null || countries(p).stream().anyMatch(regionCountries::contains))
                    && (donor == null || objects(p, "partners").stream().anyMatch(x -> "FUNDING".equals(x.getString("role"))
                            && donor.equals(x.getString("name"))))
                    && (modality == null || modality.equalsIgnoreCase(string(p, "modality")))
                    && (kind == null || objects(p, "components").stream().anyMatch(c -> kind.equalsIgnoreCase(c.getString("kind"))))
                    && (status == null || status.equalsIgnoreCase(p.getString("status")))
                    && (year == null || runsIn(p, year));
        }

        /** The needs' filters: only the country and the region concern needs. */
        boolean area(String iso3) {
            return (country == null || country.equals(iso3)) && (regionCountries == null || regionCountries.contains(iso3));
        }

        private static boolean runsIn(JsonObject p, int year) {
            LocalDate start = date(p, "actualStart").or(() -> date(p, "plannedStart")).orElse(null);
            LocalDate end = date(p, "actualEnd").or(() -> date(p, "plannedEnd")).orElse(null);
            return start != null && start.getYear() <= year && (end == null || end.getYear() >= year);
        }
    }

    /** Every figure of the dashboard for a filter, by code; series as further entries ("YEAR_2021_COMMITTED", ...). */
    Map<String, Indicator> expected(Filter f) {
        List<JsonObject> selected = projects.stream().filter(f::selects).toList();
        Map<String, Indicator> out = new LinkedHashMap<>();
        List<Facts.ProjectFact> facts = selected.stream().map(this::fact).toList();
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (JsonObject p : selected) {
            committed = committed.add(p.getJsonObject("totals").getJsonNumber("committedUsd").bigDecimalValue());
            JsonObject t = p.getJsonObject("totals");
            disbursed = disbursed.add(t.getJsonNumber("disbursedUsd").bigDecimalValue()).add(t.getJsonNumber("expenditureUsd").bigDecimalValue());
        }
        put(out, Indicator.count(Formulas.PROJECTS, selected.size()));
        put(out, Indicator.usd(Formulas.COMMITTED_USD, committed));
        put(out, Indicator.usd(Formulas.DISBURSED_USD, disbursed));
        Formulas.needsBased(facts).forEach(i -> put(out, i));
        Formulas.cooperation(facts).forEach(i -> put(out, i));
        put(out, Formulas.averageSustainability(facts));
        put(out, Formulas.materialWithCapacity(facts));
        List<Facts.EventFact> events = new ArrayList<>();
        selected.forEach(p -> objects(p, "components").forEach(c -> objects(c, "events").forEach(e -> events.add(event(e)))));
        Formulas.training(events).forEach(i -> put(out, i));
        Formulas.trainingByModality(events).forEach((m, list) -> list.forEach(i -> put(out, rename(i, "TRAINING_" + m + "_" + i.code()))));

        // needs of shared or validated current assessments of the area, still relevant; covered by a selected answering project
        Map<Long, List<JsonObject>> linksByNeed = new HashMap<>();
        selected.stream().filter(p -> ANSWERING.contains(p.getString("status")))
                .forEach(p -> objects(p, "needs").forEach(l -> linksByNeed.computeIfAbsent(l.getJsonNumber("needId").longValue(),
                        k -> new ArrayList<>()).add(p)));
        List<Facts.NeedFact> needs = new ArrayList<>();
        List<Formulas.Cost> openCosts = new ArrayList<>();
        Map<String, long[]> open = new TreeMap<>();
        Set<Long> openNeedIds = new HashSet<>();
        Map<Long, String> countryOfNeed = new HashMap<>();
        for (JsonObject a : assessments) {
            String iso3 = a.getString("countryIso3");
            if (a.getBoolean("superseded") || !f.area(iso3)) {
                continue;
            }
            for (JsonObject n : objects(a, "needs")) {
                if ("NO_LONGER_RELEVANT".equals(n.getString("status"))) {
                    continue;
                }
                long id = n.getJsonNumber("id").longValue();
                needs.add(new Facts.NeedFact(id, iso3, Priority.valueOf(n.getString("priority")), linksByNeed.containsKey(id), null, List.of()));
                if ("OPEN".equals(n.getString("status"))) {
                    openNeedIds.add(id);
                    countryOfNeed.put(id, iso3);
                    long[] c = open.computeIfAbsent(iso3, k -> new long[2]);
                    c[0]++;
                    if (n.isNull("costAmount") || !n.containsKey("costAmount")) {
                        c[1]++;
                    } else {
                        openCosts.add(new Formulas.Cost(iso3, n.getJsonNumber("costAmount").bigDecimalValue(), n.getString("costCurrency")));
                    }
                }
            }
        }
        put(out, Indicator.count(Formulas.NEEDS, needs.size()));
        Formulas.needsCoverage(needs).forEach(i -> put(out, i));
        Formulas.coverageByPriority(needs).forEach((p, i) -> put(out, i));

        // funding gap: open needs of the area, their cost at the latest rate, commitments of every project linked to them
        Map<String, BigDecimal> costUsd = Formulas.costInUsd(openCosts, (amount, currency) -> latest(amount, currency));
        open.keySet().forEach(iso3 -> costUsd.putIfAbsent(iso3, BigDecimal.ZERO));
        Map<String, Map<Long, BigDecimal>> commitments = new HashMap<>();
        for (JsonObject p : projects) {
            for (JsonObject l : objects(p, "needs")) {
                long needId = l.getJsonNumber("needId").longValue();
                if (openNeedIds.contains(needId)) {
                    commitments.computeIfAbsent(countryOfNeed.get(needId), k -> new HashMap<>()).put(p.getJsonNumber("id").longValue(),
                            p.getJsonObject("totals").getJsonNumber("committedUsd").bigDecimalValue());
                }
            }
        }
        Map<String, Indicator> gaps = Formulas.fundingGap(costUsd, commitments);
        put(out, Indicator.usd(Formulas.FUNDING_GAP_USD, gaps.values().stream().map(Indicator::value).reduce(BigDecimal.ZERO, BigDecimal::add)));
        gaps.forEach((iso3, g) -> put(out, rename(g, "GAP_" + iso3)));

        // series
        Map<Integer, BigDecimal[]> years = new TreeMap<>();
        Map<String, BigDecimal> byCountry = new TreeMap<>();
        Map<String, long[]> countryProjects = new TreeMap<>();
        for (JsonObject p : selected) {
            for (JsonObject t : objects(p, "transactions")) {
                if (t.isNull("usdAmount")) {
                    continue;
                }
                int year = LocalDate.parse(t.getString("date")).getYear();
                BigDecimal usd = t.getJsonNumber("usdAmount").bigDecimalValue();
                BigDecimal[] y = years.computeIfAbsent(year, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                switch (t.getString("type")) {
                    case "COMMITMENT" -> y[0] = y[0].add(usd);
                    case "DISBURSEMENT", "EXPENDITURE" -> y[1] = y[1].add(usd);
                    default -> {
                    }
                }
            }
            BigDecimal c = p.getJsonObject("totals").getJsonNumber("committedUsd").bigDecimalValue();
            for (JsonObject share : objects(p, "countries")) {
                byCountry.merge(share.getString("iso3"), c.multiply(share.getJsonNumber("percentage").bigDecimalValue()), BigDecimal::add);
                countryProjects.computeIfAbsent(share.getString("iso3"), k -> new long[1])[0]++;
            }
        }
        years.forEach((y, v) -> {
            if (v[0].signum() != 0 || v[1].signum() != 0) {
                put(out, Indicator.usd("YEAR_" + y + "_COMMITTED", v[0]));
                put(out, Indicator.usd("YEAR_" + y + "_DISBURSED", v[1]));
            }
        });
        byCountry.forEach((iso3, v) -> {
            put(out, Indicator.usd("COUNTRY_" + iso3 + "_COMMITTED", v.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN)));
            put(out, Indicator.count("COUNTRY_" + iso3 + "_PROJECTS", countryProjects.get(iso3)[0]));
        });
        Formulas.participations(facts).forEach((iso3, roles) -> roles.forEach((role, n) -> put(out, Indicator.count("ROLE_" + iso3 + "_" + role, n))));
        return out;
    }

    /** The same entries read from the dashboard's JSON. */
    static Map<String, JsonObject> actual(JsonObject d) {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        d.getJsonArray("indicators").getValuesAs(JsonObject.class).forEach(i -> out.put(i.getString("code"), i));
        d.getJsonObject("coverageByPriority").forEach((p, i) -> out.put(((JsonObject) i).getString("code"), (JsonObject) i));
        d.getJsonObject("trainingByModality").forEach((m, list) -> list.asJsonArray().getValuesAs(JsonObject.class)
                .forEach(i -> out.put("TRAINING_" + m + "_" + i.getString("code"), i)));
        d.getJsonArray("fundingGaps").getValuesAs(JsonObject.class).forEach(g -> out.put("GAP_" + g.getString("iso3"), g.getJsonObject("gap")));
        d.getJsonArray("byYear").getValuesAs(JsonObject.class).forEach(y -> {
            out.put("YEAR_" + y.getInt("year") + "_COMMITTED", value(y.getJsonNumber("committedUsd")));
            out.put("YEAR_" + y.getInt("year") + "_DISBURSED", value(y.getJsonNumber("disbursedUsd")));
        });
        d.getJsonArray("byCountry").getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("projects").longValue() > 0)
                .forEach(c -> {
                    out.put("COUNTRY_" + c.getString("iso3") + "_COMMITTED", value(c.getJsonNumber("committedUsd")));
                    out.put("COUNTRY_" + c.getString("iso3") + "_PROJECTS", value(c.getJsonNumber("projects")));
                });
        d.getJsonArray("participations").getValuesAs(JsonObject.class).forEach(c -> c.getJsonObject("byRole")
                .forEach((role, n) -> out.put("ROLE_" + c.getString("iso3") + "_" + role, value((JsonNumber) n))));
        return out;
    }

    private static JsonObject value(JsonNumber n) {
        return jakarta.json.Json.createObjectBuilder().add("value", n).build();
    }

    private Optional<BigDecimal> latest(BigDecimal amount, String currency) {
        if ("USD".equals(currency)) {
            return Optional.of(amount.setScale(2, RoundingMode.HALF_EVEN));
        }
        var rate = rates.getOrDefault(currency, new TreeMap<>()).floorEntry(LocalDate.now().getYear());
        return rate == null ? Optional.empty() : Optional.of(amount.divide(rate.getValue(), 2, RoundingMode.HALF_EVEN));
    }

    private Facts.ProjectFact fact(JsonObject p) {
        boolean linkedToValidated = objects(p, "needs").stream().anyMatch(l -> assessments.stream()
                .anyMatch(a -> a.getJsonNumber("id").longValue() == l.getJsonNumber("assessmentId").longValue()
                        && "VALIDATED".equals(a.getString("status"))));
        List<Facts.Participation> participations = objects(p, "partners").stream().filter(x -> x.containsKey("sscRole") && !x.isNull("sscRole"))
                .map(x -> new Facts.Participation(x.getString("countryIso3"), SscRole.valueOf(x.getString("sscRole")), x.getBoolean("southern")))
                .toList();
        boolean technical = false;
        boolean material = false;
        boolean training = false;
        boolean curriculum = false;
        int certified = 0;
        int secondary = 0;
        int items = 0;
        int withPlan = 0;
        int checked = 0;
        int working = 0;
        for (JsonObject c : objects(p, "components")) {
            switch (c.getString("kind")) {
                case "TECHNICAL" -> technical = true;
                case "MATERIAL" -> material = true;
                default -> training = true;
            }
            for (JsonObject e : objects(c, "events")) {
                curriculum |= e.getBoolean("curriculumAdopted");
                if ("TRAINING_OF_TRAINERS".equals(e.getString("type"))) {
                    certified += e.getInt("certifiedTrainers");
                    secondary += e.getInt("secondaryTrainees");
                }
            }
            for (JsonObject i : objects(c, "items")) {
                items++;
                withPlan += i.getBoolean("maintenancePlan") ? 1 : 0;
                // the latest check, by date
                Optional<JsonObject> latest = objects(i, "checks").stream().max(java.util.Comparator.comparing(x -> x.getString("checkedOn")));
                if (latest.isPresent()) {
                    checked++;
                    working += latest.get().getBoolean("working") ? 1 : 0;
                }
            }
        }
        JsonObject s = p.getJsonObject("sustainability");
        boolean cofinancing = s.containsKey("cofinancingAmount") && !s.isNull("cofinancingAmount")
                && s.getJsonNumber("cofinancingAmount").bigDecimalValue().signum() > 0;
        BigDecimal national = s.containsKey("nationalSystemsPercent") && !s.isNull("nationalSystemsPercent")
                ? s.getJsonNumber("nationalSystemsPercent").bigDecimalValue() : null;
        Facts.SustainabilityFact sf = new Facts.SustainabilityFact(string(s, "exitStrategy") != null && !string(s, "exitStrategy").isBlank(),
                cofinancing, s.getBoolean("recurrentTakenOver"), national, s.getJsonArray("laws").size(), curriculum, certified, secondary, items,
                withPlan, checked, working);
        String modality = string(p, "modality");
        return new Facts.ProjectFact(p.getJsonNumber("id").longValue(), modality == null ? null : Modality.valueOf(modality),
                p.getJsonObject("totals").getJsonNumber("committedUsd").bigDecimalValue(), linkedToValidated,
                p.getJsonObject("theoryOfChange").getBoolean("stated"), technical, material, training, participations, sf);
    }

    private static Facts.EventFact event(JsonObject e) {
        return new Facts.EventFact(TrainingModality.valueOf(e.getString("modality")), TrainingType.valueOf(e.getString("type")), e.getInt("female"),
                e.getInt("male"), e.getInt("notStated"), decimal(e, "preScore"), decimal(e, "postScore"), e.getInt("certifiedTrainers"),
                e.getInt("secondaryTrainees"), decimal(e, "followUpRate"));
    }

    private static void put(Map<String, Indicator> out, Indicator i) {
        out.put(i.code(), i);
    }

    private static Indicator rename(Indicator i, String code) {
        return new Indicator(code, i.value(), i.numerator(), i.denominator(), i.unit());
    }

    static Set<String> countries(JsonObject p) {
        Set<String> codes = new HashSet<>();
        objects(p, "countries").forEach(c -> codes.add(c.getString("iso3")));
        return codes;
    }

    static List<JsonObject> objects(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? o.getJsonArray(field).getValuesAs(JsonObject.class) : List.of();
    }

    static String string(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? o.getString(field) : null;
    }

    static BigDecimal decimal(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? o.getJsonNumber(field).bigDecimalValue() : null;
    }

    static Optional<LocalDate> date(JsonObject o, String field) {
        return Optional.ofNullable(string(o, field)).map(LocalDate::parse);
    }

    /** Compares a figure: value, numerator and denominator, as numbers (null only with null). */
    static List<String> differences(Map<String, Indicator> expected, Map<String, JsonObject> actual) {
        List<String> differences = new ArrayList<>();
        Set<String> codes = new java.util.TreeSet<>(expected.keySet());
        codes.addAll(actual.keySet());
        for (String code : codes) {
            Indicator e = expected.get(code);
            JsonObject a = actual.get(code);
            if (e == null || a == null) {
                // a zero figure may be left out on one side (a year or country with nothing, a role with no project)
                BigDecimal v = e == null ? number(a, "value") : e.value();
                if (v != null && v.signum() != 0) {
                    differences.add(code + ": expected " + (e == null ? "nothing" : e) + ", the dashboard has " + (a == null ? "nothing" : a));
                }
                continue;
            }
            if (!same(e.value(), number(a, "value")) || (a.containsKey("numerator") && !same(e.numerator(), number(a, "numerator")))
                    || (a.containsKey("denominator") && !same(e.denominator(), number(a, "denominator")))) {
                differences.add(code + ": expected " + e + ", the dashboard has " + a);
            }
        }
        return differences;
    }

    private static BigDecimal number(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).bigDecimalValue();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
