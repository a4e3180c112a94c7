package org.tatracker.iati.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tatracker.audit.boundary.AuditTrail;
import org.tatracker.audit.control.Changes;
import org.tatracker.audit.entity.AuditAction;
import org.tatracker.country.entity.Country;
import org.tatracker.i18n.entity.Reason;
import org.tatracker.iati.control.ActivityReader;
import org.tatracker.iati.control.Codes;
import org.tatracker.iati.control.ImportPlan;
import org.tatracker.iati.control.ImportedActivity;
import org.tatracker.iati.control.Problem;
import org.tatracker.iati.control.SizeLimit;
import org.tatracker.iati.entity.IatiImport;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;
import org.tatracker.project.boundary.Projects;
import org.tatracker.project.entity.ExchangeRate;
import org.tatracker.project.entity.ImportSource;
import org.tatracker.project.entity.NeedLink;
import org.tatracker.project.entity.Project;
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
 * Imports IATI activity files, all or nothing. One pass does both the preview and the import: the
 * file is read as a stream, each activity is planned ({@link ImportPlan}), checked against the access
 * policy, and created or merged into the project with the same IATI identifier, in one transaction.
 * A preview, or a file with any error, is rolled back at the end; so the preview runs exactly the
 * checks the import does, the entities' rules included, and counts what the import would do.
 * <p>
 * Who may import: whoever may create the project (new activities) or update it (activities already
 * in the tracker) under {@link AccessPolicy}, for the activity's recipient countries: administrators
 * everything, field offices their countries, governments new activities of their country, donors
 * activities recorded for their organisation. Projects are recorded for the importer's organisation
 * (an administrator may name another).
 */
@Stateless
public class IatiImports {

    /** Activities planned and written together before the persistence context is cleared. */
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @EJB
    Projects projects;

    @Inject
    Clock clock;

    /** The largest file read (default 200 MB), {@code tatracker.iati.import.maxBytes}; the upload page has its own, smaller limit. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "tatracker.iati.import.maxBytes", defaultValue = "209715200")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    /** What to import and how. */
    public record Options(String fileName, Long ownerOrganisationId, List<String> sectorPrefixes, Set<String> countryIso3s, long maxBytes,
            boolean commit) {

        public Options {
            sectorPrefixes = sectorPrefixes == null ? List.of() : List.copyOf(sectorPrefixes);
            countryIso3s = countryIso3s == null ? Set.of() : Set.copyOf(countryIso3s);
            for (String s : sectorPrefixes) {
                if (s == null || !s.matches("[0-9]{1,5}")) {
                    throw new InvalidValueException("sector", "sectorFilter", s);
                }
            }
            for (String c : countryIso3s) {
                if (c == null || !c.matches("[A-Z]{3}")) {
                    throw new InvalidValueException("country", "countryFilter", c);
                }
            }
        }

        /** Options from typed lists, "151, 152" and "ken, uga": split on commas, countries upper-cased; checked as above. */
        public static Options typed(String fileName, Long owner, String sectors, String countries, long maxBytes, boolean commit) {
            List<String> prefixes = IatiImportsResource.split(sectors == null ? List.of() : List.of(sectors));
            Set<String> iso3s = new LinkedHashSet<>();
            IatiImportsResource.split(countries == null ? List.of() : List.of(countries)).forEach(c -> iso3s.add(c.toUpperCase(Locale.ROOT)));
            return new Options(fileName, owner, prefixes, iso3s, maxBytes, commit);
        }
    }

    /** What happens to one activity. */
    public enum Outcome {
        NEW, UPDATE, UNCHANGED, FILTERED_OUT, REFUSED
    }

    /** One activity of the file and what the import does with it. */
    public record Line(String iatiIdentifier, String title, String publisher, Outcome outcome, List<String> changedFields, Long projectId) {
    }

    /**
     * The preview or the result of an import. {@code committed} is true only when the projects were stored; {@code errors}
     * name every reason why not (for each, the activity, the element's XPath and the reason).
     */
    public record Report(String fileName, String sha256, long bytes, int activities, int created, int updated, int unchanged,
            int filteredOut, List<Line> lines, List<Problem> errors, List<Problem> warnings, boolean committed, Long importId) {

        public boolean importable() {
            return errors.isEmpty();
        }
    }

