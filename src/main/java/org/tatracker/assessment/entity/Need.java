package org.tatracker.assessment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;

/**
 * One need an assessment found: the CJAT area, what is needed, the kinds of help sought, its
 * category and priority, whom it concerns, the norms it relates to, and what it would cost.
 */
@Entity
@Table(name = "need")
public class Need {

    /** The code lists a need's references are checked against. */
    public static final String KINDS = "assistance_kind";
    public static final Set<String> REFERENCE_LISTS = Set.of("target_institution", "target_group", "sn_cluster", "convention", "sdg_target");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "cjat_area", nullable = false, length = 40)
    private String cjatArea;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private NeedCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private Priority priority;

    @Embedded
    private Money estimatedCost;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 25)
    private NeedStatus status = NeedStatus.OPEN;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "need_code", joinColumns = @JoinColumn(name = "need_id"))
    private Set<CodeRef> codes = new HashSet<>();

    // Kept for the dashboards (issue #6), so that they count needs without joining the assessments:
    // the assessment's country; whether the indicators count the need (its assessment is shared or
    // validated and current, and the need still relevant); whether its assessment is published.
    @Column(name = "country_m49", length = 3, updatable = false)
    private String countryM49;

    @Column(name = "counted", nullable = false)
    private boolean counted;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Version
    private long version;

    protected Need() {
    }

    Need(Assessment assessment, int position, NeedContent content) {
        this.assessment = assessment;
        this.position = position;
        this.countryM49 = assessment.country().m49();
        apply(content);
        refresh();
    }

    /** Whether the indicators count this need and whether it is published, again after its assessment or its status changed. */
    void refresh() {
        counted = (assessment.status() == AssessmentStatus.SHARED || assessment.status() == AssessmentStatus.VALIDATED) && !assessment.superseded()
                && status != NeedStatus.NO_LONGER_RELEVANT;
        published = assessment.published();
    }

    /** What a need says, as one value, so that it is checked and replaced as a whole. */
    public record NeedContent(String cjatArea, String description, Set<AssistanceKind> kinds, NeedCategory category,
            Priority priority, Map<String, Set<String>> references, Money estimatedCost) {
    }

    /** Refuses content a need cannot hold, naming the field; used before anything is stored. */
    public static void check(NeedContent c) {
        if (c.cjatArea() == null || c.cjatArea().isBlank()) {
            throw new InvalidValueException("cjatArea", "required");
        }
        if (c.description() == null || c.description().isBlank() || c.description().length() > 4000) {
            throw new InvalidValueException("description", "requiredMaxLength", 4000);
        }
        if (c.kinds() == null || c.kinds().isEmpty()) {
            throw new InvalidValueException("kinds", "needKinds");
        }
        if (c.category() == null) {
            throw new InvalidValueException("category", "required");
        }
        if (c.priority() == null) {
            throw new InvalidValueException("priority", "required");
        }
        Map<String, Set<String>> references = c.references() == null ? Map.of() : c.references();
        for (String list : references.keySet()) {
            if (!REFERENCE_LISTS.contains(list)) {
                throw new InvalidValueException(list, "notNeedReferenceList");
            }
        }
    }

    final void apply(NeedContent c) {
        check(c);
        Map<String, Set<String>> references = c.references() == null ? Map.of() : c.references();
        this.cjatArea = c.cjatArea().strip();
        this.description = c.description().strip();
        this.category = c.category();
        this.priority = c.priority();
        this.estimatedCost = c.estimatedCost();
        this.codes.clear();
        c.kinds().forEach(k -> codes.add(new CodeRef(KINDS, k.name())));
        references.forEach((list, values) -> values.forEach(v -> codes.add(new CodeRef(list, v))));
    }

    /** Projects answering the need move it; anyone allowed to change the assessment can mark it no longer relevant. */
    public void changeStatus(NeedStatus newStatus) {
        this.status = Objects.requireNonNull(newStatus, "status");
        refresh();
    }

    void setPosition(int position) {
        this.position = position;
    }

    Need copyFor(Assessment amendment) {
        Need copy = new Need(amendment, position, content());
        copy.status = status;
        copy.refresh();
        return copy;
    }

    public NeedContent content() {
        return new NeedContent(cjatArea, description, kinds(), category, priority, references(), estimatedCost);
    }

    public Set<AssistanceKind> kinds() {
        Set<AssistanceKind> kinds = EnumSet.noneOf(AssistanceKind.class);
        codes.stream().filter(c -> c.listName().equals(KINDS)).forEach(c -> kinds.add(AssistanceKind.valueOf(c.code())));
        return kinds;
    }

    public Map<String, Set<String>> references() {
        return codes.stream().filter(c -> !c.listName().equals(KINDS))
                .collect(Collectors.groupingBy(CodeRef::listName, Collectors.mapping(CodeRef::code, Collectors.toCollection(java.util.TreeSet::new))));
    }

    public Long id() {
        return id;
    }

    public Assessment assessment() {
        return assessment;
    }

    public int position() {
        return position;
    }

    public String cjatArea() {
        return cjatArea;
    }

    public String description() {
        return description;
    }

    public NeedCategory category() {
        return category;
    }

    public Priority priority() {
        return priority;
    }

    public Money estimatedCost() {
        return estimatedCost;
    }

    public NeedStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
