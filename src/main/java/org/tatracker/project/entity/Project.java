package org.tatracker.project.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tatracker.assessment.entity.CodeRef;
import org.tatracker.assessment.entity.Need;
import org.tatracker.country.entity.Country;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.project.control.Signals;
import org.tatracker.security.entity.Organisation;

/**
 * A project of technical, material and training assistance, aligned with an IATI 2.03 activity.
 * The project guards its cross-field rules: recipient-country and sector shares total 100, end
 * dates follow start dates, a project in a country-to-country modality has partners in the roles
 * that modality needs once it is under way, and its totals in USD follow its transactions.
 */
@Entity
@Table(name = "project")
public class Project {

    /** The code lists a project is tagged with, besides sectors. */
    public static final Set<String> CODE_LISTS = Set.of("sdg_target", "congress_topic", "sn_cluster", "convention");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "iati_identifier", nullable = false, length = 150, updatable = false)
    private String iatiIdentifier;

    @Column(name = "reporting_org_ref", nullable = false, length = 100, updatable = false)
    private String reportingOrgRef;

    @Column(name = "own_code", nullable = false, length = 150, updatable = false)
    private String ownCode;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Lob
    @Column(name = "description")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProjectStatus status;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    /** Year of the actual (else planned) start and end, kept for the year filter. */
    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "end_year")
    private Integer endYear;

    /** IATI Region code (vocabulary 1) when the project targets a region instead of countries. */
    @Column(name = "recipient_region", length = 10)
    private String recipientRegion;

    /** "|002|202|014|508|": the recipient countries' M49 codes and those of their regions, kept for the region filter. */
    @Column(name = "recipient_areas", length = 2000)
    private String recipientAreas;

    /** "|15130|15210|": the sector codes, kept for the sector filter. */
    @Column(name = "sector_codes", length = 1000)
    private String sectorCodes;

    @Enumerated(EnumType.STRING)
    @Column(name = "modality", length = 20)
    private Modality modality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_org_id", nullable = false)
    private Organisation owner;

    @Embedded
    private TheoryOfChange theoryOfChange;

    @Embedded
    private Sustainability sustainability;

    /** Where the project was imported from; {@code null} for a project recorded in the tracker. */
    @Embedded
    private ImportSource source;

    @Column(name = "has_technical", nullable = false)
    private boolean hasTechnical;

    @Column(name = "has_material", nullable = false)
    private boolean hasMaterial;

    @Column(name = "has_training", nullable = false)
    private boolean hasTraining;

    @Column(name = "committed_usd", nullable = false, precision = 19, scale = 2)
    private BigDecimal committedUsd = BigDecimal.ZERO.setScale(2);

    @Column(name = "disbursed_usd", nullable = false, precision = 19, scale = 2)
    private BigDecimal disbursedUsd = BigDecimal.ZERO.setScale(2);

    /** How many sustainability signals apply to the project and how many it meets ({@link Signals}), kept for the dashboards. */
    @Column(name = "signals_applicable", nullable = false)
    private int signalsApplicable;

    @Column(name = "signals_met", nullable = false)
    private int signalsMet;

    /** Material assistance that comes with training and a maintenance plan for every item (domain reference §6), kept for the dashboards. */
    @Column(name = "material_with_capacity", nullable = false)
    private boolean materialWithCapacity;

    /** Linked to a need of a validated assessment (domain reference §6, needs-based assistance), kept for the dashboards. */
    @Column(name = "linked_to_validated", nullable = false)
    private boolean linkedToValidated;

    /** A theory of change states at least the problem and the outcomes, kept for the dashboards. */
    @Column(name = "has_theory_of_change", nullable = false)
    private boolean hasTheoryOfChange;

    /** Commitments and disbursements (with expenditure) in USD by the year of the transaction, kept for the dashboards. */
    @ElementCollection
    @CollectionTable(name = "project_year", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyColumn(name = "tx_year")
    private Map<Integer, YearUsd> years = new HashMap<>();

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "project_country", joinColumns = @JoinColumn(name = "project_id"))
    private Set<CountryShare> countries = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_sector", joinColumns = @JoinColumn(name = "project_id"))
    private Set<SectorShare> sectors = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_code", joinColumns = @JoinColumn(name = "project_id"))
    private Set<CodeRef> codes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_policy_marker", joinColumns = @JoinColumn(name = "project_id"))
    private Set<PolicyMarkerRef> policyMarkers = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_law", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<LawAdopted> laws = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_budget", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Budget> budgets = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Partner> partners = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Component> components = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, id")
    private List<Transaction> transactions = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ResultIndicator> results = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<NeedLink> needLinks = new ArrayList<>();

    protected Project() {
    }

    /** The editable facts of a project, checked together by {@link #check}. */
    public record Content(String title, String description, ProjectStatus status, LocalDate plannedStart, LocalDate plannedEnd,
            LocalDate actualStart, LocalDate actualEnd, List<CountryShare> countries, String recipientRegion, List<SectorShare> sectors,
            Map<String, Set<String>> codes, List<PolicyMarkerRef> policyMarkers, Modality modality, TheoryOfChange theoryOfChange,
            Sustainability sustainability, List<LawAdopted> laws) {

        public Content {
            countries = countries == null ? List.of() : List.copyOf(countries);
            sectors = sectors == null ? List.of() : List.copyOf(sectors);
            codes = codes == null ? Map.of() : Map.copyOf(codes);
            policyMarkers = policyMarkers == null ? List.of() : List.copyOf(policyMarkers);
            laws = laws == null ? List.of() : List.copyOf(laws);
        }
    }

    public Project(String reportingOrgRef, String ownCode, Organisation owner, Content content, String by, Instant at) {
        this.reportingOrgRef = identifierPart(reportingOrgRef, "reportingOrgRef", 100);
        this.ownCode = identifierPart(ownCode, "ownCode", 60);
        this.iatiIdentifier = this.reportingOrgRef + "-" + this.ownCode;
        if (iatiIdentifier.length() > 150) {
            throw new InvalidValueException("ownCode", "iatiIdentifierTooLong", 150);
        }
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdBy = by;
        this.createdAt = at;
        edit(content);
    }

    /**
     * A project imported from an IATI activity: it keeps the publisher's identifier as it is (IATI
     * identifiers need not be the reporting organisation's identifier and a code), and its source.
     * The own code is what follows the reporting organisation's identifier and a hyphen, else the
     * whole identifier.
     */
    public static Project imported(String iatiIdentifier, String reportingOrgRef, Organisation owner, Content content, ImportSource source,
            String by, Instant at) {
        Project p = new Project();
        p.iatiIdentifier = Texts.required(iatiIdentifier, 150, "iatiIdentifier");
        if (!p.iatiIdentifier.equals(iatiIdentifier) || p.iatiIdentifier.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException("iatiIdentifier", "iatiIdentifierNoSpaces");
        }
        p.reportingOrgRef = Texts.required(reportingOrgRef, 100, "reportingOrgRef");
        String prefix = p.reportingOrgRef + "-";
        p.ownCode = p.iatiIdentifier.startsWith(prefix) && p.iatiIdentifier.length() > prefix.length()
                ? p.iatiIdentifier.substring(prefix.length()) : p.iatiIdentifier;
        p.owner = Objects.requireNonNull(owner, "owner");
        p.source = Objects.requireNonNull(source, "source");
        p.createdBy = by;
        p.createdAt = at;
        p.edit(content);
        return p;
    }

    /** Records a later import of the same activity. */
    public void reimported(ImportSource from) {
        this.source = Objects.requireNonNull(from, "source");
    }

    public ImportSource source() {
        return source;
    }

    private static String identifierPart(String value, String field, int max) {
        String v = Texts.required(value, max, field);
        if (!v.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new InvalidValueException(field, "iatiIdentifierCharacters");
        }
        return v;
    }

    /** Checks the content's own rules: those that do not depend on partners or transactions. */
    public static void check(Content c) {
        Texts.required(c.title(), 300, "title");
        Texts.optional(c.description(), 20_000, "description");
        if (c.status() == null) {
            throw new InvalidValueException("status", "requiredActivityStatus");
        }
        if (c.plannedStart() != null && c.plannedEnd() != null && c.plannedEnd().isBefore(c.plannedStart())) {
            throw new InvalidValueException("plannedEnd", "notBeforePlannedStart");
        }
        if (c.actualStart() != null && c.actualEnd() != null && c.actualEnd().isBefore(c.actualStart())) {
            throw new InvalidValueException("actualEnd", "notBeforeActualStart");
        }
        if (c.actualEnd() != null && c.actualStart() == null) {
            throw new InvalidValueException("actualStart", "endedHasStarted");
        }
        if (c.status().underway() && c.status() != ProjectStatus.SUSPENDED && c.actualStart() == null && c.plannedStart() == null) {
            throw new InvalidValueException("plannedStart", "underwayHasStart");
        }
        boolean hasRegion = c.recipientRegion() != null && !c.recipientRegion().isBlank();
        if (c.countries().isEmpty() && !hasRegion) {
            throw new InvalidValueException("countries", "countriesOrRegion");
        }
        if (!c.countries().isEmpty() && hasRegion) {
            throw new InvalidValueException("recipientRegion", "countriesOrRegionNotBoth");
        }
        Set<String> seen = new HashSet<>();
        for (CountryShare s : c.countries()) {
            if (!seen.add(s.country().m49())) {
                throw new InvalidValueException("countries", "namedTwice", s.country().iso3());
            }
        }
        Percentages.requireTotal100(c.countries().stream().map(CountryShare::percentage).toList(), "countries");
        seen.clear();
        for (SectorShare s : c.sectors()) {
            if (!seen.add(s.code())) {
                throw new InvalidValueException("sectors", "namedTwice", s.code());
            }
        }
        Percentages.requireTotal100(c.sectors().stream().map(SectorShare::percentage).toList(), "sectors");
        seen.clear();
        for (PolicyMarkerRef m : c.policyMarkers()) {
            if (!seen.add(m.marker())) {
                throw new InvalidValueException("policyMarkers", "markerNamedTwice", m.marker());
            }
        }
    }

    public void edit(Content c) {
        check(c);
        checkModality(c.modality(), c.status(), partners);
        title = c.title().strip();
        description = Texts.optional(c.description(), 20_000, "description");
        status = c.status();
        plannedStart = c.plannedStart();
        plannedEnd = c.plannedEnd();
        actualStart = c.actualStart();
        actualEnd = c.actualEnd();
        LocalDate start = actualStart != null ? actualStart : plannedStart;
        LocalDate end = actualEnd != null ? actualEnd : plannedEnd;
        startYear = start == null ? null : start.getYear();
        endYear = end == null ? null : end.getYear();
        recipientRegion = c.recipientRegion() == null || c.recipientRegion().isBlank() ? null : c.recipientRegion().strip();
        replace(countries, c.countries());
        recipientAreas = areas(c.countries());
        replace(sectors, c.sectors());
        sectorCodes = c.sectors().isEmpty() ? null : "|" + String.join("|", c.sectors().stream().map(SectorShare::code).sorted().toList()) + "|";
        Set<CodeRef> newCodes = new HashSet<>();
        c.codes().forEach((list, values) -> {
            if (!CODE_LISTS.contains(list)) {
                throw new InvalidValueException("codes", "notProjectCodeList", list);
            }
            values.forEach(v -> newCodes.add(new CodeRef(list, v)));
        });
        replace(codes, newCodes);
        replace(policyMarkers, c.policyMarkers());
        modality = c.modality();
        theoryOfChange = c.theoryOfChange() == null ? new TheoryOfChange(null, null, null, null, null, null) : c.theoryOfChange();
        sustainability = c.sustainability() == null ? Sustainability.none() : c.sustainability();
        if (!laws.equals(c.laws())) {
            laws.clear();
            laws.addAll(c.laws());
        }
        hasTheoryOfChange = theoryOfChange.problem() != null && theoryOfChange.outcomes() != null;
        refreshSignals();
    }

    /** Whether a linked need belongs to a validated assessment: again after a link changes or such an assessment changes status. */
    public void refreshNeedsBased() {
        linkedToValidated = needLinks.stream().anyMatch(l -> l.need().assessment().status() == org.tatracker.assessment.entity.AssessmentStatus.VALIDATED);
    }

    /** Counts the sustainability signals again: for projects recorded before the count was kept. */
    public void recountSignals() {
        refreshSignals();
    }

    /** Counts again the sustainability signals that apply and are met, after any change to what they read. */
    private void refreshSignals() {
        int items = 0;
        int withPlan = 0;
        int checked = 0;
        int working = 0;
        boolean curriculum = false;
        int certified = 0;
        int secondary = 0;
        for (Component c : components) {
            for (TrainingEvent e : c.events()) {
                curriculum |= e.curriculumAdopted();
                if (e.type() == TrainingType.TRAINING_OF_TRAINERS) {
                    certified += e.certifiedTrainers();
                    secondary += e.secondaryTrainees();
                }
            }
            for (EquipmentItem item : c.items()) {
                items++;
                withPlan += item.maintenancePlan() ? 1 : 0;
                java.util.Optional<Boolean> works = item.working();
                if (works.isPresent()) {
                    checked++;
                    working += works.get() ? 1 : 0;
                }
            }
        }
        Sustainability s = sustainability;
        List<Signals.State> states = Signals.of(new Signals.Inputs(s.exitStrategy() != null && !s.exitStrategy().isBlank(),
                s.cofinancing() != null && s.cofinancing().amount().signum() > 0, s.recurrentTakenOver(), s.nationalSystemsPercent(), laws.size(),
                curriculum, certified, secondary, items, withPlan, checked, working, hasTechnical, hasTraining));
        signalsApplicable = Signals.applicable(states);
        signalsMet = Signals.met(states);
        materialWithCapacity = hasMaterial && hasTraining && items > 0 && withPlan == items;
    }

    /** The codes {@link #recipientAreas} keeps, each once, between bars. */
    static String areas(List<CountryShare> shares) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (CountryShare share : shares) {
            var area = share.country().area();
            for (var unit : java.util.Arrays.asList(area.region(), area.subRegion(), area.intermediateRegion())) {
                if (unit != null && unit.code() != null) {
                    codes.add(unit.code());
                }
            }
            codes.add(share.country().m49());
        }
        return codes.isEmpty() ? null : "|" + String.join("|", codes) + "|";
    }

    private static <T> void replace(Set<T> target, java.util.Collection<T> values) {
        Set<T> wanted = new HashSet<>(values);
        if (!target.equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }

    /**
     * The modality rule (domain reference §2.2): triangular roles only in triangular cooperation;
     * once under way, a triangular project has a first provider, a facilitator and a recipient,
     * and a South-South project a provider and a recipient. A project in the pipeline may still
     * be incomplete while it is being recorded.
     */
    static void checkModality(Modality modality, ProjectStatus status, List<Partner> partners) {
        Set<SscRole> roles = EnumSet.noneOf(SscRole.class);
        partners.stream().map(Partner::sscRole).filter(Objects::nonNull).forEach(roles::add);
        if (modality != Modality.TRIANGULAR && roles.stream().anyMatch(SscRole::triangularOnly)) {
            throw new InvalidValueException("modality", "triangularRolesOnly");
        }
        if (status == null || !status.underway()) {
            return;
        }
        if (modality == Modality.TRIANGULAR) {
            for (SscRole needed : List.of(SscRole.FIRST_PROVIDER, SscRole.FACILITATOR, SscRole.RECIPIENT)) {
                if (!roles.contains(needed)) {
                    throw new InvalidValueException("modality", "triangularNeedsRoles",
                            needed.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                }
            }
        } else if (modality == Modality.SOUTH_SOUTH) {
            for (SscRole needed : List.of(SscRole.PROVIDER, SscRole.RECIPIENT)) {
                if (!roles.contains(needed)) {
                    throw new InvalidValueException("modality", "southSouthNeedsRoles",
                            needed.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    // ---- partners ----

    public Partner addPartner(Partner.Facts facts) {
        Partner partner = new Partner(this, facts);
        List<Partner> after = new ArrayList<>(partners);
        after.add(partner);
        checkModality(modality, status, after);
        partners.add(partner);
        return partner;
    }

    public void changePartner(Partner partner, Partner.Facts facts) {
        Partner probe = new Partner(this, facts);
        List<Partner> after = new ArrayList<>(partners);
        after.set(after.indexOf(partner), probe);
        checkModality(modality, status, after);
        partner.apply(facts);
    }

    public void removePartner(Partner partner) {
        List<Partner> after = new ArrayList<>(partners);
        after.remove(partner);
        checkModality(modality, status, after);
        partners.remove(partner);
    }

    // ---- components ----

    public Component addComponent(ComponentKind kind, String title, String description, String aidType) {
        Component component = new Component(this, kind, title, description, aidType);
        components.add(component);
        refreshKinds();
        refreshSignals();
        return component;
    }

    public void changeComponent(Component component, String title, String description, String aidType) {
        component.edit(title, description, aidType);
    }

    public void removeComponent(Component component) {
        components.remove(component);
        refreshKinds();
        refreshSignals();
    }

    public TrainingEvent addEvent(Component component, TrainingEvent.Facts facts) {
        TrainingEvent event = own(component).addEvent(facts);
        refreshSignals();
        return event;
    }

    public void removeEvent(Component component, TrainingEvent event) {
        own(component).removeEvent(event);
        refreshSignals();
    }

    public EquipmentItem addItem(Component component, EquipmentItem.Facts facts) {
        EquipmentItem item = own(component).addItem(facts);
        refreshSignals();
        return item;
    }

    public void removeItem(Component component, EquipmentItem item) {
        own(component).removeItem(item);
        refreshSignals();
    }

    public void addCheck(EquipmentItem item, OperationalCheck check) {
        own(item.component());
        item.addCheck(check);
        refreshSignals();
    }

    private Component own(Component component) {
        if (!components.contains(component)) {
            throw new InvalidValueException("componentId", "notProjectComponent");
        }
        return component;
    }

    private void refreshKinds() {
        hasTechnical = components.stream().anyMatch(c -> c.kind() == ComponentKind.TECHNICAL);
        hasMaterial = components.stream().anyMatch(c -> c.kind() == ComponentKind.MATERIAL);
        hasTraining = components.stream().anyMatch(c -> c.kind() == ComponentKind.TRAINING);
    }

    // ---- money ----

    public Transaction addTransaction(Transaction.Facts facts, UsdValue usd) {
        Transaction tx = new Transaction(this, facts, usd);
        transactions.add(tx);
        count(tx, 1);
        return tx;
    }

    public void removeTransaction(Transaction tx) {
        if (transactions.remove(tx)) {
            count(tx, -1);
        }
    }

    private void count(Transaction tx, int sign) {
        BigDecimal usd = tx.usd().map(UsdValue::amount).orElse(BigDecimal.ZERO);
        if (sign < 0) {
            usd = usd.negate();
        }
        switch (tx.type()) {
            case COMMITMENT -> committedUsd = committedUsd.add(usd);
            case DISBURSEMENT, EXPENDITURE -> disbursedUsd = disbursedUsd.add(usd);
            default -> {
                return;
            }
        }
        int year = tx.date().getYear();
        YearUsd before = years.getOrDefault(year, YearUsd.ZERO);
        YearUsd after = tx.type() == TransactionType.COMMITMENT ? before.plus(usd, BigDecimal.ZERO) : before.plus(BigDecimal.ZERO, usd);
        if (after.isZero()) {
            years.remove(year);
        } else {
            years.put(year, after);
        }
    }

    /** Commitments and disbursements in USD by year of transaction. */
    public Map<Integer, YearUsd> years() {
        return java.util.Collections.unmodifiableMap(years);
    }

    public int signalsApplicable() {
        return signalsApplicable;
    }

    public int signalsMet() {
        return signalsMet;
    }

    public void addBudget(Budget budget) {
        for (Budget b : budgets) {
            if (b.type() == budget.type() && !budget.periodStart().isAfter(b.periodEnd()) && !budget.periodEnd().isBefore(b.periodStart())) {
                throw new InvalidValueException("periodStart", "budgetOverlaps", b.type().name().toLowerCase(java.util.Locale.ROOT),
                        b.periodStart(), b.periodEnd());
            }
        }
        budgets.add(budget);
    }

    /** Removes every budget (an import replaces them all). */
    public void clearBudgets() {
        budgets.clear();
    }

    /** Removes every transaction (an import replaces them all); the USD totals follow. */
    public void clearTransactions() {
        new ArrayList<>(transactions).forEach(this::removeTransaction);
    }

    /** Removes every result indicator (an import replaces them all). */
    public void clearResults() {
        results.clear();
    }

    public void removeBudget(int index) {
        if (index < 0 || index >= budgets.size()) {
            throw new InvalidValueException("budget", "noBudget", index);
        }
        budgets.remove(index);
    }

    // ---- results ----

    public ResultIndicator addIndicator(String title, String unit, BigDecimal baselineValue, Integer baselineYear, boolean bySex) {
        ResultIndicator indicator = new ResultIndicator(this, title, unit, baselineValue, baselineYear, bySex);
        results.add(indicator);
        return indicator;
    }

    public void addPeriod(ResultIndicator indicator, ResultPeriod period) {
        if (!results.contains(indicator)) {
            throw new InvalidValueException("indicatorId", "notProjectIndicator");
        }
        indicator.addPeriod(period);
    }

    public void removeIndicator(ResultIndicator indicator) {
        results.remove(indicator);
    }

    // ---- needs ----

    /**
     * Links a need this project answers. The need must concern one of the project's recipient
     * countries (any country when the project targets a region) and be linked once.
     */
    public NeedLink link(Need need, LinkExtent extent, String note, String by, Instant at) {
        if (needLinks.stream().anyMatch(l -> l.need().id().equals(need.id()))) {
            throw new InvalidValueException("needId", "needAlreadyLinked", need.id());
        }
        String m49 = need.assessment().country().m49();
        if (recipientRegion == null && countries.stream().noneMatch(c -> c.country().m49().equals(m49))) {
            throw new InvalidValueException("needId", "needOtherCountry", need.id(), need.assessment().country().iso3());
        }
        NeedLink link = new NeedLink(this, need, extent, note, by, at);
        needLinks.add(link);
        refreshNeedsBased();
        return link;
    }

    public NeedLink unlink(long needId) {
        NeedLink link = needLinks.stream().filter(l -> l.need().id() == needId).findFirst()
                .orElseThrow(() -> new InvalidValueException("needId", "needNotLinked", needId));
        needLinks.remove(link);
        refreshNeedsBased();
        return link;
    }

    // ---- reading ----

    /** Sum of the USD values of the given type; transactions without a rate are left out (see {@link #unconverted}). */
    public BigDecimal totalUsd(TransactionType type) {
        return transactions.stream().filter(t -> t.type() == type).map(t -> t.usd().map(UsdValue::amount).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** How many transactions have no USD value (no rate for their currency and year). */
    public long unconverted() {
        return transactions.stream().filter(t -> t.usd().isEmpty()).count();
    }

    /**
     * Disbursements and expenditure above commitments are accepted (money may be spent before a
     * commitment is recorded, or in another currency) but reported: compared in USD.
     */
    public boolean spendsMoreThanCommitted() {
        BigDecimal committed = totalUsd(TransactionType.COMMITMENT);
        BigDecimal spent = totalUsd(TransactionType.DISBURSEMENT).add(totalUsd(TransactionType.EXPENDITURE));
        return spent.compareTo(committed) > 0;
    }

    public Long id() {
        return id;
    }

    public String iatiIdentifier() {
        return iatiIdentifier;
    }

    public String reportingOrgRef() {
        return reportingOrgRef;
    }

    public String ownCode() {
        return ownCode;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ProjectStatus status() {
        return status;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public LocalDate actualStart() {
        return actualStart;
    }

    public LocalDate actualEnd() {
        return actualEnd;
    }

    /** Year of the actual, else planned, start. */
    public Integer startYear() {
        return startYear;
    }

    /** Year of the actual, else planned, end. */
    public Integer endYear() {
        return endYear;
    }

    public String recipientRegion() {
        return recipientRegion;
    }

    public Modality modality() {
        return modality;
    }

    public Organisation owner() {
        return owner;
    }

    public TheoryOfChange theoryOfChange() {
        return theoryOfChange;
    }

    public Sustainability sustainability() {
        return sustainability;
    }

    public boolean hasKind(ComponentKind kind) {
        return switch (kind) {
            case TECHNICAL -> hasTechnical;
            case MATERIAL -> hasMaterial;
            case TRAINING -> hasTraining;
        };
    }

    public BigDecimal committedUsd() {
        return committedUsd;
    }

    public BigDecimal disbursedUsd() {
        return disbursedUsd;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public Set<CountryShare> countries() {
        return Set.copyOf(countries);
    }

    public Set<SectorShare> sectors() {
        return Set.copyOf(sectors);
    }

    public Set<CodeRef> codes() {
        return Set.copyOf(codes);
    }

    public Set<PolicyMarkerRef> policyMarkers() {
        return Set.copyOf(policyMarkers);
    }

    public List<LawAdopted> laws() {
        return List.copyOf(laws);
    }

    public List<Budget> budgets() {
        return List.copyOf(budgets);
    }

    public List<Partner> partners() {
        return List.copyOf(partners);
    }

    public List<Component> components() {
        return List.copyOf(components);
    }

    public List<Transaction> transactions() {
        return List.copyOf(transactions);
    }

    public List<ResultIndicator> results() {
        return List.copyOf(results);
    }

    public List<NeedLink> needLinks() {
        return List.copyOf(needLinks);
    }
}
