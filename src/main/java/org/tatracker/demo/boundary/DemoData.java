package org.tatracker.demo.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.tatracker.assessment.entity.Assessment;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.assessment.entity.Need;
import org.tatracker.assessment.entity.NeedStatus;
import org.tatracker.audit.boundary.AuditTrail;
import org.tatracker.audit.control.Changes;
import org.tatracker.audit.entity.AuditAction;
import org.tatracker.codelist.boundary.CodeLists;
import org.tatracker.country.boundary.Countries;
import org.tatracker.country.entity.Country;
import org.tatracker.demo.control.DemoPlan;
import org.tatracker.i18n.entity.Language;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;
import org.tatracker.project.control.NeedStatusRule;
import org.tatracker.project.entity.ExchangeRate;
import org.tatracker.project.entity.LinkExtent;
import org.tatracker.project.entity.Project;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.UsdValue;
import org.tatracker.security.boundary.CurrentUser;
import org.tatracker.security.boundary.Refusals;
import org.tatracker.security.control.AccessPolicy;
import org.tatracker.security.control.Actor;
import org.tatracker.security.entity.Organisation;
import org.tatracker.security.entity.OrganisationKind;

/**
 * Generates the synthetic demo data of {@link DemoPlan} at a scale, adding only what is missing: the assessments first,
 * then the projects (which link to the assessments' needs), each batch of {@value #BATCH} records in its own
 * transaction with the persistence context cleared after it, so that memory stays flat and an interrupted run keeps what
 * it committed; the next run adds the rest. Every record is built through its entity, so the entities' rules and the
 * figures they keep (USD totals, kinds, areas, sector codes, need counts, signals) hold by construction; the needs a batch
 * links follow their links by {@link NeedStatusRule}, as {@code Projects.refreshNeeds} does. One run at a time.
 * <p>
 * Administrators call {@link #generate}; the demo mode calls {@link #generateAsSystem} at startup. A run that adds
 * anything is audited once, with its counts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    /** Records written per transaction, as the IATI import batches them. */
    static final int BATCH = 200;
    /** Who runs the demo mode's generation at startup. */
    public static final String SYSTEM = "system";
    static final String ENTITY = "DemoData";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** One run at a time in this server: two runs would each add the same missing records. */
    private static final ReentrantLock RUNNING = new ReentrantLock();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @EJB
    Countries countries;

    @EJB
    CodeLists codeLists;

    /**
     * What a run added, and how long it took. {@code needsUpdated}: needs whose status changed because a new project
     * answers them.
     */
    public record Report(double scale, int assessments, long needs, int projects, long transactions, long events, long items, long links,
            long needsUpdated, long millis) {
    }

    /** What every batch of a run needs: the plan, the ids of the synthetic organisations, the countries' codes and the rates. */
    public record Setup(DemoPlan plan, Map<Integer, Long> fieldOffices, Map<Integer, Long> donors, Map<String, String> m49ByIso3,
            Map<String, NavigableMap<Integer, BigDecimal>> rates) {
    }

    /** What one batch wrote. */
    public record Written(Map<Integer, Long> assessmentIds, long needs, int projects, long transactions, long events, long items, long links,
            long needsUpdated) {
    }

    /** Adds what is missing of the demo data at {@code scale} (more than 0, at most 10); administrators only. */
    public Report generate(double scale) {
        Actor actor = currentUser.actor();
        Refusals.require(AccessPolicy.administers(actor), actor);
        return run(scale, actor.username());
    }

    /** The same, run by the system: for the demo mode at startup, where no one is signed in. */
    public Report generateAsSystem(double scale) {
        return run(scale, SYSTEM);
    }

    private Report run(double scale, String by) {
        try {
            DemoPlan.requireScale(scale);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("scale", "scaleRange", (int) DemoPlan.MAX_SCALE,
                    String.format(Locale.ROOT, "%,d", DemoPlan.ASSESSMENTS_AT_ONE), String.format(Locale.ROOT, "%,d", DemoPlan.PROJECTS_AT_ONE),
                    scale);
        }
        if (!RUNNING.tryLock()) {
            throw new org.tatracker.platform.boundary.RequestConflictException("demoRunning");
        }
        try {
            return runLocked(scale, by);
        } finally {
            RUNNING.unlock();
        }
    }

    private Report runLocked(double scale, String by) {
        long started = System.nanoTime();
        DemoData self = context.getBusinessObject(DemoData.class);
        Setup setup = self.prepare();
        DemoPlan plan = setup.plan();
        DemoPlan.Counts counts = plan.counts(scale);
        LOG.info(() -> String.format("Demo data at scale %s: %s; adding what is missing (run by %s)", scale, counts, by));

        Map<Integer, Long> assessmentIds = existingAssessments();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < counts.assessments(); i++) {
            if (!assessmentIds.containsKey(i)) {
                missing.add(i);
            }
        }
        int assessments = 0;
        long needs = 0;
        for (int from = 0; from < missing.size(); from += BATCH) {
            Written w = self.assessments(setup, List.copyOf(missing.subList(from, Math.min(missing.size(), from + BATCH))));
            assessmentIds.putAll(w.assessmentIds());
            assessments += w.assessmentIds().size();
            needs += w.needs();
            progress("assessments", assessments, missing.size(), started);
        }

        DemoPlan.AssessmentIndex index = plan.assessmentIndex(counts.assessments());
        BitSet projectsThere = existingProjects(counts.projects());
        missing.clear();
        for (int i = 0; i < counts.projects(); i++) {
            if (!projectsThere.get(i)) {
                missing.add(i);
            }
        }
        int projects = 0;
        long transactions = 0;
        long events = 0;
        long items = 0;
        long links = 0;
        long needsUpdated = 0;
        Map<Integer, Long> ids = Map.copyOf(assessmentIds);
        for (int from = 0; from < missing.size(); from += BATCH) {
            Written w = self.projects(setup, index, ids, List.copyOf(missing.subList(from, Math.min(missing.size(), from + BATCH))));
            projects += w.projects();
            transactions += w.transactions();
            events += w.events();
            items += w.items();
            links += w.links();
            needsUpdated += w.needsUpdated();
            progress("projects", projects, missing.size(), started);
        }
        Report report = new Report(scale, assessments, needs, projects, transactions, events, items, links, needsUpdated,
                (System.nanoTime() - started) / 1_000_000);
        if (assessments > 0 || projects > 0) {
            self.audited(report, by);
        }
        LOG.info(() -> "Demo data at scale " + scale + " added: " + report);
        return report;
    }

    private static void progress(String what, int done, int of, long started) {
        if (done == of || done % (BATCH * 10) == 0) {
            LOG.info(() -> String.format("Demo data: %,d of %,d missing %s added (%d s)", done, of, what,
                    (System.nanoTime() - started) / 1_000_000_000));
        }
    }

    /**
     * The plan for the countries the database has, the synthetic field offices and donors (created when missing), the
     * countries' M49 codes and the exchange rates. Refuses to start when the plan would write a code the code lists lack.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Setup prepare() {
        for (Map.Entry<String, Set<String>> used : DemoPlan.codesUsed().entrySet()) {
            Set<String> unknown = codeLists.unknown(used.getKey(), used.getValue());
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("The demo data would write codes " + unknown + " that the code list " + used.getKey()
                        + " does not have");
            }
        }
        List<Country> members = em.createQuery("SELECT c FROM Country c WHERE c.iso3 IN :codes", Country.class)
                .setParameter("codes", DemoPlan.UN_MEMBERS).getResultList();
        Set<String> southern = countries.southern(members.stream().map(Country::iso3).toList());
        Map<String, String> m49ByIso3 = new HashMap<>();
        List<DemoPlan.Place> places = new ArrayList<>();
        for (Country c : members) {
            m49ByIso3.put(c.iso3(), c.m49());
            places.add(new DemoPlan.Place(c.iso3(), c.name(Language.EN), southern.contains(c.iso3())));
        }
        DemoPlan plan = new DemoPlan(DemoPlan.DEFAULT_SEED, places);
        Map<Integer, Long> offices = new HashMap<>();
        for (DemoPlan.Office o : plan.fieldOffices()) {
            offices.put(o.number(), organisation(o.name(), OrganisationKind.FIELD_OFFICE, m49ByIso3.get(o.countryIso3())));
        }
        Map<Integer, Long> donors = new HashMap<>();
        for (DemoPlan.Office o : plan.donors()) {
            donors.put(o.number(), organisation(o.name(), OrganisationKind.DONOR, m49ByIso3.get(o.countryIso3())));
        }
        Map<String, NavigableMap<Integer, BigDecimal>> rates = new HashMap<>();
        for (ExchangeRate r : em.createQuery("SELECT r FROM ExchangeRate r", ExchangeRate.class).getResultList()) {
            rates.computeIfAbsent(r.currency(), k -> new TreeMap<>()).put(r.year(), r.unitsPerUsd());
        }
        return new Setup(plan, Map.copyOf(offices), Map.copyOf(donors), Map.copyOf(m49ByIso3), Map.copyOf(rates));
    }

    private Long organisation(String name, OrganisationKind kind, String m49) {
        Organisation found = em.createQuery("SELECT o FROM Organisation o WHERE o.name = :n", Organisation.class).setParameter("n", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Organisation o = new Organisation(name, kind, m49 == null ? null : em.find(Country.class, m49));
                    em.persist(o);
                    return o;
                });
        em.flush();
        return found.id();
    }

    /** Synthetic assessments already there, by index: the current version's id. */
    private Map<Integer, Long> existingAssessments() {
        Map<Integer, Long> ids = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.requestReference, a.id, a.superseded FROM Assessment a WHERE a.requestReference LIKE :p",
                Object[].class).setParameter("p", DemoPlan.ASSESSMENT_REFERENCE + "%").getResultList()) {
            int i = DemoPlan.assessmentIndex((String) row[0]);
            if (i >= 0 && (!ids.containsKey(i) || !Boolean.TRUE.equals(row[2]))) {
                ids.put(i, (Long) row[1]);
            }
        }
        return ids;
    }

    /** Synthetic projects already there, by index. */
    private BitSet existingProjects(int below) {
        BitSet there = new BitSet(below);
        em.createQuery("SELECT p.ownCode FROM Project p WHERE p.iatiIdentifier LIKE :p", String.class)
                .setParameter("p", DemoPlan.REPORTING_ORG + "-" + DemoPlan.PROJECT_CODE + "%").getResultStream()
                .mapToInt(DemoPlan::projectIndex).filter(i -> i >= 0).forEach(there::set);
        return there;
    }

    /** Writes these assessments (indexes), with their needs and workflow; one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Written assessments(Setup setup, List<Integer> indexes) {
        BatchLookups lookups = new BatchLookups(setup);
        Map<Integer, Assessment> written = new LinkedHashMap<>();
        long needs = 0;
        for (int i : indexes) {
            DemoPlan.AssessmentDraw draw = setup.plan().assessment(i);
            Assessment a = DemoPlan.toAssessment(draw, lookups);
            em.persist(a);
            written.put(i, a);
            needs += draw.needs().size();
        }
        em.flush();
        Map<Integer, Long> ids = new LinkedHashMap<>();
        written.forEach((i, a) -> ids.put(i, a.id()));
        em.clear();
        return new Written(ids, needs, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Writes these projects (indexes) with their parts and links to needs, and brings the linked needs' status in line with
     * their links; one transaction. A link whose need is not there, or whose assessment is no longer the validated
     * current version (someone changed it), is left out.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Written projects(Setup setup, DemoPlan.AssessmentIndex index, Map<Integer, Long> assessmentIds, List<Integer> indexes) {
        BatchLookups lookups = new BatchLookups(setup);
        List<DemoPlan.ProjectDraw> draws = new ArrayList<>();
        Set<Long> wanted = new LinkedHashSet<>();
        for (int i : indexes) {
            DemoPlan.ProjectDraw draw = setup.plan().project(i, index);
            draws.add(draw);
            draw.links().stream().map(l -> assessmentIds.get(l.assessment())).filter(id -> id != null).forEach(wanted::add);
        }
        Map<String, Need> needs = needs(wanted);
        long transactions = 0;
        long events = 0;
        long items = 0;
        long links = 0;
        Set<Long> linked = new LinkedHashSet<>();
        for (DemoPlan.ProjectDraw draw : draws) {
            Project p = DemoPlan.toProject(draw, lookups);
            for (DemoPlan.LinkDraw l : draw.links()) {
                Long assessmentId = assessmentIds.get(l.assessment());
                Need need = assessmentId == null ? null : needs.get(assessmentId + "/" + l.position());
                if (need == null || need.assessment().superseded() || need.assessment().status() != AssessmentStatus.VALIDATED) {
                    continue;
                }
                Instant validated = need.assessment().validatedOn() == null ? draw.createdAt()
                        : need.assessment().validatedOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                p.link(need, l.extent(), l.note(), DemoPlan.AUTHOR, validated.isAfter(draw.createdAt()) ? validated : draw.createdAt());
                linked.add(need.id());
                links++;
            }
            em.persist(p);
            transactions += draw.transactions().size();
            for (DemoPlan.ComponentDraw c : draw.components()) {
                events += c.events().size();
                items += c.items().size();
            }
        }
        em.flush();
        long updated = refreshNeeds(linked, needs.values());
        em.flush();
        em.clear();
        return new Written(Map.of(), 0, draws.size(), transactions, events, items, links, updated);
    }

    /** The needs of these assessments, with their assessment, by "assessment id/position". */
    private Map<String, Need> needs(Collection<Long> assessmentIds) {
        Map<String, Need> needs = new HashMap<>();
        List<Long> ids = new ArrayList<>(assessmentIds);
        for (int from = 0; from < ids.size(); from += 500) {
            for (Need n : em.createQuery("SELECT n FROM Need n JOIN FETCH n.assessment a WHERE a.id IN :ids", Need.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList()) {
                needs.put(n.assessment().id() + "/" + n.position(), n);
            }
        }
        return needs;
    }

    /**
     * The status of each need follows all its links ({@link NeedStatusRule}), as {@code Projects.refreshNeeds} keeps it;
     * the run is audited once instead of once per need. Returns how many needs changed status.
     */
    private long refreshNeeds(Set<Long> needIds, Collection<Need> loaded) {
        if (needIds.isEmpty()) {
            return 0;
        }
        Map<Long, Need> byId = new HashMap<>();
        loaded.forEach(n -> byId.put(n.id(), n));
        Map<Long, List<NeedStatusRule.Link>> links = new HashMap<>();
        List<Long> ids = new ArrayList<>(needIds);
        for (int from = 0; from < ids.size(); from += 500) {
            for (Object[] row : em.createQuery("SELECT l.need.id, l.extent, l.project.status FROM NeedLink l WHERE l.need.id IN :ids",
                    Object[].class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList()) {
                links.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new NeedStatusRule.Link((LinkExtent) row[1], (ProjectStatus) row[2]));
            }
        }
        long changed = 0;
        for (Long id : ids) {
            Need need = byId.get(id);
            NeedStatus after = NeedStatusRule.derive(need.status(), links.getOrDefault(id, List.of()));
            if (after != need.status()) {
                need.changeStatus(after);
                changed++;
            }
        }
        return changed;
    }

    /** The run's one audit event. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void audited(Report r, String by) {
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("scale", r.scale());
        added.put("assessments", r.assessments());
        added.put("needs", r.needs());
        added.put("projects", r.projects());
        added.put("transactions", r.transactions());
        added.put("trainingEvents", r.events());
        added.put("equipmentItems", r.items());
        added.put("needLinks", r.links());
        added.put("needsUpdated", r.needsUpdated());
        added.put("seconds", r.millis() / 1000);
        audit.record(by, AuditAction.CREATE, ENTITY, null, String.format("Synthetic demo data at scale %s: %,d assessments, %,d needs, "
                + "%,d projects and %,d transactions added", r.scale(), r.assessments(), r.needs(), r.projects(), r.transactions()),
                Changes.between(Map.of(), added));
    }

    /** The entities a batch builds with, each read once per batch (countries come from the shared cache). */
    private final class BatchLookups implements DemoPlan.Lookups {
        private final Setup setup;
        private final Map<String, Country> countriesByIso3 = new HashMap<>();
        private final Map<Long, Organisation> organisations = new HashMap<>();

        BatchLookups(Setup setup) {
            this.setup = setup;
        }

        @Override
        public Country country(String iso3) {
            return countriesByIso3.computeIfAbsent(iso3, code -> {
                String m49 = setup.m49ByIso3().get(code);
                Country c = m49 == null ? null : em.find(Country.class, m49);
                if (c == null) {
                    throw new IllegalStateException("The demo plan names a country the database lacks: " + code);
                }
                return c;
            });
        }

        @Override
        public Organisation fieldOffice(int number) {
            return organisation(setup.fieldOffices().get(number));
        }

        @Override
        public Organisation donor(int number) {
            return organisation(setup.donors().get(number));
        }

        private Organisation organisation(Long id) {
            return organisations.computeIfAbsent(id, k -> {
                Organisation o = em.find(Organisation.class, k);
                if (o == null) {
                    throw new IllegalStateException("A synthetic organisation was removed during the run: " + k);
                }
                return o;
            });
        }

        @Override
        public Optional<UsdValue> usd(Money value, LocalDate date) {
            return UsdValue.at(value, date.getYear(), setup.rates().getOrDefault(value.currency(), new TreeMap<>()));
        }
    }
}
