package org.tatracker.indicator.control;

import java.math.BigDecimal;
import java.util.List;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;

/** The facts the formulas need, one small record per kind of record; a query or a pass over entities fills them. */
public final class Facts {

    private Facts() {
    }

    /**
     * A need of a shared or validated assessment: its priority, whether an active or completed
     * project answers it, its estimated cost in USD (null if not estimated), and the ids of the
     * projects linked to it with their commitments in USD.
     */
    public record NeedFact(long id, String countryIso3, Priority priority, boolean covered, BigDecimal costUsd, List<LinkedProject> projects) {
        public NeedFact {
            projects = projects == null ? List.of() : List.copyOf(projects);
        }
    }

    public record LinkedProject(long projectId, BigDecimal committedUsd) {
    }

    /** A partner country's role in a project, and whether the Global South rule counts that country as Southern. */
    public record Participation(String countryIso3, SscRole role, boolean southern) {
    }

    /** A project as the partnership and sustainability indicators see it. */
    public record ProjectFact(long id, Modality modality, BigDecimal committedUsd, boolean linkedToValidatedAssessment,
            boolean theoryOfChange, boolean hasTechnical, boolean hasMaterial, boolean hasTraining, List<Participation> participations,
            SustainabilityFact sustainability) {
        public ProjectFact {
            participations = participations == null ? List.of() : List.copyOf(participations);
        }
    }

    /**
     * The sustainability signals of domain reference §3.2 as recorded: exit strategy stated,
     * national co-financing recorded (above zero), recurrent costs taken over, share of funds
     * through national systems (null if not stated), laws adopted, curriculum adopted by a national
     * institution (any training event), certified trainers and the people they trained, equipment
     * items, those with a maintenance plan, those checked and those working at their latest check.
     */
    public record SustainabilityFact(boolean exitStrategy, boolean cofinancing, boolean recurrentTakenOver, BigDecimal nationalSystemsPercent,
            int lawsAdopted, boolean curriculumAdopted, int certifiedTrainers, int secondaryTrainees, int items, int itemsWithMaintenance,
            int itemsChecked, int itemsWorking) {
    }

    /** A training event as the training indicators see it. */
    public record EventFact(TrainingModality modality, TrainingType type, int female, int male, int notStated, BigDecimal preScore,
            BigDecimal postScore, int certifiedTrainers, int secondaryTrainees, BigDecimal followUpRate) {

        public int participants() {
            return female + male + notStated;
        }
    }
}
