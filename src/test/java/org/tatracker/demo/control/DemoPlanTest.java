package org.tatracker.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tatracker.assessment.entity.Assessment;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.assessment.entity.Need;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.country.entity.Country;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.entity.Language;
import org.tatracker.i18n.entity.LocalizedName;
import org.tatracker.platform.entity.Money;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.Partner;
import org.tatracker.project.entity.Project;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TransactionType;
import org.tatracker.project.entity.UsdValue;
import org.tatracker.security.entity.Organisation;
import org.tatracker.security.entity.OrganisationKind;

class DemoPlanTest {

    /** The UN members that the default Global South rule (UNCTAD developing economies) does not count as Southern. */
    static final Set<String> NORTHERN = Set.of("ALB", "AND", "AUS", "AUT", "BEL", "BGR", "BIH", "BLR", "CAN", "CHE", "CZE", "DEU", "DNK",
            "ESP", "EST", "FIN", "FRA", "GBR", "GRC", "HRV", "HUN", "IRL", "ISL", "ISR", "ITA", "JPN", "KOR", "LIE", "LTU", "LUX", "LVA", "MCO",
            "MDA", "MKD", "MLT", "MNE", "NLD", "NOR", "NZL", "POL", "PRT", "ROU", "RUS", "SMR", "SRB", "SVK", "SVN", "SWE", "UKR", "USA");

    static final List<DemoPlan.Place> PLACES = DemoPlan.UN_MEMBERS.stream()
            .map(iso3 -> new DemoPlan.Place(iso3, "Country " + iso3, !NORTHERN.contains(iso3))).toList();

    final DemoPlan plan = new DemoPlan(DemoPlan.DEFAULT_SEED, PLACES);

    // ---- counts and scale ----

    @Test
    void theUnHas193MemberStates() {
        assertEquals(193, DemoPlan.UN_MEMBERS.size());
        assertEquals(193, new HashSet<>(DemoPlan.UN_MEMBERS).size());
    }

    @Test
    void scaleOneGivesTheFullCounts() {
        DemoPlan.Counts c = plan.counts(1);
        assertEquals(20_000, c.assessments());
        assertEquals(200_000, c.needs());
        assertEquals(50_000, c.projects());
        assertEquals(1_000_000, c.transactions());
        assertEquals(143, c.recipientCountries(), "every Southern member; providers come from all 193");
    }

    @Test
    void scaleOneHundredthGivesTheDemoCounts() {
        DemoPlan.Counts c = plan.counts(0.01);
        assertEquals(200, c.assessments());
        assertEquals(2_000, c.needs());
        assertEquals(500, c.projects());
        assertEquals(10_000, c.transactions());
        assertEquals(39, c.recipientCountries(), "round(193 × 20 × 0.01)");
    }

    @Test
    void countsScaleLinearlyAndAreAtLeastOne() {
        assertEquals(200_000, plan.counts(10).assessments());
        assertEquals(500_000, plan.counts(10).projects());
        assertEquals(10_000, plan.counts(0.5).assessments());
        DemoPlan.Counts tiny = plan.counts(1e-9);
        assertEquals(1, tiny.assessments());
        assertEquals(1, tiny.projects());
        assertEquals(plan.needCount(0), tiny.needs());
        assertEquals(plan.transactionCount(0), tiny.transactions());
        assertEquals(10, tiny.recipientCountries(), "never fewer than ten countries in play");
    }

    @Test
    void needsAndTransactionsVaryButAverageExactlyOverEveryTenRecords() {
        Set<Integer> needCounts = new HashSet<>();
        for (int block = 0; block < 50; block++) {
            int needs = 0;
            int transactions = 0;
            for (int i = block * 10; i < block * 10 + 10; i++) {
                int n = plan.needCount(i);
                int t = plan.transactionCount(i);
                assertTrue(n >= 5 && n <= 15, "needs " + n);
                assertTrue(t >= 8 && t <= 32, "transactions " + t);
                needCounts.add(n);
                needs += n;
                transactions += t;
            }
            assertEquals(100, needs);
            assertEquals(200, transactions);
        }
        assertTrue(needCounts.size() > 5, "assessments differ in their number of needs");
        assertEquals(plan.needs(1234), java.util.stream.IntStream.range(0, 1234).map(plan::needCount).sum());
    }

    @Test
    void badScalesAreRefusedWithAClearMessage() {
        for (double bad : new double[] {0, -1, 10.000001, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan.counts(bad), "scale " + bad);
            assertTrue(e.getMessage().contains("scale must be more than 0 and at most 10"), e.getMessage());
        }
        assertEquals(10.0, DemoPlan.requireScale(10));
    }

