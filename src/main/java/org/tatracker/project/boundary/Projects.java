package org.tatracker.project.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.assessment.entity.AssessmentStatusChanged;
import org.tatracker.assessment.entity.CodeRef;
import org.tatracker.assessment.entity.Need;
import org.tatracker.assessment.entity.NeedStatus;
import org.tatracker.audit.boundary.AuditTrail;
import org.tatracker.audit.control.Changes;
import org.tatracker.audit.entity.AuditAction;
import org.tatracker.codelist.boundary.CodeLists;
import org.tatracker.codelist.control.CodeChecks;
import org.tatracker.country.boundary.Countries;
import org.tatracker.country.entity.Country;
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.boundary.Page;
import org.tatracker.platform.boundary.ResourceNotFoundException;
import org.tatracker.platform.control.SearchText;
import org.tatracker.platform.entity.Enums;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;
import org.tatracker.project.control.NeedStatusRule;
import org.tatracker.project.control.ProjectQuery;
import org.tatracker.project.control.ProjectViews;
import org.tatracker.project.entity.Budget;
import org.tatracker.project.entity.BudgetType;
import org.tatracker.project.entity.Component;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Contribution;
import org.tatracker.project.entity.ContributionKind;
import org.tatracker.project.entity.CountryShare;
import org.tatracker.project.entity.EquipmentItem;
import org.tatracker.project.entity.ExchangeRate;
import org.tatracker.project.entity.InstitutionCount;
import org.tatracker.project.entity.LawAdopted;
import org.tatracker.project.entity.LinkExtent;
import org.tatracker.project.entity.MaterialKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.NeedLink;
import org.tatracker.project.entity.OperationalCheck;
import org.tatracker.project.entity.Partner;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.PolicyMarkerRef;
import org.tatracker.project.entity.Project;
import org.tatracker.project.entity.ProjectCountryRow;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.ResultIndicator;
import org.tatracker.project.entity.ResultPeriod;
import org.tatracker.project.entity.SectorShare;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.Sustainability;
import org.tatracker.project.entity.TheoryOfChange;
import org.tatracker.project.entity.TrainingEvent;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;
import org.tatracker.project.entity.Transaction;
import org.tatracker.project.entity.TransactionType;
import org.tatracker.project.entity.UsdValue;
import org.tatracker.security.boundary.CurrentUser;
import org.tatracker.security.boundary.Refusals;
import org.tatracker.security.control.AccessPolicy;
import org.tatracker.security.control.Actor;
import org.tatracker.security.control.Permission;
import org.tatracker.security.control.Scope;
import org.tatracker.security.entity.Organisation;
import org.tatracker.security.entity.Role;

/**
 * Projects and their parts. Every call asks {@link AccessPolicy}: projects are published to every
 * signed-in reader; administrators, the field offices of a recipient country and the donors whose
 * organisation records or takes part in a project change it. Every change is audited in its
 * transaction and raises the project's version, so that a stale edit of any part is refused (409).
 * Links to needs keep the needs' status current ({@link NeedStatusRule}).
 */
@Stateless
public class Projects {

    static final String ENTITY = "Project";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @EJB
    CodeLists codeLists;

    @EJB
    Countries countries;

    @Inject
    Clock clock;

    // ---- reading ----

    public Page<ProjectViews.Summary> list(ProjectQuery q, Language language) {
        return new Page<>(page(q, language), count(q), q.page(), q.size());
    }

