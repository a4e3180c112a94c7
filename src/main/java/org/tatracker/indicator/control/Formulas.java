package org.tatracker.indicator.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.indicator.control.Facts.EventFact;
import org.tatracker.indicator.control.Facts.NeedFact;
import org.tatracker.indicator.control.Facts.Participation;
import org.tatracker.indicator.control.Facts.ProjectFact;
import org.tatracker.indicator.control.Facts.SustainabilityFact;
import org.tatracker.project.control.Signals;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;

/**
 * Every indicator's formula, once (definitions: package documentation and domain reference §2.5,
 * §3.2, §5.3, §6). Pure functions of fact records: no database, no container.
 */
public final class Formulas {

    public static final String PROJECTS = "PROJECTS";
    public static final String COMMITTED_USD = "COMMITTED_USD";
    public static final String DISBURSED_USD = "DISBURSED_USD";
    public static final String NEEDS = "NEEDS";
    public static final String NEEDS_COVERED = "NEEDS_COVERED";
    public static final String HIGH_PRIORITY_NEEDS_COVERED = "HIGH_PRIORITY_NEEDS_COVERED";
    public static final String FUNDING_GAP_USD = "FUNDING_GAP_USD";
    public static final String NEEDS_WITHOUT_COST = "NEEDS_WITHOUT_COST";
    public static final String NEEDS_BASED = "NEEDS_BASED";
    public static final String THEORY_OF_CHANGE = "THEORY_OF_CHANGE";
    public static final String MODALITY_SHARE = "MODALITY_SHARE_";
    public static final String MODALITY_VALUE_SHARE = "MODALITY_VALUE_SHARE_";
    public static final String SOUTHERN_PROVIDERS = "SOUTHERN_PROVIDERS";
    public static final String SUSTAINABILITY_INDEX = "SUSTAINABILITY_INDEX";
    public static final String MATERIAL_WITH_CAPACITY = "MATERIAL_WITH_CAPACITY";
    public static final String PARTICIPANTS = "PARTICIPANTS";
    public static final String FEMALE_SHARE = "FEMALE_SHARE";
    public static final String KNOWLEDGE_GAIN = "KNOWLEDGE_GAIN";
    public static final String TOT_MULTIPLIER = "TOT_MULTIPLIER";
    public static final String FOLLOW_UP_APPLICATION = "FOLLOW_UP_APPLICATION";

    private Formulas() {
    }

    // ---- needs ----

    /** Share of needs, and of high-priority needs, that an active or completed project answers. */
    public static List<Indicator> needsCoverage(Collection<NeedFact> needs) {
        long covered = needs.stream().filter(NeedFact::covered).count();
        long high = needs.stream().filter(n -> n.priority() == Priority.HIGH).count();
        long highCovered = needs.stream().filter(n -> n.priority() == Priority.HIGH && n.covered()).count();
        return List.of(Indicator.share(NEEDS_COVERED, covered, needs.size()), Indicator.share(HIGH_PRIORITY_NEEDS_COVERED, highCovered, high));
    }