    // ---- determinism ----

    @Test
    void theSameIndexGivesTheSameRecordWhicheverPlanOrRunDrawsIt() {
        List<DemoPlan.Place> reversed = new ArrayList<>(PLACES);
        java.util.Collections.reverse(reversed);
        DemoPlan other = new DemoPlan(DemoPlan.DEFAULT_SEED, reversed);
        DemoPlan.AssessmentIndex small = plan.assessmentIndex(plan.counts(0.01).assessments());
        DemoPlan.AssessmentIndex full = other.assessmentIndex(other.counts(1).assessments());
        for (int i = 0; i < 200; i++) {
            assertEquals(describe(plan.assessment(i)), describe(other.assessment(i)), "assessment " + i);
        }
        for (int i = 0; i < 500; i++) {
            assertEquals(describe(plan.project(i, small)), describe(other.project(i, full)),
                    "project " + i + " is the same at scale 0.01 and at scale 1");
        }
    }

    @Test
    void anotherSeedGivesOtherData() {
        DemoPlan other = new DemoPlan(DemoPlan.DEFAULT_SEED + 1, PLACES);
        assertNotEquals(describe(plan.assessment(3)), describe(other.assessment(3)));
    }

    @Test
    void indexesAreReadBackFromTheKeys() {
        assertEquals("SYNTH-A000123", DemoPlan.assessmentReference(123));
        assertEquals(123, DemoPlan.assessmentIndex("SYNTH-A000123"));
        assertEquals(49_999, DemoPlan.projectIndex(DemoPlan.projectCode(49_999)));
        assertEquals(-1, DemoPlan.projectIndex("MOZ-FOR-1"));
        assertEquals(-1, DemoPlan.assessmentIndex(null));
    }

    // ---- shares ----

