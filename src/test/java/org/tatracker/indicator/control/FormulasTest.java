package org.tatracker.indicator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.indicator.control.Facts.EventFact;
import org.tatracker.indicator.control.Facts.LinkedProject;
import org.tatracker.indicator.control.Facts.NeedFact;
import org.tatracker.indicator.control.Facts.Participation;
import org.tatracker.indicator.control.Facts.ProjectFact;
import org.tatracker.indicator.control.Facts.SustainabilityFact;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;

/** Each formula against figures computed by hand (in the comments). */
class FormulasTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static Map<String, Indicator> byCode(List<Indicator> indicators) {
        return indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    static final List<NeedFact> NEEDS = List.of(
            new NeedFact(1, "KEN", Priority.HIGH, true, d("100000"), List.of()),
            new NeedFact(2, "KEN", Priority.HIGH, false, d("50000"), List.of(new LinkedProject(7, d("20000")))),
            new NeedFact(3, "KEN", Priority.MEDIUM, false, null, List.of(new LinkedProject(7, d("20000")))),
            new NeedFact(4, "MOZ", Priority.LOW, false, d("30000"), List.of(new LinkedProject(8, d("40000")))),
            new NeedFact(5, "MOZ", Priority.HIGH, true, d("10000"), List.of()));

    static SustainabilityFact sustainability(boolean exit, boolean cofinancing, boolean recurrent, String national, int laws, boolean curriculum,
            int certified, int secondary, int items, int maintained, int checked, int working) {
        return new SustainabilityFact(exit, cofinancing, recurrent, national == null ? null : d(national), laws, curriculum, certified, secondary,
                items, maintained, checked, working);
    }

    static final ProjectFact P1 = new ProjectFact(1, Modality.NORTH_SOUTH, d("100"), true, true, true, false, false,
            List.of(new Participation("NOR", SscRole.PROVIDER, false), new Participation("KEN", SscRole.RECIPIENT, true)),
            sustainability(true, false, false, "0", 1, false, 0, 0, 0, 0, 0, 0));
    static final ProjectFact P2 = new ProjectFact(2, Modality.SOUTH_SOUTH, d("300"), false, true, false, true, true,
            List.of(new Participation("BRA", SscRole.PROVIDER, true), new Participation("MOZ", SscRole.RECIPIENT, true)),
            sustainability(true, true, true, "25", 0, true, 5, 60, 4, 4, 4, 1));
    static final ProjectFact P3 = new ProjectFact(3, Modality.TRIANGULAR, d("600"), true, false, false, true, false,
            List.of(new Participation("BRA", SscRole.FIRST_PROVIDER, true), new Participation("NOR", SscRole.FACILITATOR, false),
                    new Participation("MOZ", SscRole.RECIPIENT, true)),
            sustainability(false, false, false, null, 0, false, 0, 0, 2, 1, 0, 0));
    static final ProjectFact P4 = new ProjectFact(4, null, d("0"), false, false, false, false, false, List.of(),
            sustainability(false, false, false, null, 0, false, 0, 0, 0, 0, 0, 0));
    static final List<ProjectFact> PROJECTS = List.of(P1, P2, P3, P4);

    @Test
    void needsCoverageOverallAndHighPriority() {
        Map<String, Indicator> i = byCode(Formulas.needsCoverage(NEEDS));
        assertEquals(d("0.4000"), i.get(Formulas.NEEDS_COVERED).value()); // 2 of 5
        assertEquals(d("0.6667"), i.get(Formulas.HIGH_PRIORITY_NEEDS_COVERED).value()); // 2 of 3
        assertEquals(d("2"), i.get(Formulas.NEEDS_COVERED).numerator());
        assertEquals(d("5"), i.get(Formulas.NEEDS_COVERED).denominator());
        var byPriority = Formulas.coverageByPriority(NEEDS);
        assertEquals(d("0.0000"), byPriority.get(Priority.MEDIUM).value());
        assertNull(Formulas.needsCoverage(List.of()).get(0).value(), "a share of nothing has no value");
    }

