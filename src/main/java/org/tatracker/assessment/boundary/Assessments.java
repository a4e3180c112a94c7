package org.tatracker.assessment.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tatracker.assessment.control.AssessmentQuery;
import org.tatracker.assessment.control.AssessmentViews;
import org.tatracker.assessment.entity.Assessment;
import org.tatracker.assessment.entity.AssessmentAction;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.assessment.entity.AssessmentStatusChanged;
import org.tatracker.assessment.entity.AssistanceKind;
import org.tatracker.assessment.entity.Framework;
import org.tatracker.assessment.entity.Need;
import org.tatracker.assessment.entity.NeedCategory;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.assessment.entity.Source;
import org.tatracker.assessment.entity.TeamMember;
import org.tatracker.assessment.entity.TeamRole;
import org.tatracker.assessment.entity.ValidationMethod;
import org.tatracker.audit.boundary.AuditTrail;
import org.tatracker.audit.control.Changes;
import org.tatracker.audit.entity.AuditAction;
import org.tatracker.codelist.boundary.CodeLists;
import org.tatracker.codelist.control.CodeChecks;
import org.tatracker.country.entity.Country;
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.boundary.Page;
import org.tatracker.platform.boundary.ResourceNotFoundException;
import org.tatracker.platform.entity.Enums;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;
import org.tatracker.security.boundary.CurrentUser;
import org.tatracker.security.boundary.Refusals;
import org.tatracker.security.control.AccessPolicy;
import org.tatracker.security.control.Actor;
import org.tatracker.security.control.Permission;
import org.tatracker.security.control.Scope;
import org.tatracker.security.entity.Organisation;
import org.tatracker.security.entity.OrganisationKind;
import org.tatracker.security.entity.Role;

/**
 * Needs assessments and their needs. Every call asks {@link AccessPolicy}: lists are filtered in
 * the database to what the reader may see; an assessment the reader may not see does not exist
 * for them (404); every change is audited in its transaction.
 */
@Stateless
public class Assessments {

    static final String ENTITY = "Assessment";

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<AssessmentStatusChanged> statusChanged;

    @Inject
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @EJB
    CodeLists codeLists;

    @EJB
    org.tatracker.country.boundary.Countries countries;

    @Inject
    Clock clock;

    // ---- reading ----

    public Page<AssessmentViews.Summary> list(AssessmentQuery q, Language language) {
        return new Page<>(page(q, language), count(q), q.page(), q.size());
    }

