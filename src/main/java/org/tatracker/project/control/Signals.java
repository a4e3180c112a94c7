package org.tatracker.project.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The sustainability signals of domain reference §3.2, once: which apply to a project and which are
 * met. The project keeps the count of both whenever what they read changes (so the dashboard sums two
 * columns), and the indicator formulas read the same rule.
 */
public final class Signals {

    /** The sustainability signals the tracker records. */
    public enum Signal {
        EXIT_STRATEGY, NATIONAL_COFINANCING, RECURRENT_COSTS_TAKEN_OVER, NATIONAL_SYSTEMS, LAWS_ADOPTED, CURRICULUM_ADOPTED, TOT_MULTIPLIER,
        MAINTENANCE_PLANS, EQUIPMENT_WORKING
    }

    /** A signal of one project: whether it applies to the project and whether it is met. */
    public record State(Signal signal, boolean applicable, boolean met) {
    }

    /**
     * What the signals read: exit strategy stated, national co-financing above zero, recurrent costs
     * taken over, share through national systems (null if not stated), laws adopted, a curriculum
     * adopted by a national institution, certified trainers and the people they trained in turn,
     * equipment items, those with a maintenance plan, those checked and those working at their latest
     * check, and whether the project has technical assistance and training.
     */
    public record Inputs(boolean exitStrategy, boolean cofinancing, boolean recurrentTakenOver, BigDecimal nationalSystemsPercent,
            int lawsAdopted, boolean curriculumAdopted, int certifiedTrainers, int secondaryTrainees, int items, int itemsWithMaintenance,
            int itemsChecked, int itemsWorking, boolean hasTechnical, boolean hasTraining) {
    }

    private Signals() {
    }

    public static List<State> of(Inputs s) {
        List<State> signals = new ArrayList<>();
        signals.add(new State(Signal.EXIT_STRATEGY, true, s.exitStrategy()));
        signals.add(new State(Signal.NATIONAL_COFINANCING, true, s.cofinancing()));
        signals.add(new State(Signal.RECURRENT_COSTS_TAKEN_OVER, true, s.recurrentTakenOver()));
        signals.add(new State(Signal.NATIONAL_SYSTEMS, true, s.nationalSystemsPercent() != null && s.nationalSystemsPercent().signum() > 0));
        signals.add(new State(Signal.LAWS_ADOPTED, s.hasTechnical(), s.lawsAdopted() > 0));
        signals.add(new State(Signal.CURRICULUM_ADOPTED, s.hasTraining(), s.curriculumAdopted()));
        signals.add(new State(Signal.TOT_MULTIPLIER, s.certifiedTrainers() > 0, s.secondaryTrainees() > s.certifiedTrainers()));
        signals.add(new State(Signal.MAINTENANCE_PLANS, s.items() > 0, s.items() > 0 && s.itemsWithMaintenance() == s.items()));
        signals.add(new State(Signal.EQUIPMENT_WORKING, s.itemsChecked() > 0, s.itemsChecked() > 0 && 2 * s.itemsWorking() >= s.itemsChecked()));
        return signals;
    }

    public static int applicable(List<State> states) {
        return (int) states.stream().filter(State::applicable).count();
    }

    public static int met(List<State> states) {
        return (int) states.stream().filter(x -> x.applicable() && x.met()).count();
    }
}