    public long count(ProjectQuery q) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Project> p = count.from(Project.class);
        count.select(cb.count(p)).where(filters(q, cb, count, p));
        return em.createQuery(count).getSingleResult();
    }

    /** A project of the worklist and what its record lacks. */
    public record Incomplete(ProjectViews.Summary project, boolean noResults, boolean noSustainability) {
    }

    /**
     * The worklist's projects: those still running (pipeline to finalisation) in the given countries whose record has no
     * result indicator or no sustainability data (no exit strategy, co-financing, recurrent-cost take-over or share through
     * national systems), latest first, at most {@code max}.
     */
    public List<Incomplete> incomplete(Collection<String> iso3s, int max, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        if (iso3s.isEmpty()) {
            return List.of();
        }
        List<String> m49s = em.createQuery("SELECT c.m49 FROM Country c WHERE c.iso3 IN :codes", String.class).setParameter("codes", iso3s)
                .getResultList();
        String running = "FROM Project p WHERE p.status IN :running AND EXISTS (SELECT c FROM ProjectCountryRow c WHERE c.projectId = p.id "
                + "AND c.countryM49 IN :countries) ";
        List<ProjectStatus> statuses = List.of(ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION);
        Set<Long> noResults = new HashSet<>(em.createQuery("SELECT p.id " + running + "AND NOT EXISTS (SELECT r FROM ResultIndicator r "
                + "WHERE r.project = p) ORDER BY p.id DESC", Long.class).setParameter("running", statuses).setParameter("countries", m49s)
                .setMaxResults(max).getResultList());
        // the recurrent-cost flag is read, not compared: a boolean comparison in this statement (which EclipseLink writes
        // without parameters for Derby, because of the CLOB test) would compare with 1, which Derby refuses
        Set<Long> noSustainability = new HashSet<>();
        for (Object[] row : em.createQuery("SELECT p.id, p.sustainability.recurrentTakenOver " + running + "AND p.sustainability.exitStrategy "
                + "IS NULL AND p.sustainability.cofinancingAmount IS NULL AND p.sustainability.nationalSystemsPercent IS NULL ORDER BY p.id DESC",
                Object[].class).setParameter("running", statuses).setParameter("countries", m49s).getResultList()) {
            if (!Boolean.TRUE.equals(row[1]) && noSustainability.size() < max) {
                noSustainability.add((Long) row[0]);
            }
        }
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>(Comparator.reverseOrder());
        ids.addAll(noResults);
        ids.addAll(noSustainability);
        List<Long> page = ids.stream().limit(max).toList();
        return summaries(page, language).stream().map(v -> new Incomplete(v, noResults.contains(v.id()), noSustainability.contains(v.id())))
                .toList();
    }

    /** One page in two steps: the ids of the page, then those projects with their countries and funders. */
    public List<ProjectViews.Summary> page(ProjectQuery q, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> page = cb.createQuery(Long.class);
        Root<Project> p = page.from(Project.class);
        page.select(p.get("id")).where(filters(q, cb, page, p)).orderBy(order(q, cb, p));
        List<Long> ids = em.createQuery(page).setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList();
        return summaries(ids, language);
    }

    private List<ProjectViews.Summary> summaries(List<Long> ids, Language language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Project> byId = new HashMap<>();
        em.createQuery("SELECT p FROM Project p WHERE p.id IN :ids", Project.class).setParameter("ids", ids).getResultList()
                .forEach(x -> byId.put(x.id(), x));
        Map<Long, List<ProjectViews.CountryRef>> countriesOf = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.id, c, cs.percentage FROM Project p JOIN p.countries cs JOIN cs.country c "
                + "WHERE p.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            Country c = (Country) row[1];
            countriesOf.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new ProjectViews.CountryRef(c.iso3(), c.name(language), (BigDecimal) row[2]));
        }
        Map<Long, List<String>> fundersOf = new HashMap<>();
        // By project id only: with the role as a parameter too, Derby hashes the whole role index instead of probing ids.
        for (Object[] row : em.createQuery("SELECT pa.project.id, pa.name, pa.role FROM Partner pa WHERE pa.project.id IN :ids ORDER BY pa.name",
                Object[].class).setParameter("ids", ids).getResultList()) {
            if (row[2] == PartnerRole.FUNDING) {
                fundersOf.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        List<ProjectViews.Summary> rows = new ArrayList<>();
        for (Long id : ids) {
            Project x = byId.get(id);
            if (x == null) {
                continue;
            }
            List<ProjectViews.CountryRef> cs = new ArrayList<>(countriesOf.getOrDefault(id, List.of()));
            cs.sort(Comparator.comparing(ProjectViews.CountryRef::percentage).reversed().thenComparing(ProjectViews.CountryRef::iso3));
            Set<String> kinds = new TreeSet<>();
            for (ComponentKind k : ComponentKind.values()) {
                if (x.hasKind(k)) {
                    kinds.add(k.name());
                }
            }
            rows.add(new ProjectViews.Summary(x.id(), x.iatiIdentifier(), x.title(), x.status().name(),
                    x.modality() == null ? null : x.modality().name(), cs, x.recipientRegion(), fundersOf.getOrDefault(id, List.of()), kinds,
                    x.startYear(), x.endYear(), x.committedUsd(), x.disbursedUsd(), x.version()));
        }
        return rows;
    }

    /** The list's filters as criteria predicates over {@code p}; the indicators aggregate over the same selection. */
    public Predicate[] filters(ProjectQuery q, CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Project> p) {
        List<Predicate> where = new ArrayList<>();
        // Correlated EXISTS over the one indexed table (read-only row entities), with codes resolved first:
        // Derby answers "id IN (subquery)" by hashing the whole subquery, and a subquery over an element
        // collection makes EclipseLink join the project table again; either takes seconds at 50,000 projects.
        if (q.countryIso3() != null) {
            List<String> m49s = em.createQuery("SELECT c.m49 FROM Country c WHERE c.iso3 = :iso3", String.class)
                    .setParameter("iso3", q.countryIso3()).getResultList();
            Subquery<String> sq = cq.subquery(String.class);
            Root<ProjectCountryRow> r = sq.from(ProjectCountryRow.class);
            sq.select(r.get("countryM49")).where(cb.equal(r.get("projectId"), p.get("id")),
                    m49s.isEmpty() ? cb.disjunction() : cb.equal(r.get("countryM49"), m49s.get(0)));
            where.add(cb.exists(sq));
        }
        if (q.region() != null) {
            where.add(cb.like(p.get("recipientAreas"), "%|" + q.region() + "|%"));
        }
        partnerFilter(q.donor(), PartnerRole.FUNDING, cb, cq, p).ifPresent(where::add);
        partnerFilter(q.implementer(), PartnerRole.IMPLEMENTING, cb, cq, p).ifPresent(where::add);
        if (q.sector() != null) {
            // A five-digit code selects itself; a three-digit DAC category (151, 152) selects its codes.
            where.add(cb.like(p.get("sectorCodes"), "%|" + q.sector() + (q.sector().length() < 5 ? "" : "|") + "%"));
        }
        if (q.modality() != null) {
            where.add(cb.equal(p.get("modality"), q.modality()));
        }
        if (q.kind() != null) {
            where.add(cb.isTrue(p.get(kindFlag(q.kind()))));
        }
        if (q.status() != null) {
            where.add(cb.equal(p.get("status"), q.status()));
        }
        if (q.year() != null) {
            where.add(cb.lessThanOrEqualTo(p.get("startYear"), q.year()));
            where.add(cb.or(cb.isNull(p.get("endYear")), cb.greaterThanOrEqualTo(p.get("endYear"), q.year())));
        }
        if (q.text() != null) {
            where.add(cb.or(cb.like(cb.lower(p.get("title")), SearchText.pattern(q.text(), Locale.ROOT)),
                    cb.equal(p.get("iatiIdentifier"), q.text())));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The project's attribute that says it has a component of the kind. */
    private static String kindFlag(ComponentKind kind) {
        return switch (kind) {
            case TECHNICAL -> "hasTechnical";
            case MATERIAL -> "hasMaterial";
            case TRAINING -> "hasTraining";
        };
    }

    private static Optional<Predicate> partnerFilter(String name, PartnerRole role, CriteriaBuilder cb, CriteriaQuery<?> cq,
            Root<Project> p) {
        if (name == null) {
            return Optional.empty();
        }
        Subquery<Long> sq = cq.subquery(Long.class);
        Root<Partner> pa = sq.from(Partner.class);
        sq.select(pa.get("id")).where(cb.equal(pa.get("projectId"), p.get("id")), cb.equal(pa.get("role"), role),
                cb.equal(pa.get("name"), name));
        return Optional.of(cb.exists(sq));
    }

    private static List<Order> order(ProjectQuery q, CriteriaBuilder cb, Root<Project> p) {
        Expression<?> key = switch (q.sort()) {
            case START -> p.get("startYear");
            case TITLE -> p.get("title");
            case STATUS -> p.get("status");
            case COMMITTED -> p.get("committedUsd");
        };
        return List.of(q.descending() ? cb.desc(key) : cb.asc(key), q.descending() ? cb.desc(p.get("id")) : cb.asc(p.get("id")));
    }

    /** The relationships an export reads, fetched for a whole batch of projects in one query each. */
    static final List<String> DETAIL_PATHS = List.of("p.owner", "p.countries", "p.sectors", "p.codes", "p.policyMarkers", "p.laws",
            "p.budgets", "p.partners", "p.partners.country", "p.partners.contributions", "p.partners.accountOrganisation", "p.components",
            "p.components.events", "p.components.events.institutions", "p.components.items", "p.components.items.checks", "p.transactions",
            "p.results", "p.results.periods", "p.needLinks", "p.needLinks.need", "p.needLinks.need.assessment",
            "p.needLinks.need.assessment.country");

    /**
     * The next {@code size} projects {@link #count} counts whose id is above {@code afterId}, in id order, each in full: what an
     * export reads, batch after batch. Every relationship is read for the whole batch at once (a query per relationship, not per
     * project), and the persistence context is cleared afterwards, so that memory stays flat whatever the number of projects.
     */
    public ProjectViews.Batch detailsAfter(ProjectQuery q, long afterId, int size, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> page = cb.createQuery(Long.class);
        Root<Project> p = page.from(Project.class);
        List<Predicate> where = new ArrayList<>(List.of(filters(q, cb, page, p)));
        where.add(cb.gt(p.get("id"), afterId));
        page.select(p.get("id")).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(p.get("id")));
        List<Long> ids = em.createQuery(page).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return new ProjectViews.Batch(List.of(), afterId, true);
        }
        jakarta.persistence.TypedQuery<Project> batch = em.createQuery("SELECT p FROM Project p WHERE p.id IN :ids ORDER BY p.id",
                Project.class).setParameter("ids", ids).setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch.size", size)
                .setHint("eclipselink.read-only", "true");
        DETAIL_PATHS.forEach(path -> batch.setHint("eclipselink.batch", path));
        List<Project> found = batch.getResultList();
        Set<String> partnerCountries = new HashSet<>();
        found.forEach(x -> x.partners().stream().map(Partner::country).filter(Objects::nonNull).forEach(c -> partnerCountries.add(c.iso3())));
        Set<String> southern = countries.southern(partnerCountries);
        List<ProjectViews.Detail> details = new ArrayList<>(found.size());
        for (Project x : found) {
            if (AccessPolicy.allows(actor, Permission.READ, scope(x))) {
                details.add(detail(x, actor, language, southern));
            }
        }
        em.clear();
        return new ProjectViews.Batch(details, ids.get(ids.size() - 1), ids.size() < size);
    }

    /** Names of partners in a role, for the list's filters. */
    public List<String> partnerNames(PartnerRole role) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        return em.createQuery("SELECT DISTINCT pa.name FROM Partner pa WHERE pa.role = :role ORDER BY pa.name", String.class)
                .setParameter("role", role).setMaxResults(500).getResultList();
    }

    public Optional<ProjectViews.Detail> find(long id, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        return readable(id, actor).map(p -> detail(p, actor, language));
    }

    /** Projects a country receives, counted by funder and by kind of assistance (a project with several funders counts under each). */
    public ProjectViews.CountryAssistance assistanceTo(String iso3) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        List<ProjectViews.Tally> byProvider = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT pa.name, COUNT(DISTINCT p.id), SUM(p.committedUsd) FROM Project p JOIN p.countries cs "
                + "JOIN p.partners pa WHERE cs.country.iso3 = :c AND pa.role = :funding GROUP BY pa.name ORDER BY pa.name", Object[].class)
                .setParameter("c", iso3).setParameter("funding", PartnerRole.FUNDING).getResultList()) {
            byProvider.add(new ProjectViews.Tally((String) row[0], ((Number) row[1]).longValue(), (BigDecimal) row[2]));
        }
        List<ProjectViews.Tally> byKind = new ArrayList<>();
        for (ComponentKind kind : ComponentKind.values()) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
            Root<Project> p = q.from(Project.class);
            Join<Project, CountryShare> cs = p.join("countries");
            q.multiselect(cb.count(p), cb.sum(p.<BigDecimal>get("committedUsd")))
                    .where(cb.equal(cs.get("country").get("iso3"), iso3), cb.isTrue(p.get(kindFlag(kind))));
            Object[] row = em.createQuery(q).getSingleResult();
            byKind.add(new ProjectViews.Tally(kind.name(), ((Number) row[0]).longValue(), row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1]));
        }
        return new ProjectViews.CountryAssistance(byProvider, byKind);
    }

    private Optional<Project> readable(long id, Actor actor) {
        return Optional.ofNullable(em.find(Project.class, id)).filter(p -> AccessPolicy.allows(actor, Permission.READ, scope(p)));
    }

    public static Scope scope(Project p) {
        Set<String> iso3s = new HashSet<>();
        p.countries().forEach(c -> iso3s.add(c.country().iso3()));
        Set<Long> participants = new HashSet<>();
        p.partners().stream().map(Partner::accountOrganisation).filter(Objects::nonNull).forEach(o -> participants.add(o.id()));
        return new Scope(iso3s, p.owner().id(), participants, true);
    }

    private static boolean recorder(Actor actor) {
        return actor.is(Role.ADMIN) || actor.is(Role.FIELD_OFFICE) || actor.is(Role.DONOR);
    }

    // ---- writing the project ----

    public ProjectViews.Detail create(ProjectInput input, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        if (input == null) {
            throw new InvalidValueException("body", "projectRequired");
        }
        Project.Content content = content(input);
        Organisation owner = owner(input.ownerOrganisationId(), actor);
        Set<String> iso3s = new HashSet<>();
        content.countries().forEach(c -> iso3s.add(c.country().iso3()));
        List<Partner.Facts> partnerFacts = new ArrayList<>();
        Set<Long> participants = new HashSet<>();
        for (ProjectParts.PartnerInput pi : input.partners() == null ? List.<ProjectParts.PartnerInput>of() : input.partners()) {
            Partner.Facts f = partnerFacts(pi);
            partnerFacts.add(f);
            if (f.accountOrganisation() != null) {
                participants.add(f.accountOrganisation().id());
            }
        }
        Refusals.require(recorder(actor) && AccessPolicy.allows(actor, Permission.CREATE, new Scope(iso3s, owner.id(), participants, false)), actor);
        if (input.ownCode() != null && input.reportingOrgRef() != null) {
            String identifier = input.reportingOrgRef().strip() + "-" + input.ownCode().strip();
            if (!em.createQuery("SELECT p.id FROM Project p WHERE p.iatiIdentifier = :i", Long.class).setParameter("i", identifier)
                    .getResultList().isEmpty()) {
                throw new InvalidValueException("ownCode", "iatiIdentifierUsed", identifier);
            }
        }
        // Partners go in before the status that needs them: create in the pipeline, add them, then set the status.
        Project.Content pipeline = withStatus(content, ProjectStatus.PIPELINE);
        Project project = new Project(input.reportingOrgRef(), input.ownCode(), owner, pipeline, actor.username(), Instant.now(clock));
        partnerFacts.forEach(project::addPartner);
        project.edit(content);
        em.persist(project);
        em.flush();
        audit.record(actor.username(), AuditAction.CREATE, ENTITY, project.id(), "Project '" + project.title() + "' created",
                Changes.between(Map.of(), snapshot(project)));
        return detail(project, actor, language);
    }

    private static Project.Content withStatus(Project.Content c, ProjectStatus status) {
        return new Project.Content(c.title(), c.description(), status, c.plannedStart(), c.plannedEnd(), c.actualStart(), c.actualEnd(),
                c.countries(), c.recipientRegion(), c.sectors(), c.codes(), c.policyMarkers(), c.modality(), c.theoryOfChange(),
                c.sustainability(), c.laws());
    }

    public ProjectViews.Detail update(long id, ProjectInput input, Language language) {
        Actor actor = currentUser.actor();
        if (input == null || input.version() == null) {
            throw new InvalidValueException("version", "requiredToUpdate");
        }
        Project project = writable(id, actor, Permission.UPDATE, input.version());
        if (input.ownCode() != null && !input.ownCode().strip().equals(project.ownCode())
                || input.reportingOrgRef() != null && !input.reportingOrgRef().strip().equals(project.reportingOrgRef())) {
            throw new InvalidValueException("ownCode", "iatiIdentifierFixed");
        }
        if (input.partners() != null && !input.partners().isEmpty()) {
            throw new InvalidValueException("partners", "partnersThroughPartners");
        }
        Map<String, Object> before = snapshot(project);
        ProjectStatus from = project.status();
        project.edit(content(input));
        changed(project, actor, "changed", before);
        if (from.answersNeeds() != project.status().answersNeeds()) {
            refreshNeeds(project.needLinks().stream().map(l -> l.need().id()).toList());
        }
        return detail(project, actor, language);
    }

    public void delete(long id, Long version) {
        Actor actor = currentUser.actor();
        Project project = writable(id, actor, Permission.DELETE, version);
        List<Long> needs = project.needLinks().stream().map(l -> l.need().id()).toList();
        audit.record(actor.username(), AuditAction.DELETE, ENTITY, project.id(), "Project '" + project.title() + "' deleted",
                Changes.between(snapshot(project), Map.of()));
        em.remove(project);
        em.flush();
        refreshNeeds(needs);
    }

    // ---- partners ----

    public ProjectViews.Detail addPartner(long id, ProjectParts.PartnerInput input, Long version, Language language) {
        return change(id, version, language, project -> {
            Partner.Facts facts = partnerFacts(input);
            project.addPartner(facts);
            return "partner " + facts.name() + " added";
        });
    }

    public ProjectViews.Detail changePartner(long id, long partnerId, ProjectParts.PartnerInput input, Long version, Language language) {
        return change(id, version, language, project -> {
            Partner partner = part(project.partners(), Partner::id, partnerId, "noProjectPartner");
            project.changePartner(partner, partnerFacts(input));
            return "partner " + partner.name() + " changed";
        });
    }

    public ProjectViews.Detail removePartner(long id, long partnerId, Long version, Language language) {
        return change(id, version, language, project -> {
            Partner partner = part(project.partners(), Partner::id, partnerId, "noProjectPartner");
            project.removePartner(partner);
            return "partner " + partner.name() + " removed";
        });
    }

    // ---- components ----

    public ProjectViews.Detail addComponent(long id, ProjectParts.ComponentInput input, Long version, Language language) {
        return change(id, version, language, project -> {
            if (input == null) {
                throw new InvalidValueException("body", "componentRequired");
            }
            String aidType = upper(input.aidType());
            if (aidType != null) {
                CodeChecks.requireKnown(codeLists::unknown, "AidType", List.of(aidType), "aidType");
            }
            Component c = project.addComponent(input.kind() == null ? null : Enums.parse(ComponentKind.class, input.kind(), "kind"), input.title(),
                    input.description(), aidType);
            return c.kind().name().toLowerCase(Locale.ROOT) + " component added";
        });
    }

    public ProjectViews.Detail removeComponent(long id, long componentId, Long version, Language language) {
        return change(id, version, language, project -> {
            Component c = part(project.components(), Component::id, componentId, "noProjectComponent");
            project.removeComponent(c);
            return "component '" + c.title() + "' removed";
        });
    }

    public ProjectViews.Detail addEvent(long id, long componentId, ProjectParts.EventInput input, Long version, Language language) {
        return change(id, version, language, project -> {
            Component c = part(project.components(), Component::id, componentId, "noProjectComponent");
            TrainingEvent.Facts facts = eventFacts(input);
            project.addEvent(c, facts);
            return "training event '" + facts.title() + "' added";
        });
    }

    /** Checks an event as it would be stored, without storing it. */
    public TrainingEvent.Facts eventFacts(ProjectParts.EventInput in) {
        if (in == null) {
            throw new InvalidValueException("body", "trainingEventRequired");
        }
        List<InstitutionCount> institutions = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (ProjectParts.InstitutionInput i : in.institutions() == null ? List.<ProjectParts.InstitutionInput>of() : in.institutions()) {
            if (i.institution() == null || i.institution().isBlank() || i.participants() == null) {
                throw new InvalidValueException("institutions", "institutionCodeAndCount");
            }
            codes.add(i.institution().strip());
            institutions.add(new InstitutionCount(i.institution().strip(), i.participants()));
        }
        CodeChecks.requireKnown(codeLists::unknown, "target_institution", codes, "institutions");
        TrainingEvent.Facts facts = new TrainingEvent.Facts(in.title(), in.startDate(), in.endDate(),
                in.modality() == null ? null : Enums.parse(TrainingModality.class, in.modality(), "modality"),
                in.type() == null ? null : Enums.parse(TrainingType.class, in.type(), "type"), in.host(), Boolean.TRUE.equals(in.nationalAcademy()),
                Boolean.TRUE.equals(in.curriculumAdopted()), zero(in.female()), zero(in.male()), zero(in.notStated()), in.preScore(),
                in.postScore(), zero(in.certifiedTrainers()), zero(in.secondaryTrainees()), in.followUpRate(), institutions);
        TrainingEvent.check(facts);
        return facts;
    }

    public ProjectViews.Detail removeEvent(long id, long componentId, long eventId, Long version, Language language) {
        return change(id, version, language, project -> {
            Component c = part(project.components(), Component::id, componentId, "noProjectComponent");
            TrainingEvent e = part(c.events(), TrainingEvent::id, eventId, "noProjectTrainingEvent");
            project.removeEvent(c, e);
            return "training event '" + e.title() + "' removed";
        });
    }

    public ProjectViews.Detail addItem(long id, long componentId, ProjectParts.ItemInput input, Long version, Language language) {
        return change(id, version, language, project -> {
            Component c = part(project.components(), Component::id, componentId, "noProjectComponent");
            EquipmentItem.Facts facts = itemFacts(input);
            project.addItem(c, facts);
            return "item '" + facts.description() + "' added";
        });
    }

    /** Checks an item as it would be stored, without storing it. */
    public EquipmentItem.Facts itemFacts(ProjectParts.ItemInput in) {
        if (in == null) {
            throw new InvalidValueException("body", "itemRequired");
        }
        EquipmentItem.Facts facts = new EquipmentItem.Facts(in.description(), in.kind() == null ? null : Enums.parse(MaterialKind.class, in.kind(), "kind"),
                money(in.valueAmount(), in.valueCurrency(), "value"), in.recipientInstitution(), in.handoverDate(),
                Boolean.TRUE.equals(in.maintenancePlan()), in.maintenancePayer(),
                money(in.maintenanceAmount(), in.maintenanceCurrency(), "maintenanceBudget"));
        EquipmentItem.check(facts);
        return facts;
    }

    public ProjectViews.Detail removeItem(long id, long componentId, long itemId, Long version, Language language) {
        return change(id, version, language, project -> {
            Component c = part(project.components(), Component::id, componentId, "noProjectComponent");
            EquipmentItem item = part(c.items(), EquipmentItem::id, itemId, "noProjectItem");
            project.removeItem(c, item);
            return "item '" + item.description() + "' removed";
        });
    }

    public ProjectViews.Detail addCheck(long id, long componentId, long itemId, ProjectParts.CheckInput input, Long version,
            Language language) {
        return change(id, version, language, project -> {
            Component c = part(project.components(), Component::id, componentId, "noProjectComponent");
            EquipmentItem item = part(c.items(), EquipmentItem::id, itemId, "noProjectItem");
            if (input == null || input.working() == null) {
                throw new InvalidValueException("working", "requiredTrueOrFalse");
            }
            project.addCheck(item, new OperationalCheck(input.checkedOn(), input.working(), input.note()));
            return "operational check of '" + item.description() + "' added";
        });
    }

    // ---- money ----

    public ProjectViews.Detail addTransaction(long id, ProjectParts.TransactionInput input, Long version, Language language) {
        return change(id, version, language, project -> {
            Transaction.Facts facts = transactionFacts(input);
            project.addTransaction(facts, usd(facts.value(), facts.date()).orElse(null));
            return facts.type().name().toLowerCase(Locale.ROOT) + " of " + facts.value() + " added";
        });
    }

    /** Checks a transaction as it would be stored, without storing it. */
    public Transaction.Facts transactionFacts(ProjectParts.TransactionInput in) {
        if (in == null) {
            throw new InvalidValueException("body", "transactionRequired");
        }
        if (in.type() == null) {
            throw new InvalidValueException("type", "requiredTransactionType");
        }
        TransactionType type = in.type().strip().matches("\\d+") ? iatiCode(TransactionType.values(), in.type().strip(), TransactionType::iatiCode,
                "type") : Enums.parse(TransactionType.class, in.type(), "type");
        if (in.date() == null) {
            throw new InvalidValueException("date", "required");
        }
        if (in.date().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new InvalidValueException("date", "transactionDateAhead");
        }
        Money value = money(in.amount(), in.currency(), "amount");
        if (value == null) {
            throw new InvalidValueException("amount", "required");
        }
        return new Transaction.Facts(type, in.date(), value, in.providerName(), in.providerRef(), in.receiverName(), in.receiverRef(),
                in.description());
    }

    public ProjectViews.Detail removeTransaction(long id, long transactionId, Long version, Language language) {
        return change(id, version, language, project -> {
            Transaction tx = part(project.transactions(), Transaction::id, transactionId, "noProjectTransaction");
            project.removeTransaction(tx);
            return tx.type().name().toLowerCase(Locale.ROOT) + " of " + tx.value() + " removed";
        });
    }

    /**
     * The value in USD with the annual average rate of the date's year. A year whose average is not
     * in the table yet (the current year) takes the latest earlier year's, and the value keeps the
     * year of the rate it used, so that pages flag it as provisional. Empty when the table has no
     * rate for the currency up to that year.
     */
    public Optional<UsdValue> usd(Money value, LocalDate date) {
        java.util.NavigableMap<Integer, BigDecimal> rates = new TreeMap<>();
        if (!"USD".equals(value.currency())) {
            em.createQuery("SELECT r FROM ExchangeRate r WHERE r.currency = :c AND r.year <= :y ORDER BY r.year DESC", ExchangeRate.class)
                    .setParameter("c", value.currency()).setParameter("y", date.getYear()).setMaxResults(1).getResultStream()
                    .forEach(r -> rates.put(r.year(), r.unitsPerUsd()));
        }
        return UsdValue.at(value, date.getYear(), rates);
    }

    public ProjectViews.Detail addBudget(long id, ProjectParts.BudgetInput in, Long version, Language language) {
        return change(id, version, language, project -> {
            if (in == null) {
                throw new InvalidValueException("body", "budgetRequired");
            }
            Money value = money(in.amount(), in.currency(), "amount");
            if (value == null) {
                throw new InvalidValueException("amount", "required");
            }
            project.addBudget(new Budget(in.periodStart(), in.periodEnd(), value, in.type() == null ? null : Enums.parse(BudgetType.class, in.type(), "type")));
            return "budget of " + value + " added";
        });
    }

    public ProjectViews.Detail removeBudget(long id, int index, Long version, Language language) {
        return change(id, version, language, project -> {
            project.removeBudget(index);
            return "budget removed";
        });
    }

    // ---- results ----

    public ProjectViews.Detail addIndicator(long id, ProjectParts.IndicatorInput in, Long version, Language language) {
        return change(id, version, language, project -> {
            if (in == null) {
                throw new InvalidValueException("body", "indicatorRequired");
            }
            ResultIndicator r = project.addIndicator(in.title(), in.unit(), in.baselineValue(), in.baselineYear(), Boolean.TRUE.equals(in.bySex()));
            return "result indicator '" + r.title() + "' added";
        });
    }

    public ProjectViews.Detail addPeriod(long id, long indicatorId, ProjectParts.PeriodInput in, Long version, Language language) {
        return change(id, version, language, project -> {
            ResultIndicator indicator = part(project.results(), ResultIndicator::id, indicatorId, "noProjectIndicator");
            if (in == null) {
                throw new InvalidValueException("body", "periodRequired");
            }
            project.addPeriod(indicator, new ResultPeriod(in.periodStart(), in.periodEnd(), in.target(), in.actual(), in.targetFemale(),
                    in.targetMale(), in.actualFemale(), in.actualMale()));
            return "period added to '" + indicator.title() + "'";
        });
    }

    public ProjectViews.Detail removeIndicator(long id, long indicatorId, Long version, Language language) {
        return change(id, version, language, project -> {
            ResultIndicator indicator = part(project.results(), ResultIndicator::id, indicatorId, "noProjectIndicator");
            project.removeIndicator(indicator);
            return "result indicator '" + indicator.title() + "' removed";
        });
    }

    // ---- needs ----

    /**
     * Links needs the project answers; all or nothing. Each need belongs to a validated or shared
     * (not superseded) assessment the reader may see, of a recipient country of the project.
     */
    public ProjectViews.Detail linkNeeds(long id, List<ProjectParts.NeedLinkInput> inputs, Long version, Language language) {
        return change(id, version, language, project -> {
            if (inputs == null || inputs.isEmpty()) {
                throw new InvalidValueException("needId", "chooseNeed");
            }
            List<Long> linked = new ArrayList<>();
            for (ProjectParts.NeedLinkInput in : inputs) {
                if (in == null || in.needId() == null) {
                    throw new InvalidValueException("needId", "required");
                }
                Need need = linkable(in.needId(), currentUser.actor());
                project.link(need, in.extent() == null || in.extent().isBlank() ? LinkExtent.PARTLY_ADDRESSED
                        : Enums.parse(LinkExtent.class, in.extent(), "extent"), in.note(), currentUser.actor().username(), Instant.now(clock));
                linked.add(need.id());
            }
            refreshNeeds(linked);
            return linked.size() + " need(s) linked: " + linked;
        });
    }

    public ProjectViews.Detail unlinkNeed(long id, long needId, Long version, Language language) {
        return change(id, version, language, project -> {
            project.unlink(needId);
            refreshNeeds(List.of(needId));
            return "need " + needId + " unlinked";
        });
    }

    private Need linkable(long needId, Actor actor) {
        Need need = em.find(Need.class, needId);
        if (need == null || !AccessPolicy.allows(actor, Permission.READ,
                Scope.ofCountry(need.assessment().country().iso3(), need.assessment().leadOffice().id(), need.assessment().published()))) {
            throw new InvalidValueException("needId", "noReadableNeed", needId);
        }
        AssessmentStatus status = need.assessment().status();
        if (need.assessment().superseded() || (status != AssessmentStatus.VALIDATED && status != AssessmentStatus.SHARED)) {
            throw new InvalidValueException("needId", "needNotShared", needId);
        }
        return need;
    }

    /** Needs of the project's recipient countries that it could answer, open ones first, by priority. */
    public List<ProjectViews.Candidate> candidates(long id, Language language) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        Project project = readable(id, actor).orElseThrow(() -> notFound(id));
        Set<String> m49s = new HashSet<>();
        project.countries().forEach(c -> m49s.add(c.country().m49()));
        if (m49s.isEmpty()) {
            return List.of();
        }
        Set<Long> already = new HashSet<>();
        project.needLinks().forEach(l -> already.add(l.need().id()));
        return em.createQuery("SELECT n FROM Need n JOIN FETCH n.assessment a JOIN FETCH a.country c JOIN FETCH a.leadOffice WHERE c.m49 IN :countries "
                + "AND a.superseded = FALSE AND a.status IN :statuses ORDER BY n.priority, a.id, n.position", Need.class)
                .setParameter("countries", m49s).setParameter("statuses", List.of(AssessmentStatus.VALIDATED, AssessmentStatus.SHARED))
                .getResultList().stream()
                .filter(n -> !already.contains(n.id()))
                .filter(n -> AccessPolicy.allows(actor, Permission.READ,
                        Scope.ofCountry(n.assessment().country().iso3(), n.assessment().leadOffice().id(), n.assessment().published())))
                .sorted(Comparator.comparing((Need n) -> n.status() == NeedStatus.OPEN ? 0 : 1).thenComparing(Need::priority))
                .map(n -> new ProjectViews.Candidate(n.id(), n.assessment().id(), n.assessment().title(), n.assessment().country().iso3(),
                        n.position(), n.cjatArea(), n.description(), n.priority().name(), n.status().name(),
                        n.estimatedCost() == null ? null : n.estimatedCost().amount(),
                        n.estimatedCost() == null ? null : n.estimatedCost().currency()))
                .toList();
    }

    /**
     * Counts the sustainability signals of up to {@code batch} projects recorded before the project kept
     * that count (a count of 0 applicable signals: every project has at least four); returns how many.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int recountSignals(int batch) {
        List<Project> older = em.createQuery("SELECT p FROM Project p WHERE p.signalsApplicable = 0 ORDER BY p.id", Project.class)
                .setMaxResults(batch).getResultList();
        older.forEach(Project::recountSignals);
        return older.size();
    }

    /** A project linked to a need of an assessment whose status changed knows again whether it answers a validated assessment. */
    public void assessmentStatusChanged(@jakarta.enterprise.event.Observes AssessmentStatusChanged e) {
        em.createQuery("SELECT p FROM Project p WHERE p.id IN (SELECT l.project.id FROM NeedLink l WHERE l.need.assessment.id = :id)", Project.class)
                .setParameter("id", e.assessmentId()).getResultList().forEach(Project::refreshNeedsBased);
    }

    /** Brings the status of these needs in line with their links (see {@link NeedStatusRule}). */
    public void refreshNeeds(Collection<Long> needIds) {
        if (needIds.isEmpty()) {
            return;
        }
        em.flush();
        Map<Long, List<NeedStatusRule.Link>> links = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT l.need.id, l.extent, l.project.status FROM NeedLink l WHERE l.need.id IN :ids", Object[].class)
                .setParameter("ids", needIds).getResultList()) {
            links.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new NeedStatusRule.Link((LinkExtent) row[1], (ProjectStatus) row[2]));
        }
        for (Long needId : new LinkedHashSet<>(needIds)) {
            Need need = em.find(Need.class, needId);
            if (need != null) {
                NeedStatus before = need.status();
                NeedStatus after = NeedStatusRule.derive(before, links.getOrDefault(needId, List.of()));
                if (after != before) {
                    need.changeStatus(after);
                    audit.record(currentUser.actor().username(), AuditAction.UPDATE, "Need", need.id(),
                            "Need " + need.position() + " of assessment " + need.assessment().id() + " follows its projects",
                            Changes.between(Map.of("status", before), Map.of("status", after)));
                }
            }
        }
        em.flush();
    }

    // ---- helpers ----

    private Project writable(long id, Actor actor, Permission permission, Long version) {
        Refusals.require(actor.authenticated(), actor);
        Project project = readable(id, actor).orElseThrow(() -> notFound(id));
        Refusals.require(recorder(actor) && AccessPolicy.allows(actor, permission, scope(project)), actor);
        if (version != null && version != project.version()) {
            throw new OptimisticLockException("Project " + id + " is at version " + project.version());
        }
        return project;
    }

    /**
     * One change of a project or of one of its parts: the policy and the version are checked, the
     * change runs and names itself, then it is audited and the project's version raised.
     */
    private ProjectViews.Detail change(long id, Long version, Language language, java.util.function.Function<Project, String> change) {
        Actor actor = currentUser.actor();
        Project project = writable(id, actor, Permission.UPDATE, version);
        Map<String, Object> before = snapshot(project);
        String what = change.apply(project);
        changed(project, actor, what, before);
        return detail(project, actor, language);
    }

    /** Audits a change and raises the project's version, whichever part changed. */
    private void changed(Project project, Actor actor, String what, Map<String, Object> before) {
        em.lock(project, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(actor.username(), AuditAction.UPDATE, ENTITY, project.id(), "Project '" + project.title() + "': " + what,
                Changes.between(before, snapshot(project)));
    }

    /** @param missing the key of the reasons bundle that says the project has no such part */
    private static <T> T part(List<T> parts, java.util.function.Function<T, Long> id, long wanted, String missing) {
        return parts.stream().filter(x -> id.apply(x) == wanted).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(missing, wanted));
    }

    private static NotFoundException notFound(long id) {
        return new ResourceNotFoundException("noProject", id);
    }

    private Organisation owner(Long requested, Actor actor) {
        Long wanted = requested != null ? requested : actor.organisationId();
        if (wanted == null) {
            throw new InvalidValueException("ownerOrganisationId", "requiredProjectOwner");
        }
        if (!actor.is(Role.ADMIN) && !wanted.equals(actor.organisationId())) {
            throw new InvalidValueException("ownerOrganisationId", "ownOrganisationProjects");
        }
        Organisation owner = em.find(Organisation.class, wanted);
        if (owner == null) {
            throw new InvalidValueException("ownerOrganisationId", "noOrganisation", wanted);
        }
        return owner;
    }

    private Project.Content content(ProjectInput in) {
        List<CountryShare> shares = new ArrayList<>();
        List<ProjectInput.CountryInput> cs = in.countries() == null ? List.of() : in.countries();
        for (ProjectInput.CountryInput c : cs) {
            if (c == null) {
                throw new InvalidValueException("countries", "emptyEntry");
            }
            BigDecimal pct = c.percentage() == null && cs.size() == 1 ? new BigDecimal("100") : c.percentage();
            if (pct == null) {
                throw new InvalidValueException("countries", "countryPercentageNeeded");
            }
            shares.add(new CountryShare(countries.require(c.iso3(), "countries"), pct));
        }
        String region = in.recipientRegion() == null || in.recipientRegion().isBlank() ? null : in.recipientRegion().strip();
        if (region != null) {
            CodeChecks.requireKnown(codeLists::unknown, "Region", List.of(region), "recipientRegion");
        }
        List<SectorShare> sectors = new ArrayList<>();
        List<ProjectInput.ShareInput> ss = in.sectors() == null ? List.of() : in.sectors();
        for (ProjectInput.ShareInput s : ss) {
            if (s == null || s.code() == null || s.code().isBlank()) {
                throw new InvalidValueException("sectors", "emptyCode");
            }
            BigDecimal pct = s.percentage() == null && ss.size() == 1 ? new BigDecimal("100") : s.percentage();
            sectors.add(new SectorShare(s.code().strip(), pct));
        }
        if (sectors.isEmpty()) {
            // Recorded projects name one; imported IATI activities may have none of the DAC vocabulary (Project allows that).
            throw new InvalidValueException("sectors", "sectorNeeded");
        }
        CodeChecks.requireKnown(codeLists::unknown, "Sector", sectors.stream().map(SectorShare::code).toList(), "sectors");
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        put(codes, codeLists, "sdg_target", in.sdgTargets(), "sdgTargets");
        put(codes, codeLists, "congress_topic", in.congressTopics(), "congressTopics");
        put(codes, codeLists, "sn_cluster", in.standards(), "standards");
        put(codes, codeLists, "convention", in.conventions(), "conventions");
        List<PolicyMarkerRef> markers = new ArrayList<>();
        for (ProjectInput.MarkerInput m : in.policyMarkers() == null ? List.<ProjectInput.MarkerInput>of() : in.policyMarkers()) {
            if (m == null || m.code() == null || m.significance() == null) {
                throw new InvalidValueException("policyMarkers", "markerCodeAndSignificance");
            }
            CodeChecks.requireKnown(codeLists::unknown, "PolicyMarker", List.of(m.code().strip()), "policyMarkers");
            CodeChecks.requireKnown(codeLists::unknown, "PolicySignificance", List.of(m.significance().strip()), "policyMarkers.significance");
            markers.add(new PolicyMarkerRef(m.code().strip(), m.significance().strip()));
        }
        ProjectInput.TheoryInput t = in.theoryOfChange();
        TheoryOfChange theory = t == null ? null : new TheoryOfChange(t.problem(), t.outcomes(), t.outputs(), t.activities(), t.assumptions(), t.risks());
        ProjectInput.SustainabilityInput s = in.sustainability();
        Sustainability sustainability = null;
        List<LawAdopted> laws = new ArrayList<>();
        if (s != null) {
            sustainability = new Sustainability(s.exitStrategy(), s.exitHandover(), s.exitOwner(),
                    money(s.cofinancingAmount(), s.cofinancingCurrency(), "sustainability.cofinancing"), Boolean.TRUE.equals(s.recurrentTakenOver()),
                    money(s.recurrentAmount(), s.recurrentCurrency(), "sustainability.recurrentAmount"), s.recurrentFrom(),
                    s.nationalSystemsPercent());
            for (ProjectInput.LawInput l : s.laws() == null ? List.<ProjectInput.LawInput>of() : s.laws()) {
                if (l == null || l.reference() == null || l.reference().isBlank()) {
                    throw new InvalidValueException("sustainability.laws", "lawReference");
                }
                if (l.reference().strip().length() > 300) {
                    throw new InvalidValueException("sustainability.laws", "lawReferenceMaxLength", 300);
                }
                laws.add(new LawAdopted(l.reference().strip(), l.adoptedOn()));
            }
        }
        ProjectStatus status = null;
        if (in.status() != null && !in.status().isBlank()) {
            String st = in.status().strip();
            status = st.matches("\\d+") ? iatiCode(ProjectStatus.values(), st, ProjectStatus::iatiCode, "status") : Enums.parse(ProjectStatus.class, st, "status");
        }
        Modality modality = in.modality() == null || in.modality().isBlank() ? null : Enums.parse(Modality.class, in.modality(), "modality");
        Project.Content content = new Project.Content(in.title(), in.description(), status, in.plannedStart(), in.plannedEnd(), in.actualStart(),
                in.actualEnd(), shares, region, sectors, codes, markers, modality, theory, sustainability, laws);
        Project.check(content);
        return content;
    }

    private Partner.Facts partnerFacts(ProjectParts.PartnerInput in) {
        if (in == null) {
            throw new InvalidValueException("partners", "partnerRequired");
        }
        String type = in.organisationType() == null ? null : in.organisationType().strip();
        if (type == null || type.isEmpty()) {
            throw new InvalidValueException("partners.organisationType", "requiredOrganisationType");
        }
        CodeChecks.requireKnown(codeLists::unknown, "OrganisationType", List.of(type), "partners.organisationType");
        Country country = in.countryIso3() == null || in.countryIso3().isBlank() ? null : countries.require(in.countryIso3(), "partners.countryIso3");
        Organisation organisation = null;
        if (in.organisationId() != null) {
            organisation = em.find(Organisation.class, in.organisationId());
            if (organisation == null) {
                throw new InvalidValueException("partners.organisationId", "noOrganisation", in.organisationId());
            }
        }
        List<Contribution> contributions = new ArrayList<>();
        for (ProjectParts.ContributionInput c : in.contributions() == null ? List.<ProjectParts.ContributionInput>of() : in.contributions()) {
            if (c == null) {
                throw new InvalidValueException("contributions", "emptyEntry");
            }
            contributions.add(new Contribution(c.kind() == null ? null : Enums.parse(ContributionKind.class, c.kind(), "contributions.kind"),
                    c.description(), c.quantity(), money(c.valueAmount(), c.valueCurrency(), "contributions.value")));
        }
        return new Partner.Facts(in.name(), type, country, in.iatiRef(), in.role() == null ? null : Enums.parse(PartnerRole.class, in.role(), "partners.role"),
                in.sscRole() == null || in.sscRole().isBlank() ? null : Enums.parse(SscRole.class, in.sscRole(), "partners.sscRole"), organisation,
                contributions);
    }

    private Money money(BigDecimal amount, String currency, String field) {
        if (amount == null && (currency == null || currency.isBlank())) {
            return null;
        }
        Money m = new Money(amount, currency == null ? null : currency.strip().toUpperCase(Locale.ROOT), field);
        CodeChecks.requireKnown(codeLists::unknown, "Currency", List.of(m.currency()), field + ".currency");
        return m;
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    private static <E> E iatiCode(E[] values, String code, java.util.function.Function<E, String> codeOf, String field) {
        for (E e : values) {
            if (codeOf.apply(e).equals(code)) {
                return e;
            }
        }
        throw new InvalidValueException(field, "noIatiCode", code);
    }

    // ---- views ----

    private ProjectViews.Detail detail(Project p, Actor actor, Language language) {
        Set<String> partnerCountries = new HashSet<>();
        p.partners().stream().map(Partner::country).filter(Objects::nonNull).forEach(c -> partnerCountries.add(c.iso3()));
        return detail(p, actor, language, countries.southern(partnerCountries));
    }

    /** @param southern the partner countries of the Global South (by the current classification) */
    private ProjectViews.Detail detail(Project p, Actor actor, Language language, Set<String> southern) {
        List<ProjectViews.CountryRef> cs = p.countries().stream()
                .map(c -> new ProjectViews.CountryRef(c.country().iso3(), c.country().name(language), c.percentage()))
                .sorted(Comparator.comparing(ProjectViews.CountryRef::percentage).reversed().thenComparing(ProjectViews.CountryRef::iso3))
                .toList();
        Map<String, List<String>> codes = new TreeMap<>();
        for (CodeRef c : p.codes()) {
            codes.computeIfAbsent(c.listName(), k -> new ArrayList<>()).add(c.code());
        }
        codes.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        Sustainability s = p.sustainability() == null ? Sustainability.none() : p.sustainability();
        TheoryOfChange t = p.theoryOfChange() == null ? new TheoryOfChange(null, null, null, null, null, null) : p.theoryOfChange();
        List<ProjectViews.PartnerView> partners = p.partners().stream().map(pa -> new ProjectViews.PartnerView(pa.id(), pa.name(),
                pa.organisationType(), pa.country() == null ? null : pa.country().iso3(), pa.country() == null ? null : pa.country().name(language),
                pa.iatiRef(), pa.role().name(), pa.sscRole() == null ? null : pa.sscRole().name(),
                pa.country() != null && southern.contains(pa.country().iso3()),
                pa.accountOrganisation() == null ? null : pa.accountOrganisation().id(),
                pa.contributions().stream().map(c -> new ProjectViews.ContributionView(c.kind().name(), c.description(), c.quantity(),
                        c.estimatedValue() == null ? null : c.estimatedValue().amount(),
                        c.estimatedValue() == null ? null : c.estimatedValue().currency())).toList())).toList();
        List<ProjectViews.ComponentView> components = p.components().stream().map(c -> new ProjectViews.ComponentView(c.id(), c.kind().name(),
                c.title(), c.description(), c.aidType(), c.events().stream().map(Projects::eventView).toList(),
                c.items().stream().map(Projects::itemView).toList())).toList();
        List<Budget> budgets = p.budgets();
        List<ProjectViews.BudgetView> budgetViews = new ArrayList<>();
        for (int i = 0; i < budgets.size(); i++) {
            Budget b = budgets.get(i);
            budgetViews.add(new ProjectViews.BudgetView(i, b.periodStart(), b.periodEnd(), b.value().amount(), b.value().currency(), b.type().name()));
        }
        List<ProjectViews.TransactionView> transactions = p.transactions().stream().map(tx -> new ProjectViews.TransactionView(tx.id(),
                tx.type().name(), tx.date(), tx.value().amount(), tx.value().currency(), tx.usd().map(UsdValue::amount).orElse(null),
                tx.usd().map(UsdValue::unitsPerUsd).orElse(null), tx.usd().map(UsdValue::rateYear).orElse(null), tx.providerName(),
                tx.providerRef(), tx.receiverName(), tx.receiverRef(), tx.description())).toList();
        ProjectViews.Totals totals = new ProjectViews.Totals(p.totalUsd(TransactionType.COMMITMENT), p.totalUsd(TransactionType.DISBURSEMENT),
                p.totalUsd(TransactionType.EXPENDITURE), p.totalUsd(TransactionType.INCOMING_FUNDS), p.unconverted());
        List<ProjectViews.IndicatorView> results = p.results().stream().map(r -> new ProjectViews.IndicatorView(r.id(), r.title(), r.unit(),
                r.baselineValue(), r.baselineYear(), r.bySex(), r.periods().stream().map(x -> new ProjectViews.PeriodView(x.periodStart(),
                        x.periodEnd(), x.target(), x.actual(), x.targetFemale(), x.targetMale(), x.actualFemale(), x.actualMale())).toList()))
                .toList();
        List<ProjectViews.LinkView> needs = p.needLinks().stream().map(l -> new ProjectViews.LinkView(l.need().id(),
                l.need().assessment().id(), l.need().assessment().title(), l.need().assessment().country().iso3(), l.need().position(),
                l.need().description(), l.need().priority().name(), l.need().status().name(), l.extent().name(), l.note(), l.linkedBy(),
                l.linkedAt())).toList();
        List<String> warnings = new ArrayList<>();
        if (p.spendsMoreThanCommitted()) {
            warnings.add("DISBURSED_MORE_THAN_COMMITTED");
        }
        if (p.unconverted() > 0) {
            warnings.add("NO_RATE_FOR_SOME_TRANSACTIONS");
        }
        if (p.transactions().stream().anyMatch(tx -> tx.usd().map(u -> u.rateYear() != tx.date().getYear()).orElse(false))) {
            warnings.add("PROVISIONAL_RATES");
        }
        if (p.modality() == Modality.SOUTH_SOUTH || p.modality() == Modality.TRIANGULAR) {
            boolean northernSouthRole = p.partners().stream().anyMatch(pa -> pa.sscRole() != null && pa.sscRole() != SscRole.FACILITATOR
                    && pa.country() != null && !southern.contains(pa.country().iso3()));
            if (northernSouthRole) {
                warnings.add("SSC_PARTNER_OUTSIDE_GLOBAL_SOUTH");
            }
        }
        boolean editable = recorder(actor) && AccessPolicy.allows(actor, Permission.UPDATE, scope(p));
        boolean deletable = recorder(actor) && AccessPolicy.allows(actor, Permission.DELETE, scope(p));
        return new ProjectViews.Detail(p.id(), p.iatiIdentifier(), p.reportingOrgRef(), p.ownCode(), p.owner().id(), p.owner().name(), p.title(),
                p.description(), p.status().name(), p.plannedStart(), p.plannedEnd(), p.actualStart(), p.actualEnd(), cs, p.recipientRegion(),
                p.sectors().stream().map(x -> new ProjectViews.Share(x.code(), x.percentage())).sorted(Comparator.comparing(ProjectViews.Share::code))
                        .toList(),
                codes, p.policyMarkers().stream().map(m -> new ProjectViews.Marker(m.marker(), m.significance()))
                        .sorted(Comparator.comparing(ProjectViews.Marker::code)).toList(),
                p.modality() == null ? null : p.modality().name(),
                new ProjectViews.Theory(t.problem(), t.outcomes(), t.outputs(), t.activities(), t.assumptions(), t.risks(), t.stated()),
                new ProjectViews.SustainabilityView(s.exitStrategy(), s.exitHandover(), s.exitOwner(),
                        s.cofinancing() == null ? null : s.cofinancing().amount(), s.cofinancing() == null ? null : s.cofinancing().currency(),
                        s.recurrentTakenOver(), s.recurrentAmount() == null ? null : s.recurrentAmount().amount(),
                        s.recurrentAmount() == null ? null : s.recurrentAmount().currency(), s.recurrentFrom(), s.nationalSystemsPercent(),
                        p.laws().stream().map(l -> new ProjectViews.Law(l.reference(), l.adoptedOn())).toList()),
                partners, components, budgetViews, transactions, totals, results, needs, warnings, editable, deletable, p.createdBy(),
                p.createdAt(), p.version(), p.source() == null ? null : new ProjectViews.SourceView(p.source().file(),
                        p.source().publisherRef(), p.source().publisherName(), p.source().importedAt(), p.source().importedBy()));
    }

    private static ProjectViews.EventView eventView(TrainingEvent e) {
        return new ProjectViews.EventView(e.id(), e.title(), e.startDate(), e.endDate(), e.modality().name(), e.type().name(), e.host(),
                e.nationalAcademy(), e.curriculumAdopted(), e.female(), e.male(), e.notStated(), e.participants(), e.preScore(), e.postScore(),
                e.knowledgeGain(), e.certifiedTrainers(), e.secondaryTrainees(), e.followUpRate(),
                e.institutions().stream().map(i -> new ProjectViews.InstitutionView(i.institution(), i.participants()))
                        .sorted(Comparator.comparing(ProjectViews.InstitutionView::institution)).toList());
    }

    private static ProjectViews.ItemView itemView(EquipmentItem i) {
        return new ProjectViews.ItemView(i.id(), i.description(), i.kind().name(), i.value() == null ? null : i.value().amount(),
                i.value() == null ? null : i.value().currency(), i.recipientInstitution(), i.handoverDate(), i.maintenancePlan(),
                i.maintenancePayer(), i.maintenanceBudget() == null ? null : i.maintenanceBudget().amount(),
                i.maintenanceBudget() == null ? null : i.maintenanceBudget().currency(), i.working().orElse(null),
                i.checks().stream().map(c -> new ProjectViews.CheckView(c.checkedOn(), c.working(), c.note())).toList());
    }

    private static Map<String, Object> snapshot(Project p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", p.title());
        s.put("status", p.status());
        s.put("modality", p.modality());
        s.put("plannedStart", p.plannedStart());
        s.put("plannedEnd", p.plannedEnd());
        s.put("actualStart", p.actualStart());
        s.put("actualEnd", p.actualEnd());
        s.put("countries", p.countries().stream().map(c -> c.country().iso3() + " " + c.percentage().toPlainString()).sorted().toList().toString());
        s.put("sectors", p.sectors().stream().map(c -> c.code() + " " + c.percentage().toPlainString()).sorted().toList().toString());
        s.put("partners", p.partners().size());
        s.put("components", p.components().size());
        s.put("committedUsd", p.committedUsd());
        s.put("disbursedUsd", p.disbursedUsd());
        s.put("needsLinked", p.needLinks().size());
        return s;
    }

    private static void put(Map<String, Set<String>> into, CodeLists codeLists, String list, List<String> codes, String field) {
        Set<String> checked = CodeChecks.checked(codeLists::unknown, list, codes, field);
        if (!checked.isEmpty()) {
            into.put(list, checked);
        }
    }
}