    /** How many assessments the reader may see with these filters. */
    public long count(AssessmentQuery q) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Assessment> counted = count.from(Assessment.class);
        count.select(cb.count(counted)).where(filters(q, actor, cb, count, counted, new CountryJoin(counted)));
        return em.createQuery(count).getSingleResult();
    }

    /** One page of what {@link #count} counts. */
    public List<AssessmentViews.Summary> page(AssessmentQuery q, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        // Two steps: the ids of the page (no join unless a filter or the order needs the country, so
        // that Derby can walk an index), then those rows with their country.
        CriteriaQuery<Long> page = cb.createQuery(Long.class);
        Root<Assessment> a = page.from(Assessment.class);
        CountryJoin country = new CountryJoin(a);
        page.select(a.get("id")).where(filters(q, actor, cb, page, a, country)).orderBy(order(q, cb, a, country, language));
        List<Long> ids = em.createQuery(page).setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList();
        Map<Long, Assessment> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a FROM Assessment a JOIN FETCH a.country WHERE a.id IN :ids", Assessment.class)
                    .setParameter("ids", ids).getResultList().forEach(x -> byId.put(x.id(), x));
        }
        List<Assessment> rows = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();

        return rows.stream().map(x -> summary(x, language)).toList();
    }

    /** What the actor may read: everything for administrators, published ones for all, own countries for offices and governments. */
    /** The join to the country, made only when a filter or the order needs it. */
    private static final class CountryJoin {
        private final Root<Assessment> root;
        private Join<Assessment, Country> join;

        CountryJoin(Root<Assessment> root) {
            this.root = root;
        }

        Join<Assessment, Country> get() {
            if (join == null) {
                join = root.join("country");
            }
            return join;
        }
    }

    private Predicate[] filters(AssessmentQuery q, Actor actor, CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Assessment> a,
            CountryJoin country) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(a.get("superseded"), Boolean.FALSE));
        if (!actor.is(Role.ADMIN)) {
            Predicate published = cb.and(cb.equal(a.get("publicationConsent"), Boolean.TRUE), cb.or(
                    cb.equal(a.get("status"), AssessmentStatus.VALIDATED),
                    cb.and(cb.equal(a.get("status"), AssessmentStatus.ARCHIVED), cb.isNotNull(a.get("validatedOn")))));
            if ((actor.is(Role.FIELD_OFFICE) || actor.is(Role.GOVERNMENT)) && !actor.countries().isEmpty()) {
                where.add(cb.or(published, country.get().get("iso3").in(actor.countries())));
            } else {
                where.add(published);
            }
        }
        if (q.countryIso3() != null) {
            where.add(cb.equal(country.get().get("iso3"), q.countryIso3()));
        }
        if (q.status() != null) {
            where.add(cb.equal(a.get("status"), q.status()));
        }
        if (q.framework() != null) {
            where.add(cb.equal(a.get("framework"), q.framework()));
        }
        if (q.year() != null) {
            where.add(cb.between(a.get("missionStart"), LocalDate.of(q.year(), 1, 1), LocalDate.of(q.year(), 12, 31)));
        }
        if (q.needPriority() != null) {
            String counter = switch (q.needPriority()) {
                case HIGH -> "needsHigh";
                case MEDIUM -> "needsMedium";
                case LOW -> "needsLow";
            };
            where.add(cb.greaterThan(a.<Integer>get(counter), 0));
        }
        if (q.text() != null) {
            where.add(cb.like(cb.lower(a.get("title")), org.tatracker.platform.control.SearchText.pattern(q.text(), Locale.ROOT)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(AssessmentQuery q, CriteriaBuilder cb, Root<Assessment> a, CountryJoin country,
            Language language) {
        Expression<?> key = switch (q.sort()) {
            case MISSION_START -> a.get("missionStart");
            case TITLE -> a.get("title");
            case COUNTRY -> country.get().get("names").get(language.tag());
            case STATUS -> a.get("status");
        };
        return List.of(q.descending() ? cb.desc(key) : cb.asc(key), q.descending() ? cb.desc(a.get("id")) : cb.asc(a.get("id")));
    }

    public Optional<AssessmentViews.Detail> find(long id, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        return readable(id, actor).map(a -> detail(a, actor, language));
    }

    /** Every version of the assessment's series the reader may see, oldest first. */
    public List<AssessmentViews.Summary> versions(long id, Language language) {
        Actor actor = currentUser.actor();
        Assessment a = readable(id, actor).orElseThrow(() -> notFound(id));
        return em.createQuery("SELECT x FROM Assessment x WHERE x.id = :series OR x.seriesId = :series ORDER BY x.versionNumber",
                Assessment.class).setParameter("series", a.series()).getResultList().stream()
                .filter(x -> AccessPolicy.allows(actor, Permission.READ, scope(x)))
                .map(x -> summary(x, language))
                .toList();
    }

    private Optional<Assessment> readable(long id, Actor actor) {
        return Optional.ofNullable(em.find(Assessment.class, id)).filter(a -> AccessPolicy.allows(actor, Permission.READ, scope(a)));
    }

    private static AssessmentViews.Summary summary(Assessment x, Language language) {
        return new AssessmentViews.Summary(x.id(), x.series(), x.versionNumber(), x.country().iso3(), x.country().name(language),
                x.title(), x.framework().name(), x.status().name(), x.missionStart(), x.needCount(), x.highPriorityNeeds(),
                x.publicationConsent(), x.version());
    }

    static Scope scope(Assessment a) {
        return Scope.ofCountry(a.country().iso3(), a.leadOffice().id(), a.published());
    }

    // ---- writing ----

    public AssessmentViews.Detail create(AssessmentInput input, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        if (input == null) {
            throw new InvalidValueException("body", "assessmentRequired");
        }
        Country country = countries.require(input.countryIso3(), "countryIso3");
        Refusals.require(AccessPolicy.allows(actor, Permission.CREATE, Scope.ofCountry(country.iso3(), actor.organisationId(), false))
                && (actor.is(Role.ADMIN) || actor.is(Role.FIELD_OFFICE)), actor);
        Organisation office = leadOffice(input.leadOfficeId(), actor);
        Assessment assessment = new Assessment(country, office, content(input), actor.username(), Instant.now(clock));
        em.persist(assessment);
        em.flush();
        audit.record(actor.username(), AuditAction.CREATE, ENTITY, assessment.id(), "Assessment '" + assessment.title() + "' created",
                Changes.between(Map.of(), snapshot(assessment)));
        return detail(assessment, actor, language);
    }

    public AssessmentViews.Detail update(long id, AssessmentInput input, Language language) {
        Actor actor = currentUser.actor();
        if (input == null || input.version() == null) {
            throw new InvalidValueException("version", "requiredToUpdate");
        }
        Assessment assessment = writable(id, actor, Permission.UPDATE, input.version());
        if (input.countryIso3() != null && !input.countryIso3().equals(assessment.country().iso3())) {
            throw new InvalidValueException("countryIso3", "countryCannotChange");
        }
        Map<String, Object> before = snapshot(assessment);
        assessment.edit(content(input));
        em.flush();
        var changes = Changes.between(before, snapshot(assessment));
        if (!changes.isEmpty()) {
            audit.record(actor.username(), AuditAction.UPDATE, ENTITY, assessment.id(), "Assessment '" + assessment.title() + "' changed", changes);
        }
        return detail(assessment, actor, language);
    }

    public void delete(long id, Long version) {
        Actor actor = currentUser.actor();
        Assessment assessment = writable(id, actor, Permission.DELETE, version);
        if (assessment.status() != AssessmentStatus.DRAFT || assessment.versionNumber() > 1) {
            throw new org.tatracker.assessment.entity.IllegalTransitionException("onlyFirstDraftDeleted",
                    assessment.status().name().toLowerCase(Locale.ROOT));
        }
        audit.record(actor.username(), AuditAction.DELETE, ENTITY, assessment.id(), "Assessment '" + assessment.title() + "' deleted",
                Changes.between(snapshot(assessment), Map.of()));
        em.remove(assessment);
    }

    public AssessmentViews.Detail transition(long id, TransitionInput input, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        if (input == null || input.action() == null) {
            throw new InvalidValueException("action", "requiredAction");
        }
        AssessmentAction action = Enums.parse(AssessmentAction.class, input.action(), "action");
        Assessment assessment = readable(id, actor).orElseThrow(() -> notFound(id));
        Refusals.require(mayPerform(actor, action, assessment), actor);
        checkVersion(assessment, input.version());
        Instant now = Instant.now(clock);
        AssessmentStatus from = assessment.status();
        Assessment result = assessment;
        switch (action) {
            case SUBMIT -> assessment.submit(actor.username(), now);
            case SHARE -> assessment.share(actor.username(), now);
            case VALIDATE -> assessment.validate(actor.username(), now, input.validatedOn(),
                    input.method() == null ? null : Enums.parse(ValidationMethod.class, input.method(), "method"), input.signatory());
            case DISPUTE -> assessment.dispute(actor.username(), now, input.reason());
            case REDRAFT -> assessment.returnToDraft(actor.username(), now);
            case ARCHIVE -> assessment.archive(actor.username(), now);
            case AMEND -> {
                result = assessment.amend(actor.username(), now);
                em.persist(result);
            }
        }
        em.flush();
        if (assessment.status() != from) {
            statusChanged.fire(new AssessmentStatusChanged(assessment.id(), from, assessment.status()));
        }
        audit.record(actor.username(), AuditAction.TRANSITION, ENTITY, assessment.id(),
                "Assessment '" + assessment.title() + "': " + action.name().toLowerCase(Locale.ROOT),
                Changes.between(Map.of("status", from), Map.of("status", action == AssessmentAction.AMEND
                        ? "version " + result.versionNumber() + " (id " + result.id() + ")" : assessment.status())));
        return detail(result, actor, language);
    }

    /** Whether the actor may take the step now: the policy, the role, and the workflow. */
    static boolean mayPerform(Actor actor, AssessmentAction action, Assessment assessment) {
        Scope scope = scope(assessment);
        boolean roleFits = action.isGovernmentsWord()
                ? actor.is(Role.ADMIN) || actor.is(Role.GOVERNMENT)
                : actor.is(Role.ADMIN) || actor.is(Role.FIELD_OFFICE);
        Permission permission = action == AssessmentAction.AMEND ? Permission.UPDATE : Permission.TRANSITION;
        return roleFits && AccessPolicy.allows(actor, permission, scope);
    }

    // ---- needs ----

    public AssessmentViews.NeedView addNeed(long id, NeedInput input) {
        Actor actor = currentUser.actor();
        Assessment assessment = writable(id, actor, Permission.UPDATE, null);
        Need need = assessment.addNeed(needContent(input));
        em.flush();
        audit.record(actor.username(), AuditAction.CREATE, "Need", need.id(), "Need " + need.position() + " added to assessment " + id,
                Changes.between(Map.of(), needSnapshot(need)));
        return needView(need);
    }

    /**
     * Imports the needs of a spreadsheet into a draft, all or nothing: every row is checked as a need
     * would be, and a sheet with any bad row imports nothing and names every bad row and column.
     */
    public List<AssessmentViews.NeedView> importNeeds(long id, org.tatracker.assessment.control.NeedSheet.Read sheet) {
        Actor actor = currentUser.actor();
        Assessment assessment = writable(id, actor, Permission.UPDATE, null);
        if (assessment.status() != AssessmentStatus.DRAFT) {
            throw new org.tatracker.assessment.entity.IllegalTransitionException("needsImportedIntoDraft");
        }
        List<org.tatracker.assessment.control.NeedSheet.Problem> problems = new ArrayList<>(sheet.problems());
        List<Need.NeedContent> contents = new ArrayList<>();
        for (var line : sheet.lines()) {
            try {
                Need.NeedContent content = needContent(line.need());
                Need.check(content);
                contents.add(content);
            } catch (InvalidValueException e) {
                problems.add(new org.tatracker.assessment.control.NeedSheet.Problem(line.row(),
                        org.tatracker.assessment.control.NeedSheet.columnOf(e.field()), e.why()));
            }
        }
        if (sheet.lines().isEmpty() && problems.isEmpty()) {
            problems.add(new org.tatracker.assessment.control.NeedSheet.Problem(2, null, "sheetNoNeeds"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return addNeeds(assessment, actor, contents);
    }

    private List<AssessmentViews.NeedView> addNeeds(Assessment assessment, Actor actor, List<Need.NeedContent> contents) {
        long id = assessment.id();
        List<Need> added = new ArrayList<>();
        for (Need.NeedContent content : contents) {
            added.add(assessment.addNeed(content));
        }
        em.flush();
        audit.record(actor.username(), AuditAction.UPDATE, ENTITY, id, added.size() + " needs imported into assessment " + id, Map.of());
        return added.stream().map(Assessments::needView).toList();
    }

    public AssessmentViews.NeedView updateNeed(long id, long needId, NeedInput input) {
        Actor actor = currentUser.actor();
        Assessment assessment = writable(id, actor, Permission.UPDATE, null);
        Need need = need(assessment, needId);
        if (input == null || input.version() == null) {
            throw new InvalidValueException("version", "requiredToUpdate");
        }
        if (input.version() != need.version()) {
            throw new OptimisticLockException("Need " + needId + " is at version " + need.version());
        }
        Map<String, Object> before = needSnapshot(need);
        assessment.changeNeed(need, needContent(input));
        em.flush();
        var changes = Changes.between(before, needSnapshot(need));
        if (!changes.isEmpty()) {
            audit.record(actor.username(), AuditAction.UPDATE, "Need", need.id(), "Need " + need.position() + " of assessment " + id + " changed", changes);
        }
        return needView(need);
    }

    public void removeNeed(long id, long needId) {
        Actor actor = currentUser.actor();
        Assessment assessment = writable(id, actor, Permission.UPDATE, null);
        Need need = need(assessment, needId);
        audit.record(actor.username(), AuditAction.DELETE, "Need", need.id(), "Need " + need.position() + " removed from assessment " + id,
                Changes.between(needSnapshot(need), Map.of()));
        assessment.removeNeed(need);
    }

    /** The needs of a country's shared or validated (current) assessments the reader may see, high priority first. */
    public List<AssessmentViews.CountryNeed> needsOfCountry(String iso3) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        return em.createQuery("SELECT n FROM Need n JOIN FETCH n.assessment a JOIN FETCH a.country c JOIN FETCH a.leadOffice WHERE c.iso3 = :c "
                + "AND a.superseded = FALSE AND a.status IN :statuses ORDER BY n.priority, a.id, n.position", Need.class)
                .setParameter("c", iso3).setParameter("statuses", List.of(AssessmentStatus.VALIDATED, AssessmentStatus.SHARED))
                .getResultList().stream()
                .filter(n -> AccessPolicy.allows(actor, Permission.READ, scope(n.assessment())))
                .map(n -> new AssessmentViews.CountryNeed(n.assessment().id(), n.assessment().title(), needView(n)))
                .toList();
    }

    public List<AssessmentViews.NeedView> needs(long id) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        return readable(id, actor).orElseThrow(() -> notFound(id)).needs().stream().map(Assessments::needView).toList();
    }

    /** Checks a need as it would be stored, without storing it (bulk upload reports every bad row). */
    public Need.NeedContent needContent(NeedInput input) {
        if (input == null) {
            throw new InvalidValueException("body", "needRequired");
        }
        CodeChecks.requireKnown(codeLists::unknown, "cjat_tool", input.cjatArea() == null ? List.of() : List.of(input.cjatArea()), "cjatArea");
        Set<AssistanceKind> kinds = EnumSet.noneOf(AssistanceKind.class);
        for (String k : input.kinds() == null ? List.<String>of() : input.kinds()) {
            kinds.add(Enums.parse(AssistanceKind.class, k, "kinds"));
        }
        Map<String, Set<String>> references = new LinkedHashMap<>();
        put(references, codeLists, "target_institution", input.institutions(), "institutions");
        put(references, codeLists, "target_group", input.groups(), "groups");
        put(references, codeLists, "sn_cluster", input.standards(), "standards");
        put(references, codeLists, "convention", input.conventions(), "conventions");
        put(references, codeLists, "sdg_target", input.sdgTargets(), "sdgTargets");
        Money cost = null;
        if (input.costAmount() != null || (input.costCurrency() != null && !input.costCurrency().isBlank())) {
            cost = new Money(input.costAmount(), input.costCurrency() == null ? null : input.costCurrency().strip().toUpperCase(Locale.ROOT), "cost");
            CodeChecks.requireKnown(codeLists::unknown, "Currency", List.of(cost.currency()), "cost.currency");
        }
        return new Need.NeedContent(input.cjatArea() == null ? null : input.cjatArea().strip(), input.description(), kinds,
                input.category() == null ? null : Enums.parse(NeedCategory.class, input.category(), "category"),
                input.priority() == null ? null : Enums.parse(Priority.class, input.priority(), "priority"), references, cost);
    }

    // ---- helpers ----

    private Assessment writable(long id, Actor actor, Permission permission, Long version) {
        Refusals.require(actor.authenticated(), actor);
        Assessment assessment = readable(id, actor).orElseThrow(() -> notFound(id));
        Refusals.require(AccessPolicy.allows(actor, permission, scope(assessment))
                && (actor.is(Role.ADMIN) || actor.is(Role.FIELD_OFFICE)), actor);
        checkVersion(assessment, version);
        return assessment;
    }

    private static void checkVersion(Assessment assessment, Long version) {
        if (version != null && version != assessment.version()) {
            throw new OptimisticLockException("Assessment " + assessment.id() + " is at version " + assessment.version());
        }
    }

    private static Need need(Assessment assessment, long needId) {
        return assessment.needs().stream().filter(n -> n.id() == needId).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("noNeedOfAssessment", assessment.id(), needId));
    }

    private static NotFoundException notFound(long id) {
        return new ResourceNotFoundException("noReadableAssessment", id);
    }

    private Organisation leadOffice(Long id, Actor actor) {
        Long wanted = id != null ? id : actor.organisationId();
        Organisation office = wanted == null ? null : em.find(Organisation.class, wanted);
        if (office == null || office.kind() != OrganisationKind.FIELD_OFFICE) {
            throw new InvalidValueException("leadOfficeId", "mustBeFieldOffice");
        }
        if (actor.is(Role.FIELD_OFFICE) && !office.id().equals(actor.organisationId())) {
            throw new InvalidValueException("leadOfficeId", "fieldOfficeOwnAssessments");
        }
        return office;
    }

    private Assessment.Content content(AssessmentInput in) {
        if (in == null) {
            throw new InvalidValueException("body", "assessmentRequired");
        }
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        put(codes, codeLists, "cjat_tool", in.cjatTools(), "cjatTools");
        put(codes, codeLists, "congress_topic", in.congressTopics(), "congressTopics");
        put(codes, codeLists, "assessment_method", in.methods(), "methods");
        List<TeamMember> team = new ArrayList<>();
        for (AssessmentInput.TeamMemberInput m : in.team() == null ? List.<AssessmentInput.TeamMemberInput>of() : in.team()) {
            if (m.countryIso3() != null && !m.countryIso3().isBlank()) {
                countries.require(m.countryIso3(), "countryIso3");
            }
            team.add(new TeamMember(m.person(), m.organisation(), m.countryIso3() == null ? null : m.countryIso3().toUpperCase(Locale.ROOT),
                    m.role() == null ? null : Enums.parse(TeamRole.class, m.role(), "team.role")));
        }
        List<Source> sources = new ArrayList<>();
        for (AssessmentInput.SourceInput s : in.sources() == null ? List.<AssessmentInput.SourceInput>of() : in.sources()) {
            sources.add(new Source(s.description(), s.kind(), s.date()));
        }
        return new Assessment.Content(in.title(), in.framework() == null ? null : Enums.parse(Framework.class, in.framework(), "framework"),
                codes, in.requestedByAgency(), in.requestReference(), in.requestDate(), in.counterpartAgency(), in.focalPoint(),
                team, sources, in.missionStart(), in.missionEnd(), in.findings(), in.recommendations(),
                Boolean.TRUE.equals(in.publicationConsent()));
    }

    private AssessmentViews.Detail detail(Assessment a, Actor actor, Language language) {
        Assessment.Content c = a.content();
        Set<String> allowed = new TreeSet<>();
        for (AssessmentAction action : AssessmentAction.values()) {
            if (action.allowedFrom(a.status()) && !a.superseded() && mayPerform(actor, action, a)) {
                allowed.add(action.name().toLowerCase(Locale.ROOT));
            }
        }
        boolean editable = a.status() == AssessmentStatus.DRAFT && AccessPolicy.allows(actor, Permission.UPDATE, scope(a))
                && (actor.is(Role.ADMIN) || actor.is(Role.FIELD_OFFICE));
        return new AssessmentViews.Detail(a.id(), a.series(), a.versionNumber(), a.superseded(), a.country().iso3(),
                a.country().name(language), a.leadOffice().id(), a.leadOffice().name(), a.title(), a.framework().name(),
                sorted(c.codes().get("cjat_tool")), sorted(c.codes().get("congress_topic")), sorted(c.codes().get("assessment_method")),
                c.requestedByAgency(), c.requestReference(), c.requestDate(), c.counterpartAgency(), c.focalPoint(),
                c.team().stream().map(m -> new AssessmentViews.Team(m.person(), m.organisation(), m.countryIso3(), m.role().name())).toList(),
                c.sources().stream().map(s -> new AssessmentViews.SourceView(s.description(), s.kind(), s.date())).toList(),
                c.missionStart(), c.missionEnd(), c.findings(), c.recommendations(), c.publicationConsent(), a.status().name(),
                a.validatedOn(), a.validationMethod() == null ? null : a.validationMethod().name(), a.validationSignatory(),
                a.disputeReason(), a.needs().stream().map(Assessments::needView).toList(),
                a.transitions().stream().map(t -> new AssessmentViews.Step(t.from() == null ? null : t.from().name(), t.to().name(),
                        t.actor(), t.occurredAt(), t.note())).toList(),
                allowed, editable, a.createdBy(), a.createdAt(), a.version());
    }

    private static List<String> sorted(Set<String> codes) {
        return codes == null ? List.of() : List.copyOf(new TreeSet<>(codes));
    }

    static AssessmentViews.NeedView needView(Need n) {
        return new AssessmentViews.NeedView(n.id(), n.position(), n.cjatArea(), n.description(),
                n.kinds().stream().map(Enum::name).toList(), n.category().name(), n.priority().name(), n.references(),
                n.estimatedCost() == null ? null : n.estimatedCost().amount(),
                n.estimatedCost() == null ? null : n.estimatedCost().currency(), n.status().name(), n.version());
    }

    private static Map<String, Object> snapshot(Assessment a) {
        Map<String, Object> s = new LinkedHashMap<>();
        Assessment.Content c = a.content();
        s.put("title", c.title());
        s.put("framework", c.framework());
        s.put("status", a.status());
        s.put("codes", c.codes().toString());
        s.put("missionStart", c.missionStart());
        s.put("missionEnd", c.missionEnd());
        s.put("findings", c.findings());
        s.put("recommendations", c.recommendations());
        s.put("publicationConsent", c.publicationConsent());
        s.put("team", c.team().size());
        s.put("sources", c.sources().size());
        return s;
    }

    private static Map<String, Object> needSnapshot(Need n) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cjatArea", n.cjatArea());
        s.put("description", n.description());
        s.put("kinds", n.kinds());
        s.put("category", n.category());
        s.put("priority", n.priority());
        s.put("references", n.references().toString());
        s.put("estimatedCost", n.estimatedCost());
        s.put("status", n.status());
        return s;
    }

    private static void put(Map<String, Set<String>> into, CodeLists codeLists, String list, List<String> codes, String field) {
        Set<String> checked = CodeChecks.checked(codeLists::unknown, list, codes, field);
        if (!checked.isEmpty()) {
            into.put(list, checked);
        }
    }
}