    /** Checks the options the caller gave and the caller's right to import at all. */
    public void requireAllowed(Options o) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        owner(o, actor);
    }

    /** Reads {@code in} (not closed) and previews or imports it according to {@code o.commit()}. */
    public Report run(InputStream in, Options o) {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        if (o.fileName() == null || o.fileName().isBlank()) {
            throw new InvalidValueException("fileName", "required");
        }
        Organisation owner = owner(o, actor);
        Long ownerId = owner.id();
        Run run = new Run(actor, ownerId, o, Instant.now(clock));
        SizeLimit limited = new SizeLimit(in, o.maxBytes());
        List<Problem> readerProblems = new ActivityReader(codes()).read(limited, run::accept);
        if (!limited.exceeded()) {
            try {
                limited.drain();
            } catch (IOException e) {
                // exceeded() says whether the limit was the reason; a broken upload was reported by the reader
            }
        }
        run.flush();
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        if (limited.exceeded()) {
            errors.add(new Problem(null, "/", Reason.of("iati.fileTooLarge", limited.limit(), limited.limit() >> 20)));
        }
        for (Problem p : readerProblems) {
            if (limited.exceeded() && p.activityIdentifier() == null) {
                continue; // the parser's complaint about the cut-off file; the limit says it
            }
            boolean filtered = p.activityIdentifier() != null && run.filteredOut.contains(p.activityIdentifier());
            (p.blocking() && !filtered ? errors : warnings).add(filtered && p.blocking()
                    ? new Problem(p.activityIdentifier(), p.path(), Reason.of("iati.filteredOut", p.why()), Problem.Severity.WARNING) : p);
        }
        for (Problem p : run.problems) {
            (p.blocking() ? errors : warnings).add(p);
        }
        boolean commit = o.commit() && errors.isEmpty();
        Long importId = null;
        if (commit) {
            IatiImport log = new IatiImport(o.fileName(), limited.sha256(), limited.count(), String.join("; ", run.publishers),
                    actor.username(), run.at, run.lines.size(), run.created, run.updated, run.unchanged, run.filteredOut.size(),
                    warnings.size());
            em.persist(log);
            em.flush();
            importId = log.id();
            audit.record(actor.username(), AuditAction.CREATE, "IatiImport", importId, "IATI file '" + o.fileName() + "' imported: "
                    + run.created + " new, " + run.updated + " updated, " + run.unchanged + " unchanged, " + run.filteredOut.size()
                    + " filtered out", Changes.between(Map.of(), Map.of("sha256", limited.sha256(), "activities", run.lines.size())));
        } else {
            context.setRollbackOnly();
        }
        // Rolled back: the ids of new projects were never kept.
        List<Line> lines = commit ? List.copyOf(run.lines) : run.lines.stream().map(l -> l.outcome() == Outcome.NEW ? new Line(
                l.iatiIdentifier(), l.title(), l.publisher(), l.outcome(), l.changedFields(), null) : l).toList();
        return new Report(o.fileName(), limited.sha256(), limited.count(), run.lines.size(), run.created, run.updated, run.unchanged,
                run.filteredOut.size(), lines, errors, warnings, commit, importId);
    }

    /** The files imported, newest first (at most 200), for every signed-in reader. */
    public List<IatiImportsResource.Logged> log() {
        Actor actor = currentUser.actor();
        Refusals.require(actor.authenticated(), actor);
        return em.createQuery("SELECT i FROM IatiImport i ORDER BY i.importedAt DESC, i.id DESC", IatiImport.class).setMaxResults(200)
                .getResultStream().map(i -> new IatiImportsResource.Logged(i.id(), i.fileName(), i.sha256(), i.sizeBytes(), i.publishers(),
                        i.importedBy(), i.importedAt().toString(), i.activities(), i.created(), i.updated(), i.unchanged(), i.filteredOut(),
                        i.warnings()))
                .toList();
    }

    private Organisation owner(Options o, Actor actor) {
        if (!(actor.is(Role.ADMIN) || actor.is(Role.FIELD_OFFICE) || actor.is(Role.GOVERNMENT) || actor.is(Role.DONOR))) {
            Refusals.require(false, actor);
        }
        Long wanted = o.ownerOrganisationId() != null ? o.ownerOrganisationId() : actor.organisationId();
        if (wanted == null) {
            throw new InvalidValueException("owner", "requiredImportOwner");
        }
        if (!actor.is(Role.ADMIN) && !wanted.equals(actor.organisationId())) {
            throw new InvalidValueException("owner", "ownOrganisationImports");
        }
        Organisation owner = em.find(Organisation.class, wanted);
        if (owner == null) {
            throw new InvalidValueException("owner", "noOrganisation", wanted);
        }
        return owner;
    }

    /** The application's code lists, as the reader asks for them: codes upper-cased, withdrawn ones included. */
    Codes codes() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.listName, c.code FROM Code c WHERE c.listName IN :lists", Object[].class)
                .setParameter("lists", Codes.LISTS).getResultList()) {
            lists.computeIfAbsent((String) row[0], k -> new HashSet<>()).add(((String) row[1]).toUpperCase(Locale.ROOT));
        }
        lists.put(Codes.COUNTRY, em.createQuery("SELECT c.iso2 FROM Country c WHERE c.iso2 IS NOT NULL", String.class).getResultStream()
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()));
        return (list, code) -> code != null && lists.getOrDefault(list, Set.of()).contains(code.toUpperCase(Locale.ROOT));
    }

    /** One file being imported. */
    private final class Run implements ImportPlan.Lookups {

        final Actor actor;
        final Long ownerId;
        final Options options;
        final Instant at;
        final List<ImportedActivity> pending = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        final Set<String> filteredOut = new HashSet<>();
        final Set<String> publishers = new LinkedHashSet<>();
        final Map<String, String> m49ByIso2 = new HashMap<>();
        final Map<String, String> iso3ByIso2 = new HashMap<>();
        final Set<String> sdgTargets;
        final Map<String, NavigableMap<Integer, BigDecimal>> rates = new HashMap<>();
        /** Lines of the current batch's new projects, whose ids are known once the batch is written. */
        final Map<Integer, Project> fresh = new HashMap<>();
        int created;
        int updated;
        int unchanged;

        Run(Actor actor, Long ownerId, Options options, Instant at) {
            this.actor = actor;
            this.ownerId = ownerId;
            this.options = options;
            this.at = at;
            for (Object[] row : em.createQuery("SELECT c.iso2, c.m49, c.iso3 FROM Country c WHERE c.iso2 IS NOT NULL", Object[].class)
                    .getResultList()) {
                m49ByIso2.put(((String) row[0]).toUpperCase(Locale.ROOT), (String) row[1]);
                iso3ByIso2.put(((String) row[0]).toUpperCase(Locale.ROOT), (String) row[2]);
            }
            sdgTargets = new HashSet<>(em.createQuery("SELECT c.code FROM Code c WHERE c.listName = 'sdg_target'", String.class)
                    .getResultList());
            for (ExchangeRate r : em.createQuery("SELECT r FROM ExchangeRate r", ExchangeRate.class).getResultList()) {
                rates.computeIfAbsent(r.currency(), k -> new TreeMap<>()).put(r.year(), r.unitsPerUsd());
            }
        }

        void accept(ImportedActivity a) {
            pending.add(a);
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<String> ids = pending.stream().map(ImportedActivity::iatiIdentifier).distinct().toList();
            Map<String, Project> existing = new HashMap<>();
            for (Project p : em.createQuery("SELECT p FROM Project p WHERE p.iatiIdentifier IN :ids", Project.class)
                    .setParameter("ids", ids).getResultList()) {
                existing.put(p.iatiIdentifier(), p);
            }
            Organisation owner = em.find(Organisation.class, ownerId);
            for (ImportedActivity a : pending) {
                one(a, existing.get(a.iatiIdentifier()), owner);
            }
            pending.clear();
            em.flush();
            fresh.forEach((i, p) -> {
                Line l = lines.get(i);
                lines.set(i, new Line(l.iatiIdentifier(), l.title(), l.publisher(), l.outcome(), l.changedFields(), p.id()));
            });
            fresh.clear();
            em.clear();
        }

        private void one(ImportedActivity a, Project existing, Organisation owner) {
            String publisher = a.reportingOrg() == null ? null
                    : a.reportingOrg().name() != null ? a.reportingOrg().name() + (a.reportingOrg().ref() == null ? "" : " (" + a.reportingOrg().ref() + ")")
                    : a.reportingOrg().ref();
            if (!seen.add(a.iatiIdentifier())) {
                problems.add(new Problem(a.iatiIdentifier(), a.path() + "/iati-identifier", Reason.of("iati.identifierRepeated")));
                lines.add(new Line(a.iatiIdentifier(), a.title(), publisher, Outcome.REFUSED, List.of(), null));
                return;
            }
            if (!wanted(a)) {
                filteredOut.add(a.iatiIdentifier());
                lines.add(new Line(a.iatiIdentifier(), a.title(), publisher, Outcome.FILTERED_OUT, List.of(), existing == null ? null
                        : existing.id()));
                return;
            }
            if (publisher != null) {
                publishers.add(publisher);
            }
            ImportPlan plan = ImportPlan.of(a, this);
            ImportSource source = new ImportSource(options.fileName().length() > 255 ? options.fileName().substring(0, 255) : options.fileName(),
                    a.reportingOrg() == null ? null : a.reportingOrg().ref(), a.reportingOrg() == null ? null : a.reportingOrg().name(), at,
                    actor.username());
            Outcome outcome;
            List<String> changed = List.of();
            Long projectId = null;
            if (existing == null) {
                Scope scope = new Scope(plan.countryIso3s(), ownerId, Set.of(), false);
                if (!AccessPolicy.allows(actor, Permission.CREATE, scope)) {
                    problems.add(new Problem(a.iatiIdentifier(), a.path(), scope.countries().isEmpty() ? Reason.of("iati.mayNotRecordRegion")
                            : Reason.of("iati.mayNotRecordCountries", String.join(", ", new java.util.TreeSet<>(scope.countries())))));
                    outcome = Outcome.REFUSED;
                } else {
                    Project p = plan.create(owner, source, actor.username(), at);
                    if (p == null) {
                        outcome = Outcome.REFUSED;
                    } else {
                        em.persist(p);
                        outcome = Outcome.NEW;
                        created++;
                        fresh.put(lines.size(), p);
                    }
                }
                problems.addAll(plan.problems());
            } else {
                projectId = existing.id();
                if (!AccessPolicy.allows(actor, Permission.UPDATE, Projects.scope(existing))) {
                    problems.add(new Problem(a.iatiIdentifier(), a.path(), Reason.of("iati.mayNotChange", existing.id())));
                    lines.add(new Line(a.iatiIdentifier(), a.title(), publisher, Outcome.REFUSED, List.of(), projectId));
                    return;
                }
                Project candidate = plan.create(existing.owner(), source, actor.username(), at);
                List<Problem> found = plan.problems();
                problems.addAll(found);
                if (candidate == null) {
                    outcome = Outcome.REFUSED;
                } else {
                    Map<String, String> before = ImportPlan.facts(existing);
                    changed = ImportPlan.changed(before, ImportPlan.facts(candidate));
                    if (changed.isEmpty()) {
                        outcome = Outcome.UNCHANGED;
                        unchanged++;
                    } else {
                        boolean answered = existing.status().answersNeeds();
                        if (plan.applyTo(existing, source)) {
                            em.lock(existing, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                            outcome = Outcome.UPDATE;
                            updated++;
                            Map<String, Object> b = new HashMap<>();
                            Map<String, Object> after = new HashMap<>();
                            Map<String, String> now = ImportPlan.facts(existing);
                            for (String f : changed) {
                                b.put(f, before.get(f));
                                after.put(f, now.get(f));
                            }
                            audit.record(actor.username(), AuditAction.UPDATE, "Project", existing.id(), "Project '" + existing.title()
                                    + "' updated from IATI file '" + options.fileName() + "'", Changes.between(b, after));
                            if (answered != existing.status().answersNeeds()) {
                                projects.refreshNeeds(existing.needLinks().stream().map(NeedLink::need).map(n -> n.id()).toList());
                            }
                        } else {
                            outcome = Outcome.REFUSED;
                            plan.problems().stream().skip(found.size()).forEach(problems::add);
                        }
                    }
                }
            }
            lines.add(new Line(a.iatiIdentifier(), a.title(), publisher, outcome, changed, projectId));
        }

        private boolean wanted(ImportedActivity a) {
            if (!options.sectorPrefixes().isEmpty() && a.sectors().stream().noneMatch(s -> options.sectorPrefixes().stream()
                    .anyMatch(prefix -> s.code().startsWith(prefix)))) {
                return false;
            }
            return options.countryIso3s().isEmpty() || a.countries().stream()
                    .map(s -> iso3ByIso2.get(s.code().toUpperCase(Locale.ROOT))).anyMatch(options.countryIso3s()::contains);
        }

        @Override
        public Country country(String iso2) {
            String m49 = m49ByIso2.get(iso2);
            return m49 == null ? null : em.find(Country.class, m49);
        }

        @Override
        public boolean sdgTarget(String code) {
            return sdgTargets.contains(code);
        }

        @Override
        public Optional<UsdValue> usd(Money value, LocalDate date) {
            return UsdValue.at(value, date.getYear(), rates.getOrDefault(value.currency(), new TreeMap<>()));
        }
    }
}