    @Test
    void modalitiesFollowTheirShares() {
        DemoPlan.AssessmentIndex index = plan.assessmentIndex(plan.counts(0.2).assessments());
        Map<Modality, Integer> counts = new HashMap<>();
        int linked = 0;
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            DemoPlan.ProjectDraw p = plan.project(i, index);
            counts.merge(p.modality(), 1, Integer::sum);
            linked += p.links().isEmpty() ? 0 : 1;
        }
        assertShare(0.55, counts.get(Modality.NORTH_SOUTH), n, 0.02);
        assertShare(0.25, counts.get(Modality.SOUTH_SOUTH), n, 0.02);
        assertShare(0.12, counts.get(Modality.TRIANGULAR), n, 0.015);
        assertShare(0.08, counts.get(null), n, 0.015);
        assertShare(0.5, linked, n, 0.1);
    }

    @Test
    void assessmentsAreMostlyValidatedAndNeedsOftenHighPriority() {
        Map<AssessmentStatus, Integer> statuses = new EnumMap<>(AssessmentStatus.class);
        Map<Priority, Integer> priorities = new EnumMap<>(Priority.class);
        int needs = 0;
        int costed = 0;
        for (int i = 0; i < 3_000; i++) {
            DemoPlan.AssessmentDraw a = plan.assessment(i);
            statuses.merge(a.status(), 1, Integer::sum);
            for (Need.NeedContent need : a.needs()) {
                priorities.merge(need.priority(), 1, Integer::sum);
                costed += need.estimatedCost() == null ? 0 : 1;
                needs++;
            }
        }
        assertShare(0.65, statuses.get(AssessmentStatus.VALIDATED), 3_000, 0.03);
        assertTrue(statuses.keySet().containsAll(Set.of(AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED, AssessmentStatus.SHARED,
                AssessmentStatus.DISPUTED)));
        assertShare(0.35, priorities.get(Priority.HIGH), needs, 0.02);
        assertShare(0.80, costed, needs, 0.02);
    }

    @Test
    void theDemoAccountsCountriesComeFirstAndScalesBringInMoreCountries() {
        assertEquals(List.of("KEN", "MOZ", "PER", "UGA", "TZA"), plan.recipients().subList(0, 5).stream().map(DemoPlan.Place::iso3).toList());
        Set<String> small = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            small.add(plan.assessment(i).countryIso3());
        }
        assertTrue(small.size() <= 39 && small.size() >= 30, small.size() + " countries at scale 0.01");
        Set<String> inPlay = plan.recipients().subList(0, 39).stream().map(DemoPlan.Place::iso3).collect(Collectors.toSet());
        assertTrue(inPlay.containsAll(small));
        assertTrue(plan.recipients().stream().allMatch(DemoPlan.Place::southern));
    }

    // ---- the records are valid through the entities ----

    @Test
    void assessmentsAndProjectsAreBuiltThroughTheEntitiesAndLabelled() {
        Lookups lookups = new Lookups();
        for (int i = 0; i < 300; i++) {
            DemoPlan.AssessmentDraw draw = plan.assessment(i);
            Assessment a = DemoPlan.toAssessment(draw, lookups);
            assertEquals(draw.status(), a.status());
            assertEquals(draw.needs().size(), a.needCount());
            assertTrue(a.title().startsWith(DemoPlan.TITLE_MARK), a.title());
            assertEquals(draw.status() == AssessmentStatus.VALIDATED, a.validatedOn() != null);
        }
        DemoPlan.AssessmentIndex index = plan.assessmentIndex(plan.counts(0.02).assessments());
        Set<String> southern = PLACES.stream().filter(DemoPlan.Place::southern).map(DemoPlan.Place::iso3).collect(Collectors.toSet());
        for (int i = 0; i < 1_000; i++) {
            DemoPlan.ProjectDraw draw = plan.project(i, index);
            Project p = DemoPlan.toProject(draw, lookups);
            assertEquals(draw.status(), p.status());
            assertEquals(DemoPlan.REPORTING_ORG + "-" + DemoPlan.projectCode(i), p.iatiIdentifier());
            assertTrue(p.title().startsWith(DemoPlan.TITLE_MARK), p.title());
            assertTrue(p.partners().stream().allMatch(pa -> pa.name().endsWith(DemoPlan.NAME_MARK)), "partners are labelled");
            assertEquals(draw.transactions().size(), p.transactions().size());
            assertTrue(p.committedUsd().signum() > 0, "committed in USD at the rates");
            assertEquals(0, p.unconverted());
            assertTrue(draw.transactions().stream().allMatch(t -> !t.date().isAfter(DemoPlan.AS_OF)), "no transaction after " + DemoPlan.AS_OF);
            assertTrue(draw.transactions().stream().anyMatch(t -> t.type() == TransactionType.COMMITMENT));
            assertTrue(draw.components().stream().anyMatch(c -> p.hasKind(c.kind())) || draw.components().isEmpty());
            assertTrue(p.hasKind(ComponentKind.TECHNICAL) || p.hasKind(ComponentKind.TRAINING) || p.hasKind(ComponentKind.MATERIAL));
            for (Partner pa : p.partners()) {
                if (pa.sscRole() == SscRole.PROVIDER || pa.sscRole() == SscRole.FIRST_PROVIDER || pa.sscRole() == SscRole.RECIPIENT) {
                    assertTrue(southern.contains(pa.country().iso3()), pa.name() + " in an SSC role is Southern");
                }
            }
            for (DemoPlan.LinkDraw link : draw.links()) {
                assertTrue(link.assessment() < Math.max(1, i * 2 / 5), "links only to assessments surely there with the project");
                DemoPlan.AssessmentDraw target = plan.assessment(link.assessment());
                assertEquals(AssessmentStatus.VALIDATED, target.status());
                assertTrue(draw.recipients().stream().anyMatch(s -> s.iso3().equals(target.countryIso3())), "a need of a recipient country");
                assertTrue(link.position() >= 1 && link.position() <= target.needs().size());
            }
        }
    }

    @Test
    void everyCodeThePlanWritesIsNamedForTheCheckAtTheStartOfARun() {
        Map<String, Set<String>> used = DemoPlan.codesUsed();
        Set<String> written = new HashSet<>();
        DemoPlan.AssessmentIndex index = plan.assessmentIndex(plan.counts(0.01).assessments());
        for (int i = 0; i < 200; i++) {
            DemoPlan.AssessmentDraw a = plan.assessment(i);
            a.content().codes().forEach((list, codes) -> codes.forEach(c -> written.add(list + ":" + c)));
            for (Need.NeedContent n : a.needs()) {
                written.add("cjat_tool:" + n.cjatArea());
                n.references().forEach((list, codes) -> codes.forEach(c -> written.add(list + ":" + c)));
            }
        }
        for (int i = 0; i < 500; i++) {
            DemoPlan.ProjectDraw p = plan.project(i, index);
            p.codes().forEach((list, codes) -> codes.forEach(c -> written.add(list + ":" + c)));
            p.sectors().forEach(s -> written.add("Sector:" + s.code()));
            p.components().forEach(c -> written.add("AidType:" + c.aidType()));
            p.partners().forEach(pa -> written.add("OrganisationType:" + pa.organisationType()));
            p.transactions().forEach(t -> written.add("Currency:" + t.value().currency()));
            p.components().forEach(c -> c.events().forEach(e -> e.institutions().forEach(x -> written.add("target_institution:"
                    + x.institution()))));
        }
        for (String code : written) {
            String[] parts = code.split(":", 2);
            assertTrue(used.getOrDefault(parts[0], Set.of()).contains(parts[1]), code + " is listed in codesUsed()");
        }
    }

    // ---- helpers ----

    static void assertShare(double expected, Integer count, int of, double tolerance) {
        double share = (count == null ? 0 : count) / (double) of;
        assertTrue(Math.abs(share - expected) <= tolerance, "share " + share + ", expected " + expected + " ± " + tolerance);
    }

    /** Countries, synthetic organisations and rates as the facade would hand them over. */
    final class Lookups implements DemoPlan.Lookups {
        final Map<String, Country> countries = new HashMap<>();
        final Map<Integer, Organisation> offices = new HashMap<>();
        final Map<Integer, Organisation> donors = new HashMap<>();
        final Map<String, NavigableMap<Integer, BigDecimal>> rates = new HashMap<>();

        Lookups() {
            for (int k = 0; k < DemoPlan.UN_MEMBERS.size(); k++) {
                String iso3 = DemoPlan.UN_MEMBERS.get(k);
                String iso2 = String.valueOf((char) ('A' + k / 26)) + (char) ('A' + k % 26);
                countries.put(iso3, new Country(String.valueOf(100 + k), iso2, iso3, M49Area.NONE,
                        new LocalizedName(Map.of(Language.EN, "Country " + iso3))));
            }
            plan.fieldOffices().forEach(o -> offices.put(o.number(), new Organisation(o.name(), OrganisationKind.FIELD_OFFICE,
                    countries.get(o.countryIso3()))));
            plan.donors().forEach(o -> donors.put(o.number(), new Organisation(o.name(), OrganisationKind.DONOR, countries.get(o.countryIso3()))));
            for (String currency : List.of("EUR", "GBP", "NOK", "SEK", "JPY", "BRL")) {
                NavigableMap<Integer, BigDecimal> byYear = new TreeMap<>();
                for (int year = 2010; year <= 2025; year++) {
                    byYear.put(year, new BigDecimal("2.5"));
                }
                rates.put(currency, byYear);
            }
        }

        @Override
        public Country country(String iso3) {
            return java.util.Objects.requireNonNull(countries.get(iso3), iso3);
        }

        @Override
        public Organisation fieldOffice(int number) {
            return java.util.Objects.requireNonNull(offices.get(number));
        }

        @Override
        public Organisation donor(int number) {
            return java.util.Objects.requireNonNull(donors.get(number));
        }

        @Override
        public Optional<UsdValue> usd(Money value, LocalDate date) {
            return UsdValue.at(value, date.getYear(), rates.getOrDefault(value.currency(), new TreeMap<>()));
        }
    }

    /**
     * A record's every value, as text: records and collections by their parts, value objects of the entities (which
     * need not implement equals) by their fields, so that two draws compare by content.
     */
    static String describe(Object o) {
        StringBuilder b = new StringBuilder();
        describe(o, b);
        return b.toString();
    }

    private static void describe(Object o, StringBuilder b) {
        if (o == null || o instanceof CharSequence || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>
                || o instanceof Temporal || o instanceof Character) {
            b.append(o);
        } else if (o instanceof BigDecimal d) {
            b.append(d.toPlainString());
        } else if (o instanceof Map<?, ?> m) {
            b.append('{');
            new TreeMap<>(m.entrySet().stream().collect(Collectors.toMap(e -> String.valueOf(e.getKey()), e -> describe(e.getValue()))))
                    .forEach((k, v) -> b.append(k).append('=').append(v).append(';'));
            b.append('}');
        } else if (o instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(x -> parts.add(describe(x)));
            if (o instanceof Set<?>) {
                parts.sort(null);
            }
            b.append(parts);
        } else if (o.getClass().isRecord()) {
            b.append(o.getClass().getSimpleName()).append('(');
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                try {
                    b.append(rc.getName()).append('=');
                    describe(rc.getAccessor().invoke(o), b);
                    b.append(',');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            b.append(')');
        } else {
            b.append(o.getClass().getSimpleName()).append('(');
            for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getName().startsWith("_persistence")) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        b.append(f.getName()).append('=');
                        describe(f.get(o), b);
                        b.append(',');
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new IllegalStateException(f + ": " + e, e);
                    }
                }
            }
            b.append(')');
        }
    }

    @Test
    void describeSeesTheDifferenceBetweenTwoRecords() {
        assertFalse(describe(plan.assessment(1)).equals(describe(plan.assessment(2))));
    }
}
