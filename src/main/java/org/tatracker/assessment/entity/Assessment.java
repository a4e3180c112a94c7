package org.tatracker.assessment.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tatracker.country.entity.Country;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.security.entity.Organisation;

/**
 * A needs assessment of one country. Its content changes only while it is a draft; its status
 * moves only along {@link AssessmentAction}, each step recorded with who and when; a validated
 * assessment is never edited in place but amended into a new version of the same series.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    /** The code lists of an assessment's scope and methods. */
    public static final Set<String> CODE_LISTS = Set.of("cjat_tool", "congress_topic", "assessment_method");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The id of the first version; all versions of one assessment share it. */
    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber = 1;

    @Column(name = "superseded", nullable = false)
    private boolean superseded;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_m49", nullable = false)
    private Country country;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_office_id", nullable = false)
    private Organisation leadOffice;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "framework", nullable = false, length = 20)
    private Framework framework;

    @Column(name = "requested_by_agency", length = 300)
    private String requestedByAgency;

    @Column(name = "request_reference", length = 200)
    private String requestReference;

    @Column(name = "request_date")
    private LocalDate requestDate;

    @Column(name = "counterpart_agency", length = 300)
    private String counterpartAgency;

    @Column(name = "focal_point", length = 200)
    private String focalPoint;

    @Column(name = "mission_start")
    private LocalDate missionStart;

    @Column(name = "mission_end")
    private LocalDate missionEnd;

    @Lob
    @Column(name = "findings")
    private String findings;

    @Lob
    @Column(name = "recommendations")
    private String recommendations;

    @Column(name = "publication_consent", nullable = false)
    private boolean publicationConsent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    @Column(name = "validated_on")
    private LocalDate validatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "validation_method", length = 20)
    private ValidationMethod validationMethod;

    @Column(name = "validation_signatory", length = 200)
    private String validationSignatory;

    @Column(name = "dispute_reason", length = 2000)
    private String disputeReason;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "assessment_code", joinColumns = @JoinColumn(name = "assessment_id"))
    private Set<CodeRef> codes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "assessment_team_member", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assessment_source", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Need> needs = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
    @OrderBy("occurredAt")
    private List<AssessmentTransition> transitions = new ArrayList<>();

    /** Needs per priority: derived from {@link #needs}, kept here so that lists need not read the needs. */
    @Column(name = "needs_high", nullable = false)
    private int needsHigh;

    @Column(name = "needs_medium", nullable = false)
    private int needsMedium;

    @Column(name = "needs_low", nullable = false)
    private int needsLow;

    @Version
    private long version;

    protected Assessment() {
    }

    public Assessment(Country country, Organisation leadOffice, Content content, String createdBy, Instant createdAt) {
        this.country = Objects.requireNonNull(country, "country");
        this.leadOffice = Objects.requireNonNull(leadOffice, "leadOffice");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        write(content);
        transitions.add(new AssessmentTransition(this, null, AssessmentStatus.DRAFT, createdBy, createdAt, null));
    }

    /** Everything a field office writes about an assessment, checked and replaced as a whole. */
    public record Content(String title, Framework framework, Map<String, Set<String>> codes, String requestedByAgency,
            String requestReference, LocalDate requestDate, String counterpartAgency, String focalPoint,
            List<TeamMember> team, List<Source> sources, LocalDate missionStart, LocalDate missionEnd, String findings,
            String recommendations, boolean publicationConsent) {
    }

    /** Changes the content of a draft. */
    public void edit(Content content) {
        requireDraft();
        write(content);
    }

    private void write(Content c) {
        if (c.title() == null || c.title().isBlank() || c.title().strip().length() > 300) {
            throw new InvalidValueException("title", "requiredMaxLength", 300);
        }
        if (c.framework() == null) {
            throw new InvalidValueException("framework", "required");
        }
        if (c.missionStart() != null && c.missionEnd() != null && c.missionEnd().isBefore(c.missionStart())) {
            throw new InvalidValueException("missionEnd", "notBeforeMissionStart");
        }
        Map<String, Set<String>> newCodes = c.codes() == null ? Map.of() : c.codes();
        for (String list : newCodes.keySet()) {
            if (!CODE_LISTS.contains(list)) {
                throw new InvalidValueException(list, "notAssessmentCodeList");
            }
        }
        this.title = c.title().strip();
        this.framework = c.framework();
        this.requestedByAgency = trim(c.requestedByAgency(), 300, "requestedByAgency");
        this.requestReference = trim(c.requestReference(), 200, "requestReference");
        this.requestDate = c.requestDate();
        this.counterpartAgency = trim(c.counterpartAgency(), 300, "counterpartAgency");
        this.focalPoint = trim(c.focalPoint(), 200, "focalPoint");
        this.missionStart = c.missionStart();
        this.missionEnd = c.missionEnd();
        this.findings = c.findings() == null || c.findings().isBlank() ? null : c.findings().strip();
        this.recommendations = c.recommendations() == null || c.recommendations().isBlank() ? null : c.recommendations().strip();
        this.publicationConsent = c.publicationConsent();
        this.codes.clear();
        newCodes.forEach((list, values) -> values.forEach(v -> codes.add(new CodeRef(list, v))));
        this.team.clear();
        if (c.team() != null) {
            this.team.addAll(c.team());
        }
        this.sources.clear();
        if (c.sources() != null) {
            this.sources.addAll(c.sources());
        }
    }

    private static String trim(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidValueException(field, "maxLength", max);
        }
        return value.strip();
    }

    public Need addNeed(Need.NeedContent content) {
        requireDraft();
        Need need = new Need(this, needs.size() + 1, content);
        needs.add(need);
        recountNeeds();
        return need;
    }

    public void changeNeed(Need need, Need.NeedContent content) {
        requireDraft();
        requireOwn(need);
        need.apply(content);
        recountNeeds();
    }

    public void removeNeed(Need need) {
        requireDraft();
        requireOwn(need);
        needs.remove(need);
        for (int i = 0; i < needs.size(); i++) {
            needs.get(i).setPosition(i + 1);
        }
        recountNeeds();
    }

    private void recountNeeds() {
        needsHigh = (int) needs.stream().filter(n -> n.priority() == Priority.HIGH).count();
        needsMedium = (int) needs.stream().filter(n -> n.priority() == Priority.MEDIUM).count();
        needsLow = (int) needs.stream().filter(n -> n.priority() == Priority.LOW).count();
    }

    public int needCount() {
        return needsHigh + needsMedium + needsLow;
    }

    public int highPriorityNeeds() {
        return needsHigh;
    }

    private void requireOwn(Need need) {
        if (need.assessment() != this) {
            throw new IllegalArgumentException("need " + need.id() + " belongs to another assessment");
        }
    }

    private void requireDraft() {
        if (status != AssessmentStatus.DRAFT) {
            if (status == AssessmentStatus.VALIDATED) {
                throw new IllegalTransitionException("onlyDraftChangesAmend", label(status));
            }
            throw new IllegalTransitionException("onlyDraftChanges", label(status));
        }
    }

    // ---- workflow ----

    public void submit(String by, Instant at) {
        if (needs.isEmpty()) {
            throw new InvalidValueException("needs", "submitNeedsOneNeed");
        }
        move(AssessmentAction.SUBMIT, by, at, null);
    }

    public void share(String by, Instant at) {
        move(AssessmentAction.SHARE, by, at, null);
    }

    public void validate(String by, Instant at, LocalDate on, ValidationMethod how, String signatory) {
        if (on == null) {
            throw new InvalidValueException("validatedOn", "required");
        }
        if (how == null) {
            throw new InvalidValueException("method", "requiredValidationMethod");
        }
        if (signatory == null || signatory.isBlank() || signatory.length() > 200) {
            throw new InvalidValueException("signatory", "requiredMaxLength", 200);
        }
        move(AssessmentAction.VALIDATE, by, at, how + " " + on + ", " + signatory.strip());
        this.validatedOn = on;
        this.validationMethod = how;
        this.validationSignatory = signatory.strip();
        this.disputeReason = null;
    }

    public void dispute(String by, Instant at, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidValueException("reason", "requiredMaxLength", 2000);
        }
        move(AssessmentAction.DISPUTE, by, at, reason.strip());
        this.disputeReason = reason.strip();
    }

    public void returnToDraft(String by, Instant at) {
        move(AssessmentAction.REDRAFT, by, at, null);
    }

    public void archive(String by, Instant at) {
        move(AssessmentAction.ARCHIVE, by, at, null);
    }

    /** A new draft version with this one's content and needs; this version stays validated and readable. */
    public Assessment amend(String by, Instant at) {
        if (!AssessmentAction.AMEND.allowedFrom(status) || superseded) {
            if (superseded) {
                throw new IllegalTransitionException("onlyCurrentValidatedAmendedSuperseded");
            }
            throw new IllegalTransitionException("onlyCurrentValidatedAmended", label(status));
        }
        Assessment next = new Assessment(country, leadOffice, content(), by, at);
        next.seriesId = series();
        next.versionNumber = versionNumber + 1;
        for (Need need : needs) {
            next.needs.add(need.copyFor(next));
        }
        next.recountNeeds();
        this.superseded = true;
        needs.forEach(Need::refresh);
        transitions.add(new AssessmentTransition(this, status, status, by, at, "amended as version " + next.versionNumber));
        return next;
    }

    /** An action's label, as the pages name it, for a refusal in the reader's language. */
    private static org.tatracker.i18n.entity.Reason label(AssessmentAction action) {
        return org.tatracker.i18n.entity.Reason.of("assessment.action." + action.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A status's label, as the pages name it, for a refusal in the reader's language. */
    private static org.tatracker.i18n.entity.Reason label(AssessmentStatus status) {
        return org.tatracker.i18n.entity.Reason.of("assessment.status." + status.name());
    }

    private void move(AssessmentAction action, String by, Instant at, String note) {
        if (superseded || !action.allowedFrom(status)) {
            if (superseded) {
                throw new IllegalTransitionException("transitionNotAllowedSuperseded", label(action));
            }
            throw new IllegalTransitionException("transitionNotAllowed", label(action), label(status));
        }
        AssessmentStatus from = status;
        status = action.target();
        transitions.add(new AssessmentTransition(this, from, status, by, at, note));
        needs.forEach(Need::refresh);
    }

    public Content content() {
        Map<String, Set<String>> grouped = codes.stream().collect(Collectors.groupingBy(CodeRef::listName,
                Collectors.mapping(CodeRef::code, Collectors.toCollection(java.util.TreeSet::new))));
        return new Content(title, framework, grouped, requestedByAgency, requestReference, requestDate, counterpartAgency,
                focalPoint, List.copyOf(team), List.copyOf(sources), missionStart, missionEnd, findings, recommendations,
                publicationConsent);
    }

    /** Published: validated (or archived after validation) with the government's consent. */
    public boolean published() {
        return publicationConsent && (status == AssessmentStatus.VALIDATED || (status == AssessmentStatus.ARCHIVED && validatedOn != null));
    }

    public Long series() {
        return seriesId == null ? id : seriesId;
    }

    public Long id() {
        return id;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public boolean superseded() {
        return superseded;
    }

    public Country country() {
        return country;
    }

    public Organisation leadOffice() {
        return leadOffice;
    }

    public String title() {
        return title;
    }

    public Framework framework() {
        return framework;
    }

    public AssessmentStatus status() {
        return status;
    }

    public LocalDate missionStart() {
        return missionStart;
    }

    public boolean publicationConsent() {
        return publicationConsent;
    }

    public LocalDate validatedOn() {
        return validatedOn;
    }

    public ValidationMethod validationMethod() {
        return validationMethod;
    }

    public String validationSignatory() {
        return validationSignatory;
    }

    public String disputeReason() {
        return disputeReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Need> needs() {
        return List.copyOf(needs);
    }

    public List<AssessmentTransition> transitions() {
        return List.copyOf(transitions);
    }

    public long version() {
        return version;
    }
}