    @Test
    void fundingGapCountsEachLinkedProjectOnceAndNeverGoesBelowZero() {
        var gaps = Formulas.fundingGap(NEEDS);
        assertEquals(d("30000.00"), gaps.get("KEN").value()); // 50,000 + (no estimate) - 20,000 (project 7 once)
        assertEquals(d("0.00"), gaps.get("MOZ").value()); // 30,000 - 40,000, floored
        assertEquals(d("30000"), gaps.get("MOZ").numerator());
    }

    @Test
    void costsAreSummedByCountryAndCurrencyBeforeOneConversion() {
        // three EUR costs of Kenya: 0.01 + 0.01 + 0.01 = 0.03 EUR, at 0.92 EUR per USD: 0.0326 -> 0.03 USD once;
        // converting each (0.01 / 0.92 = 0.0109 -> 0.01) and adding would give 0.03 too, but 1.00 three times gives
        // 3.26 once and 1.09 x 3 = 3.27 one by one: the sum is converted
        List<Formulas.Cost> costs = List.of(new Formulas.Cost("KEN", d("1.00"), "EUR"), new Formulas.Cost("KEN", d("1.00"), "EUR"),
                new Formulas.Cost("KEN", d("1.00"), "EUR"), new Formulas.Cost("KEN", d("100.00"), "USD"), new Formulas.Cost("MOZ", d("5.00"), "XXX"));
        Map<String, BigDecimal> usd = Formulas.costInUsd(costs, (amount, currency) -> switch (currency) {
            case "USD" -> java.util.Optional.of(amount);
            case "EUR" -> java.util.Optional.of(amount.divide(d("0.92"), 2, java.math.RoundingMode.HALF_EVEN));
            default -> java.util.Optional.empty();
        });
        assertEquals(d("103.26"), usd.get("KEN")); // 3.00 / 0.92 = 3.26 + 100.00
        assertEquals(d("0"), usd.get("MOZ").stripTrailingZeros()); // a currency without a rate adds nothing
        var gaps = Formulas.fundingGap(usd, Map.of("KEN", Map.of(7L, d("50.00"), 8L, d("3.26"))));
        assertEquals(d("50.00"), gaps.get("KEN").value()); // 103.26 - 53.26
        assertEquals(d("0.00"), gaps.get("MOZ").value());
    }

    @Test
    void trainingFromSumsEqualsTrainingFromEvents() {
        // the database path sums weighted figures; the event path weighs each event: both give the same metrics
        List<Indicator> fromEvents = Formulas.training(EVENTS);
        long participants = EVENTS.stream().mapToLong(Facts.EventFact::participants).sum();
        long female = EVENTS.stream().mapToLong(Facts.EventFact::female).sum();
        BigDecimal gain = BigDecimal.ZERO;
        long gainWeight = 0;
        BigDecimal follow = BigDecimal.ZERO;
        long followWeight = 0;
        long certified = 0;
        long secondary = 0;
        for (Facts.EventFact e : EVENTS) {
            if (e.preScore() != null && e.postScore() != null) {
                gain = gain.add(e.postScore().subtract(e.preScore()).multiply(BigDecimal.valueOf(e.participants())));
                gainWeight += e.participants();
            }
            if (e.followUpRate() != null) {
                follow = follow.add(e.followUpRate().multiply(BigDecimal.valueOf(e.participants())));
                followWeight += e.participants();
            }
            if (e.type() == org.tatracker.project.entity.TrainingType.TRAINING_OF_TRAINERS) {
                certified += e.certifiedTrainers();
                secondary += e.secondaryTrainees();
            }
        }
        assertEquals(fromEvents, Formulas.training(participants, female, gain, gainWeight, follow, followWeight, certified, secondary));
    }

    @Test
    void needsBasedAndTheoryOfChange() {
        Map<String, Indicator> i = byCode(Formulas.needsBased(PROJECTS));
        assertEquals(d("0.5000"), i.get(Formulas.NEEDS_BASED).value()); // P1, P3 of 4
        assertEquals(d("0.5000"), i.get(Formulas.THEORY_OF_CHANGE).value()); // P1, P2 of 4
    }