    /** Coverage by priority: the data behind the "needs coverage by priority" chart. */
    public static Map<Priority, Indicator> coverageByPriority(Collection<NeedFact> needs) {
        Map<Priority, Indicator> result = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            long all = needs.stream().filter(n -> n.priority() == p).count();
            long covered = needs.stream().filter(n -> n.priority() == p && n.covered()).count();
            result.put(p, Indicator.share(NEEDS_COVERED + "_" + p.name(), covered, all));
        }
        return result;
    }

    /**
     * Funding gap per country: estimated cost of its open needs minus the commitments of the projects
     * linked to those needs (each project once per country), never below zero.
     */
    public static Map<String, Indicator> fundingGap(Collection<NeedFact> needs) {
        Map<String, BigDecimal> cost = new TreeMap<>();
        Map<String, Map<Long, BigDecimal>> commitments = new HashMap<>();
        for (NeedFact n : needs) {
            if (n.covered()) {
                continue;
            }
            cost.merge(n.countryIso3(), n.costUsd() == null ? BigDecimal.ZERO : n.costUsd(), BigDecimal::add);
            n.projects().forEach(p -> commitments.computeIfAbsent(n.countryIso3(), k -> new HashMap<>()).put(p.projectId(), p.committedUsd()));
        }
        return fundingGap(cost, commitments);
    }

    /**
     * Funding gap per country from the estimated cost in USD of its open needs and, by project, the
     * commitments in USD of the projects linked to them: cost minus commitments, never below zero.
     */
    public static Map<String, Indicator> fundingGap(Map<String, BigDecimal> openCostUsd, Map<String, Map<Long, BigDecimal>> linkedCommitmentsUsd) {
        Map<String, Indicator> gaps = new LinkedHashMap<>();
        new TreeMap<>(openCostUsd).forEach((country, c) -> {
            BigDecimal committed = linkedCommitmentsUsd.getOrDefault(country, Map.of()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal gap = c.subtract(committed).max(BigDecimal.ZERO);
            gaps.put(country, new Indicator(FUNDING_GAP_USD, gap.setScale(2, RoundingMode.HALF_EVEN), c, committed, Indicator.Unit.USD));
        });
        return gaps;
    }

    /**
     * Estimated costs in USD per country: the costs are summed by country and currency first, and each
     * sum converted once ({@code toUsd}; a currency without a rate gives empty and is left out), so that
     * summing needs one by one or summing in the database gives the same cents.
     */
    public static Map<String, BigDecimal> costInUsd(Collection<Cost> costs, java.util.function.BiFunction<BigDecimal, String,
            java.util.Optional<BigDecimal>> toUsd) {
        Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
        for (Cost c : costs) {
            sums.computeIfAbsent(c.countryIso3(), k -> new TreeMap<>()).merge(c.currency(), c.amount(), BigDecimal::add);
        }
        Map<String, BigDecimal> usd = new TreeMap<>();
        sums.forEach((country, byCurrency) -> byCurrency.forEach((currency, amount) -> usd.merge(country,
                toUsd.apply(amount, currency).orElse(BigDecimal.ZERO), BigDecimal::add)));
        return usd;
    }

    /** An estimated cost of a need (or a sum of them) in its currency. */
    public record Cost(String countryIso3, BigDecimal amount, String currency) {
    }

    // ---- partnerships ----

    /** Share of projects linked to a validated assessment, and share with a theory of change (§6). */
    public static List<Indicator> needsBased(Collection<ProjectFact> projects) {
        return List.of(Indicator.share(NEEDS_BASED, projects.stream().filter(ProjectFact::linkedToValidatedAssessment).count(), projects.size()),
                Indicator.share(THEORY_OF_CHANGE, projects.stream().filter(ProjectFact::theoryOfChange).count(), projects.size()));
    }

    /**
     * Share of projects and of committed value by modality (projects without a modality count in the
     * denominators), and the number of distinct Southern providers: countries in a provider or first
     * provider role that the Global South rule counts as Southern.
     */
    public static List<Indicator> cooperation(Collection<ProjectFact> projects) {
        List<Indicator> result = new ArrayList<>();
        BigDecimal total = projects.stream().map(ProjectFact::committedUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Modality m : Modality.values()) {
            result.add(Indicator.share(MODALITY_SHARE + m.name(), projects.stream().filter(p -> p.modality() == m).count(), projects.size()));
            result.add(Indicator.share(MODALITY_VALUE_SHARE + m.name(), projects.stream().filter(p -> p.modality() == m)
                    .map(ProjectFact::committedUsd).reduce(BigDecimal.ZERO, BigDecimal::add), total));
        }
        Set<String> southernProviders = new HashSet<>();
        for (ProjectFact p : projects) {
            for (Participation x : p.participations()) {
                if (x.southern() && (x.role() == SscRole.PROVIDER || x.role() == SscRole.FIRST_PROVIDER)) {
                    southernProviders.add(x.countryIso3());
                }
            }
        }
        result.add(Indicator.count(SOUTHERN_PROVIDERS, southernProviders.size()));
        return result;
    }

    /**
     * For each country, its participations by SSC role: how many projects it takes part in, in each
     * role. A country in two roles of one project counts once in each; these are never summed as projects.
     */
    public static Map<String, Map<SscRole, Long>> participations(Collection<ProjectFact> projects) {
        Map<String, Map<SscRole, Set<Long>>> byCountry = new TreeMap<>();
        for (ProjectFact p : projects) {
            for (Participation x : p.participations()) {
                if (x.role() != null) {
                    byCountry.computeIfAbsent(x.countryIso3(), k -> new EnumMap<>(SscRole.class)).computeIfAbsent(x.role(), k -> new HashSet<>())
                            .add(p.id());
                }
            }
        }
        Map<String, Map<SscRole, Long>> result = new TreeMap<>();
        byCountry.forEach((country, roles) -> {
            Map<SscRole, Long> counts = new EnumMap<>(SscRole.class);
            roles.forEach((role, ids) -> counts.put(role, (long) ids.size()));
            result.put(country, counts);
        });
        return result;
    }

    // ---- sustainability ----

    /** The signals of one project, each applicable or not, met or not (the rule: {@link Signals}). */
    public static List<Signals.State> signals(ProjectFact p) {
        SustainabilityFact s = p.sustainability();
        return Signals.of(new Signals.Inputs(s.exitStrategy(), s.cofinancing(), s.recurrentTakenOver(), s.nationalSystemsPercent(),
                s.lawsAdopted(), s.curriculumAdopted(), s.certifiedTrainers(), s.secondaryTrainees(), s.items(), s.itemsWithMaintenance(),
                s.itemsChecked(), s.itemsWorking(), p.hasTechnical(), p.hasTraining()));
    }

    /** A project's sustainability index: the share of its applicable signals that are met. */
    public static Indicator sustainabilityIndex(ProjectFact p) {
        List<Signals.State> signals = signals(p);
        return Indicator.share(SUSTAINABILITY_INDEX, Signals.met(signals), Signals.applicable(signals));
    }

    /** The portfolio's average index (each project weighs the same); numerator the sum of indexes, denominator the projects. */
    public static Indicator averageSustainability(Collection<ProjectFact> projects) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ProjectFact p : projects) {
            BigDecimal index = sustainabilityIndex(p).value();
            sum = sum.add(index == null ? BigDecimal.ZERO : index);
        }
        return Indicator.share(SUSTAINABILITY_INDEX, sum, BigDecimal.valueOf(projects.size()));
    }

    /** Share of projects with material assistance that also train and have a maintenance plan for every item (§6). */
    public static Indicator materialWithCapacity(Collection<ProjectFact> projects) {
        long material = projects.stream().filter(ProjectFact::hasMaterial).count();
        long withCapacity = projects.stream().filter(p -> p.hasMaterial() && p.hasTraining() && p.sustainability().items() > 0
                && p.sustainability().itemsWithMaintenance() == p.sustainability().items()).count();
        return Indicator.share(MATERIAL_WITH_CAPACITY, withCapacity, material);
    }

    // ---- training ----

    /**
     * Training metrics (§5.3): participants, female share, average knowledge gain (post minus pre,
     * weighted by participants, over events that measured both), training-of-trainers multiplier
     * (people trained in turn ÷ certified trainers), follow-up application rate (weighted by participants,
     * over events that followed up).
     */
    public static List<Indicator> training(Collection<EventFact> events) {
        long participants = events.stream().mapToLong(EventFact::participants).sum();
        long female = events.stream().mapToLong(EventFact::female).sum();
        BigDecimal gainSum = BigDecimal.ZERO;
        long gainWeight = 0;
        BigDecimal followSum = BigDecimal.ZERO;
        long followWeight = 0;
        long certified = 0;
        long secondary = 0;
        for (EventFact e : events) {
            if (e.preScore() != null && e.postScore() != null) {
                gainSum = gainSum.add(e.postScore().subtract(e.preScore()).multiply(BigDecimal.valueOf(e.participants())));
                gainWeight += e.participants();
            }
            if (e.followUpRate() != null) {
                followSum = followSum.add(e.followUpRate().multiply(BigDecimal.valueOf(e.participants())));
                followWeight += e.participants();
            }
            if (e.type() == TrainingType.TRAINING_OF_TRAINERS) {
                certified += e.certifiedTrainers();
                secondary += e.secondaryTrainees();
            }
        }
        return training(participants, female, gainSum, gainWeight, followSum, followWeight, certified, secondary);
    }

    /**
     * The training metrics from their sums (what a database aggregation returns): participants, women
     * among them, the knowledge gain times participants over events that measured both scores and those
     * participants, the follow-up rate (percent) times participants over events that followed up and
     * those participants, certified trainers and the people they trained in turn.
     */
    public static List<Indicator> training(long participants, long female, BigDecimal gainSum, long gainWeight, BigDecimal followSum,
            long followWeight, long certified, long secondary) {
        return List.of(Indicator.count(PARTICIPANTS, participants), Indicator.share(FEMALE_SHARE, female, participants),
                new Indicator(KNOWLEDGE_GAIN, Indicator.ratio(gainSum, BigDecimal.valueOf(gainWeight)), gainSum, BigDecimal.valueOf(gainWeight),
                        Indicator.Unit.POINTS),
                new Indicator(TOT_MULTIPLIER, Indicator.ratio(BigDecimal.valueOf(secondary), BigDecimal.valueOf(certified)),
                        BigDecimal.valueOf(secondary), BigDecimal.valueOf(certified), Indicator.Unit.RATIO),
                new Indicator(FOLLOW_UP_APPLICATION, Indicator.ratio(followSum, BigDecimal.valueOf(followWeight * 100)), followSum,
                        BigDecimal.valueOf(followWeight * 100), Indicator.Unit.SHARE));
    }

    /** The training metrics compared by modality (the Congress guide asks for this evidence). */
    public static Map<TrainingModality, List<Indicator>> trainingByModality(Collection<EventFact> events) {
        Map<TrainingModality, List<Indicator>> result = new EnumMap<>(TrainingModality.class);
        for (TrainingModality m : TrainingModality.values()) {
            result.put(m, training(events.stream().filter(e -> e.modality() == m).toList()));
        }
        return result;
    }
}
