package org.tatracker.project.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tatracker.platform.entity.InvalidValueException;

/**
 * A training event of a training component, with the facts that training-effectiveness indicators
 * need (domain reference §5.3): participants by sex and institution, pre- and post-test averages
 * (0 to 100), certified trainers and the people they trained in turn, follow-up application rate.
 */
@Entity
@Table(name = "training_event")
public class TrainingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "component_id", nullable = false)
    private Component component;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "modality", nullable = false, length = 20)
    private TrainingModality modality;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private TrainingType type;

    @Column(name = "host", length = 300)
    private String host;

    @Column(name = "national_academy", nullable = false)
    private boolean nationalAcademy;

    @Column(name = "curriculum_adopted", nullable = false)
    private boolean curriculumAdopted;

    @Column(name = "female", nullable = false)
    private int female;

    @Column(name = "male", nullable = false)
    private int male;

    @Column(name = "not_stated", nullable = false)
    private int notStated;

    @Column(name = "pre_score", precision = 5, scale = 2)
    private BigDecimal preScore;

    @Column(name = "post_score", precision = 5, scale = 2)
    private BigDecimal postScore;

    @Column(name = "certified_trainers", nullable = false)
    private int certifiedTrainers;

    @Column(name = "secondary_trainees", nullable = false)
    private int secondaryTrainees;

    @Column(name = "followup_rate", precision = 5, scale = 2)
    private BigDecimal followUpRate;

    @ElementCollection
    @CollectionTable(name = "event_institution", joinColumns = @JoinColumn(name = "event_id"))
    private Set<InstitutionCount> institutions = new HashSet<>();

    // Kept for the dashboards' sums (domain reference §5.3): participants; and, when scores or a
    // follow-up were measured, the participants weighed and the gain or rate times participants.
    @Column(name = "participants", nullable = false)
    private int participantCount;

    @Column(name = "scored_participants")
    private Integer scoredParticipants;

    @Column(name = "weighted_gain", precision = 19, scale = 2)
    private BigDecimal weightedGain;

    @Column(name = "followed_participants")
    private Integer followedParticipants;

    @Column(name = "weighted_followup", precision = 19, scale = 2)
    private BigDecimal weightedFollowUp;

    protected TrainingEvent() {
    }

    /** What is recorded of an event. */
    public record Facts(String title, LocalDate startDate, LocalDate endDate, TrainingModality modality, TrainingType type, String host,
            boolean nationalAcademy, boolean curriculumAdopted, int female, int male, int notStated, BigDecimal preScore,
            BigDecimal postScore, int certifiedTrainers, int secondaryTrainees, BigDecimal followUpRate,
            List<InstitutionCount> institutions) {
    }

    TrainingEvent(Component component, Facts facts) {
        this.component = component;
        apply(facts);
    }

    /** Checks every rule of an event; public so that a form can check before it saves. */
    public static void check(Facts f) {
        Texts.required(f.title(), 300, "title");
        Texts.optional(f.host(), 300, "host");
        if (f.startDate() == null) {
            throw new InvalidValueException("startDate", "required");
        }
        if (f.endDate() == null) {
            throw new InvalidValueException("endDate", "required");
        }
        if (f.endDate().isBefore(f.startDate())) {
            throw new InvalidValueException("endDate", "notBeforeStart");
        }
        if (f.modality() == null) {
            throw new InvalidValueException("modality", "requiredTrainingModality");
        }
        if (f.type() == null) {
            throw new InvalidValueException("type", "requiredTrainingType");
        }
        nonNegative(f.female(), "female");
        nonNegative(f.male(), "male");
        nonNegative(f.notStated(), "notStated");
        nonNegative(f.certifiedTrainers(), "certifiedTrainers");
        nonNegative(f.secondaryTrainees(), "secondaryTrainees");
        int participants = f.female() + f.male() + f.notStated();
        if (participants == 0) {
            throw new InvalidValueException("female", "participantsBySex");
        }
        if (f.certifiedTrainers() > participants) {
            throw new InvalidValueException("certifiedTrainers", "trainersExceedParticipants", participants);
        }
        if (f.certifiedTrainers() > 0 && f.type() != TrainingType.TRAINING_OF_TRAINERS) {
            throw new InvalidValueException("certifiedTrainers", "trainersCertifiedByToT");
        }
        if (f.secondaryTrainees() > 0 && f.certifiedTrainers() == 0) {
            throw new InvalidValueException("secondaryTrainees", "secondaryNeedTrainers");
        }
        score(f.preScore(), "preScore");
        score(f.postScore(), "postScore");
        score(f.followUpRate(), "followUpRate");
        if (f.institutions() != null) {
            int byInstitution = 0;
            Set<String> seen = new HashSet<>();
            for (InstitutionCount c : f.institutions()) {
                nonNegative(c.participants(), "institutions");
                if (!seen.add(c.institution())) {
                    throw new InvalidValueException("institutions", "institutionTwice", c.institution());
                }
                byInstitution += c.participants();
            }
            if (byInstitution > participants) {
                throw new InvalidValueException("institutions", "institutionsExceedParticipants", byInstitution, participants);
            }
        }
    }

    private void apply(Facts f) {
        check(f);
        title = f.title().strip();
        startDate = f.startDate();
        endDate = f.endDate();
        modality = f.modality();
        type = f.type();
        host = Texts.optional(f.host(), 300, "host");
        nationalAcademy = f.nationalAcademy();
        curriculumAdopted = f.curriculumAdopted();
        female = f.female();
        male = f.male();
        notStated = f.notStated();
        preScore = f.preScore();
        postScore = f.postScore();
        certifiedTrainers = f.certifiedTrainers();
        secondaryTrainees = f.secondaryTrainees();
        followUpRate = f.followUpRate();
        participantCount = participants();
        BigDecimal weight = BigDecimal.valueOf(participantCount);
        scoredParticipants = knowledgeGain() == null ? null : participantCount;
        weightedGain = knowledgeGain() == null ? null : knowledgeGain().multiply(weight);
        followedParticipants = followUpRate == null ? null : participantCount;
        weightedFollowUp = followUpRate == null ? null : followUpRate.multiply(weight);
        institutions.clear();
        if (f.institutions() != null) {
            institutions.addAll(f.institutions());
        }
    }

    private static void nonNegative(int value, String field) {
        if (value < 0) {
            throw new InvalidValueException(field, "notNegative");
        }
    }

    private static void score(BigDecimal value, String field) {
        if (value != null && (value.signum() < 0 || value.compareTo(Percentages.HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2)) {
            throw new InvalidValueException(field, "scoreRange");
        }
    }

    public int participants() {
        return female + male + notStated;
    }

    /** Average post-test minus average pre-test score, when both were measured. */
    public BigDecimal knowledgeGain() {
        return preScore == null || postScore == null ? null : postScore.subtract(preScore);
    }

    public Long id() {
        return id;
    }

    public Component component() {
        return component;
    }

    public String title() {
        return title;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public TrainingModality modality() {
        return modality;
    }

    public TrainingType type() {
        return type;
    }

    public String host() {
        return host;
    }

    public boolean nationalAcademy() {
        return nationalAcademy;
    }

    public boolean curriculumAdopted() {
        return curriculumAdopted;
    }

    public int female() {
        return female;
    }

    public int male() {
        return male;
    }

    public int notStated() {
        return notStated;
    }

    public BigDecimal preScore() {
        return preScore;
    }

    public BigDecimal postScore() {
        return postScore;
    }

    public int certifiedTrainers() {
        return certifiedTrainers;
    }

    public int secondaryTrainees() {
        return secondaryTrainees;
    }

    public BigDecimal followUpRate() {
        return followUpRate;
    }

    public Set<InstitutionCount> institutions() {
        return Set.copyOf(institutions);
    }
}