    @Test
    void sharesByModalityByCountAndValueAndSouthernProviders() {
        Map<String, Indicator> i = byCode(Formulas.cooperation(PROJECTS));
        assertEquals(d("0.2500"), i.get(Formulas.MODALITY_SHARE + "SOUTH_SOUTH").value());
        assertEquals(d("0.2500"), i.get(Formulas.MODALITY_SHARE + "TRIANGULAR").value());
        assertEquals(d("0.1000"), i.get(Formulas.MODALITY_VALUE_SHARE + "NORTH_SOUTH").value()); // 100 of 1,000
        assertEquals(d("0.3000"), i.get(Formulas.MODALITY_VALUE_SHARE + "SOUTH_SOUTH").value());
        assertEquals(d("0.6000"), i.get(Formulas.MODALITY_VALUE_SHARE + "TRIANGULAR").value());
        assertEquals(d("1"), i.get(Formulas.SOUTHERN_PROVIDERS).value()); // Brazil; Norway is not Southern
    }

    @Test
    void participationsAreCountedByRoleNeverSummedAsProjects() {
        var p = Formulas.participations(PROJECTS);
        assertEquals(Map.of(SscRole.PROVIDER, 1L, SscRole.FIRST_PROVIDER, 1L), p.get("BRA"));
        assertEquals(Map.of(SscRole.RECIPIENT, 2L), p.get("MOZ"));
        assertEquals(Map.of(SscRole.PROVIDER, 1L, SscRole.FACILITATOR, 1L), p.get("NOR"));
    }

    @Test
    void sustainabilityIndexIsTheShareOfApplicableSignalsMet() {
        assertEquals(d("0.4000"), Formulas.sustainabilityIndex(P1).value()); // exit, laws of 5 applicable
        assertEquals(d("0.8750"), Formulas.sustainabilityIndex(P2).value()); // 7 of 8: a quarter of the checked items work
        assertEquals(d("0.0000"), Formulas.sustainabilityIndex(P3).value()); // 0 of 5
        assertEquals(d("0.3188"), Formulas.averageSustainability(PROJECTS).value()); // (0.4 + 0.875 + 0 + 0) / 4 = 0.31875
        assertEquals(d("0.5000"), Formulas.materialWithCapacity(PROJECTS).value()); // P2 of P2, P3
    }

    static final List<EventFact> EVENTS = List.of(
            new EventFact(TrainingModality.FACE_TO_FACE, TrainingType.COURSE, 12, 8, 0, d("48.5"), d("76"), 0, 0, d("90")),
            new EventFact(TrainingModality.FACE_TO_FACE, TrainingType.TRAINING_OF_TRAINERS, 3, 2, 0, d("50"), d("80"), 5, 60, null),
            new EventFact(TrainingModality.E_LEARNING, TrainingType.COURSE, 10, 20, 10, null, null, 0, 0, d("70")));

    @Test
    void trainingMetricsOverallAndByModality() {
        Map<String, Indicator> all = byCode(Formulas.training(EVENTS));
        assertEquals(d("65"), all.get(Formulas.PARTICIPANTS).value());
        assertEquals(d("0.3846"), all.get(Formulas.FEMALE_SHARE).value()); // 25 / 65
        assertEquals(d("28.0000"), all.get(Formulas.KNOWLEDGE_GAIN).value()); // (27.5 x 20 + 30 x 5) / 25
        assertEquals(d("12.0000"), all.get(Formulas.TOT_MULTIPLIER).value()); // 60 / 5
        assertEquals(d("0.7667"), all.get(Formulas.FOLLOW_UP_APPLICATION).value()); // (90 x 20 + 70 x 40) / (60 x 100)
        var byModality = Formulas.trainingByModality(EVENTS);
        Map<String, Indicator> f2f = byCode(byModality.get(TrainingModality.FACE_TO_FACE));
        assertEquals(d("0.6000"), f2f.get(Formulas.FEMALE_SHARE).value());
        assertEquals(d("0.9000"), f2f.get(Formulas.FOLLOW_UP_APPLICATION).value());
        Map<String, Indicator> online = byCode(byModality.get(TrainingModality.E_LEARNING));
        assertNull(online.get(Formulas.KNOWLEDGE_GAIN).value(), "no test was taken online");
        assertEquals(d("0.7000"), online.get(Formulas.FOLLOW_UP_APPLICATION).value());
        assertNull(byCode(byModality.get(TrainingModality.BLENDED)).get(Formulas.FEMALE_SHARE).value());
    }
}
