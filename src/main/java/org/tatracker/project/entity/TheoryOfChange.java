package org.tatracker.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import org.tatracker.platform.entity.InvalidValueException;

/** The project's theory of change: from the problem, through activities and outputs, to outcomes. */
@Embeddable
public class TheoryOfChange {

    @Lob
    @Column(name = "toc_problem")
    private String problem;

    @Lob
    @Column(name = "toc_outcomes")
    private String outcomes;

    @Lob
    @Column(name = "toc_outputs")
    private String outputs;

    @Lob
    @Column(name = "toc_activities")
    private String activities;

    @Lob
    @Column(name = "toc_assumptions")
    private String assumptions;

    @Lob
    @Column(name = "toc_risks")
    private String risks;

    protected TheoryOfChange() {
    }

    public TheoryOfChange(String problem, String outcomes, String outputs, String activities, String assumptions, String risks) {
        this.problem = Texts.optional(problem, 20_000, "theoryOfChange.problem");
        this.outcomes = Texts.optional(outcomes, 20_000, "theoryOfChange.outcomes");
        this.outputs = Texts.optional(outputs, 20_000, "theoryOfChange.outputs");
        this.activities = Texts.optional(activities, 20_000, "theoryOfChange.activities");
        this.assumptions = Texts.optional(assumptions, 20_000, "theoryOfChange.assumptions");
        this.risks = Texts.optional(risks, 20_000, "theoryOfChange.risks");
        if ((this.outcomes != null || this.outputs != null) && this.problem == null) {
            throw new InvalidValueException("theoryOfChange.problem", "theoryProblem");
        }
    }

    /** A theory of change counts when it states the problem and the intended outcomes (domain reference §6). */
    public boolean stated() {
        return problem != null && outcomes != null;
    }

    public String problem() {
        return problem;
    }

    public String outcomes() {
        return outcomes;
    }

    public String outputs() {
        return outputs;
    }

    public String activities() {
        return activities;
    }

    public String assumptions() {
        return assumptions;
    }

    public String risks() {
        return risks;
    }
}
