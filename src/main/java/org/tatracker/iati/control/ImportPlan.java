package org.tatracker.iati.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tatracker.assessment.entity.CodeRef;
import org.tatracker.country.entity.Country;
import org.tatracker.i18n.entity.Reason;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;
import org.tatracker.project.entity.Budget;
import org.tatracker.project.entity.BudgetType;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.CountryShare;
import org.tatracker.project.entity.ImportSource;
import org.tatracker.project.entity.Partner;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.PolicyMarkerRef;
import org.tatracker.project.entity.Project;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.ResultIndicator;
import org.tatracker.project.entity.ResultPeriod;
import org.tatracker.project.entity.SectorShare;
import org.tatracker.project.entity.Transaction;
import org.tatracker.project.entity.TransactionType;
import org.tatracker.project.entity.UsdValue;
import org.tatracker.security.entity.Organisation;

/**
 * What the tracker makes of one {@link ImportedActivity}: the project's content and parts, and the
 * warnings (what it leaves out or repairs) and errors (what it cannot store) found on the way. The
 * project itself is built by {@link #create} (a new project) or merged by {@link #applyTo} (the
 * project with the same IATI identifier), both through the entities' own rules: a rule a project
 * refuses becomes an error naming the activity and the element.
 * <p>
 * <b>Decisions</b> (also in {@code org.tatracker.iati} package documentation):
 * <ul>
 * <li>Geography: the tracker records countries or one region. Countries given, regions are left
 * out (a warning); regions only, the one with the largest share is kept. A country the register does
 * not know is left out with a warning; neither country nor region is an error.</li>
 * <li>Percentages that the file left out or that do not total 100 are shared out again
 * ({@link Shares}), with a warning.</li>
 * <li>Transactions of types 1 to 4 and 11 are kept, negative values included (corrections); the
 * other types are left out with a warning. Each gets its USD value at the rate of its year.</li>
 * <li>Aid types D01/D02 become a technical component and E01/E02 a training component of a new
 * project. C01 (project-type interventions) says nothing of the kind of help, so it makes no
 * component; IATI has no code for material assistance.</li>
 * <li>Indicators keep their numbers when their measure is a unit or a percentage; qualitative,
 * nominal and ordinal values are left out with a warning. A budget or result period the project's
 * rules refuse (longer than a year, overlapping) is left out with a warning.</li>
 * <li>Collaboration type 8 (triangular) is reported: the tracker marks a project triangular only
 * with its first provider, facilitator and recipient, which IATI does not name.</li>
 * <li>On a later import, only what IATI carries is replaced; what the tracker adds (modality, SSC
 * roles and contributions of matching partners, components, theory of change, sustainability,
 * needs answered, other code lists) stays.</li>
 * </ul>
 */
public final class ImportPlan {

    /** What the plan looks up in the tracker. */
    public interface Lookups {

        /** The country of the register with this ISO alpha-2 code (upper case), or {@code null}. */
        Country country(String iso2);

        /** Whether the tracker's list {@code sdg_target} has this target. */
        boolean sdgTarget(String code);

        /** The USD value at the rate of the date's year; empty if no rate is known. */
        Optional<UsdValue> usd(Money value, LocalDate date);
    }

    /** The facts compared between an import and the project it would update, in this order. */
    public static final List<String> FACTS = List.of("title", "description", "status", "plannedStart", "plannedEnd", "actualStart",
            "actualEnd", "countries", "recipientRegion", "sectors", "sdgTargets", "policyMarkers", "partners", "budgets", "transactions",
            "results");

    private static final Set<String> TECHNICAL_AID = Set.of("D01", "D02");
    private static final Set<String> TRAINING_AID = Set.of("E01", "E02");
    private static final Map<String, String> MEASURES = Map.of("1", "units", "2", "percentage", "3", "nominal", "4", "ordinal", "5",
            "qualitative");

    private record PlannedTransaction(Transaction.Facts facts, UsdValue usd, String path) {
    }

    private record PlannedBudget(LocalDate start, LocalDate end, Money value, BudgetType type, String path) {
    }

    private record PlannedPeriod(LocalDate start, LocalDate end, BigDecimal target, BigDecimal actual) {
    }

    private record PlannedIndicator(String title, String unit, BigDecimal baseline, Integer baselineYear, List<PlannedPeriod> periods,
            String path) {
    }

    private record PlannedComponent(ComponentKind kind, String aidType) {
    }

    private final ImportedActivity activity;
    private final List<Problem> problems = new ArrayList<>();
    private Project.Content content;
    private final List<Partner.Facts> partners = new ArrayList<>();
    private final List<PlannedTransaction> transactions = new ArrayList<>();
    private final List<PlannedBudget> budgets = new ArrayList<>();
    private final List<PlannedIndicator> indicators = new ArrayList<>();
    private final List<PlannedComponent> components = new ArrayList<>();

    private ImportPlan(ImportedActivity activity) {
        this.activity = activity;
    }

    /** Plans the project for one activity; {@link #problems()} says what was left out, repaired or refused. */
    public static ImportPlan of(ImportedActivity a, Lookups lookups) {
        ImportPlan plan = new ImportPlan(a);
        plan.plan(lookups);
        return plan;
    }

    public ImportedActivity activity() {
        return activity;
    }

    /** Warnings and errors found so far, in order. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Whether the activity can be stored: no error so far. */
    public boolean storable() {
        return problems.stream().noneMatch(Problem::blocking);
    }

    /** Recipient countries (ISO alpha-3) the project would have. */
    public Set<String> countryIso3s() {
        return content == null ? Set.of() : content.countries().stream().map(c -> c.country().iso3()).collect(Collectors.toSet());
    }

    // ---- planning ----

    private void plan(Lookups lookups) {
        String path = activity.path();
        ProjectStatus status = null;
        if (activity.status() == null) {
            error(path + "/activity-status", Reason.of("iati.noValidStatus"));
        } else {
            status = ProjectStatus.ofIati(activity.status());
        }
        List<CountryShare> countries = new ArrayList<>();
        String region = geography(lookups, countries);
        List<SectorShare> sectors = sectors();
        Map<String, Set<String>> codes = new HashMap<>();
        Set<String> sdg = new LinkedHashSet<>();
        for (String target : activity.sdgTargets()) {
            if (lookups.sdgTarget(target)) {
                sdg.add(target);
            } else {
                warn(path + "/tag", "iati.sdgTargetNotFollowed", target);
            }
        }
        if (!sdg.isEmpty()) {
            codes.put("sdg_target", sdg);
        }
        List<PolicyMarkerRef> markers = new ArrayList<>();
        for (ImportedActivity.Marker m : activity.policyMarkers()) {
            if (m.significance() == null) {
                warn(path + "/policy-marker", "iati.markerNoSignificance", m.code());
            } else {
                markers.add(new PolicyMarkerRef(m.code(), m.significance()));
            }
        }
        if ("8".equals(activity.collaborationType())) {
            warn(path + "/collaboration-type", "iati.triangular");
        }
        if (status != null) {
            content = new Project.Content(activity.title(), activity.description(), status, activity.plannedStart(), activity.plannedEnd(),
                    activity.actualStart(), activity.actualEnd(), countries, region, sectors, codes, markers, null, null, null, List.of());
        }
        partners();
        transactions(lookups);
        budgets();
        results();
        for (String aid : activity.defaultAidTypes()) {
            if (TECHNICAL_AID.contains(aid)) {
                components.add(new PlannedComponent(ComponentKind.TECHNICAL, aid));
            } else if (TRAINING_AID.contains(aid)) {
                components.add(new PlannedComponent(ComponentKind.TRAINING, aid));
            }
        }
        if (!activity.documents().isEmpty()) {
            warn(path + "/document-link", "iati.documentLinks", activity.documents().size());
        }
    }

    private String geography(Lookups lookups, List<CountryShare> out) {
        String path = activity.path();
        List<Country> known = new ArrayList<>();
        List<BigDecimal> given = new ArrayList<>();
        for (ImportedActivity.Share s : activity.countries()) {
            Country c = lookups.country(s.code().toUpperCase(Locale.ROOT));
            if (c == null) {
                warn(path + "/recipient-country", "iati.countryNotInRegister", s.code());
            } else if (known.contains(c)) {
                warn(path + "/recipient-country", "iati.countryTwice", s.code());
            } else {
                known.add(c);
                given.add(s.percentage());
            }
        }
        if (!known.isEmpty()) {
            if (!activity.regions().isEmpty()) {
                warn(path + "/recipient-region", "iati.countriesNotRegions",
                        activity.regions().stream().map(ImportedActivity.Share::code).collect(Collectors.joining(", ")));
            }
            List<BigDecimal> shares = Shares.of(given);
            if (!Shares.storable(given) && !(given.size() == 1 && given.get(0) == null)) {
                warn(path + "/recipient-country", "iati.countrySharesRescaled",
                        shares.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", ")));
            }
            for (int i = 0; i < known.size(); i++) {
                out.add(new CountryShare(known.get(i), shares.get(i)));
            }
            return null;
        }
        if (activity.regions().isEmpty()) {
            error(path + "/recipient-country", Reason.of("iati.noKnownRecipient"));
            return null;
        }
        ImportedActivity.Share kept = activity.regions().get(0);
        for (ImportedActivity.Share s : activity.regions()) {
            if (share(s).compareTo(share(kept)) > 0) {
                kept = s;
            }
        }
        if (activity.regions().size() > 1) {
            String code = kept.code();
            warn(path + "/recipient-region", "iati.oneRegion", code,
                    activity.regions().stream().map(ImportedActivity.Share::code).filter(c -> !c.equals(code))
                            .collect(Collectors.joining(", ")));
        }
        return kept.code();
    }

    private static BigDecimal share(ImportedActivity.Share s) {
        return s.percentage() == null ? BigDecimal.ZERO : s.percentage();
    }

    private List<SectorShare> sectors() {
        List<String> codes = new ArrayList<>();
        List<BigDecimal> given = new ArrayList<>();
        for (ImportedActivity.Share s : activity.sectors()) {
            if (codes.contains(s.code())) {
                warn(activity.path() + "/sector", "iati.sectorTwice", s.code());
                continue;
            }
            codes.add(s.code());
            given.add(s.percentage());
        }
        List<BigDecimal> shares = Shares.of(given);
        if (!codes.isEmpty() && !Shares.storable(given) && !(given.size() == 1 && given.get(0) == null)) {
            warn(activity.path() + "/sector", "iati.sectorSharesRescaled",
                    shares.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", ")));
        }
        List<SectorShare> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            out.add(new SectorShare(codes.get(i), shares.get(i)));
        }
        return out;
    }

    private void partners() {
        int i = 0;
        for (ImportedActivity.Participant p : activity.participatingOrgs()) {
            i++;
            String path = activity.path() + "/participating-org[" + i + "]";
            String ref = p.ref();
            if (ref != null && (ref.length() > 100 || !ref.matches("[A-Za-z0-9][A-Za-z0-9._-]*"))) {
                warn(path + "/@ref", "iati.organisationRefNotKept", ref);
                ref = null;
            }
            String name = p.name() != null && !p.name().isBlank() ? p.name().strip() : ref;
            if (name == null) {
                warn(path, "iati.participantWithoutName");
                continue;
            }
            if (name.length() > 200) {
                error(path + "/narrative", Reason.of("iati.nameTooLong", 200));
                continue;
            }
            PartnerRole role = null;
            for (PartnerRole r : PartnerRole.values()) {
                if (r.iatiCode().equals(p.role())) {
                    role = r;
                }
            }
            if (role == null) {
                warn(path + "/@role", "iati.unknownRoleForTracker");
                continue;
            }
            Partner.Facts facts = new Partner.Facts(name, p.type(), null, ref, role, null, null, List.of());
            if (partners.stream().noneMatch(f -> key(f).equals(key(facts)))) {
                partners.add(facts);
            }
        }
    }

    private void transactions(Lookups lookups) {
        int i = 0;
        for (ImportedActivity.Transaction t : activity.transactions()) {
            i++;
            String path = activity.path() + "/transaction[" + i + "]";
            TransactionType type = null;
            for (TransactionType tt : TransactionType.values()) {
                if (tt.iatiCode().equals(t.type())) {
                    type = tt;
                }
            }
            if (type == null) {
                warn(path + "/transaction-type", "iati.transactionTypeNotRecorded", t.type());
                continue;
            }
            Money value;
            try {
                value = Money.signed(t.amount(), t.currency(), "value");
            } catch (InvalidValueException e) {
                error(path + "/value", Reason.of("iati.fieldRefused", e.field(), e.why()));
                continue;
            }
            Transaction.Facts facts = new Transaction.Facts(type, t.date(), value, t.providerName(), t.providerRef(), t.receiverName(),
                    t.receiverRef(), t.description());
            transactions.add(new PlannedTransaction(facts, lookups.usd(value, t.date()).orElse(null), path));
        }
    }

    private void budgets() {
        int i = 0;
        for (ImportedActivity.Budget b : activity.budgets()) {
            i++;
            String path = activity.path() + "/budget[" + i + "]";
            try {
                budgets.add(new PlannedBudget(b.periodStart(), b.periodEnd(), new Money(b.amount(), b.currency(), "value"),
                        "2".equals(b.type()) ? BudgetType.REVISED : BudgetType.ORIGINAL, path));
            } catch (InvalidValueException e) {
                error(path + "/value", Reason.of("iati.fieldRefused", e.field(), e.why()));
            }
        }
    }

    private void results() {
        int r = 0;
        for (ImportedActivity.Result result : activity.results()) {
            r++;
            int n = 0;
            for (ImportedActivity.Indicator ind : result.indicators()) {
                n++;
                String path = activity.path() + "/result[" + r + "]/indicator[" + n + "]";
                String title = ind.title() != null && !ind.title().isBlank() ? ind.title().strip() : result.title();
                if (title == null || title.isBlank()) {
                    warn(path, "iati.indicatorWithoutTitle");
                    continue;
                }
                boolean numeric = "1".equals(ind.measure()) || "2".equals(ind.measure()) || ind.measure() == null;
                String unit = MEASURES.getOrDefault(ind.measure() == null ? "1" : ind.measure(), "units");
                BigDecimal baseline = numeric ? ActivityReader.decimal(ind.baselineValue()) : null;
                Integer year = baseline == null ? null : ind.baselineYear();
                if (baseline == null || year == null) {
                    if (ind.baselineValue() != null || ind.baselineYear() != null) {
                        if (numeric) {
                            warn(path + "/baseline", "iati.baselineNumberAndYear");
                        } else {
                            warn(path + "/baseline", "iati.baselineNotANumber", unit);
                        }
                    }
                    baseline = null;
                    year = null;
                }
                List<PlannedPeriod> periods = new ArrayList<>();
                for (ImportedActivity.Period p : ind.periods()) {
                    BigDecimal target = numeric && p.target() != null ? p.target().number() : null;
                    BigDecimal actual = numeric && p.actual() != null ? p.actual().number() : null;
                    if (target == null && actual == null) {
                        if (!numeric && (p.target() != null || p.actual() != null)) {
                            warn(path + "/period", "iati.valuesNotNumbers", unit);
                        }
                        continue;
                    }
                    periods.add(new PlannedPeriod(p.start(), p.end(), target, actual));
                }
                indicators.add(new PlannedIndicator(title.length() > 300 ? title.substring(0, 300) : title, unit, baseline, year, periods,
                        path));
                if (title.length() > 300) {
                    warn(path + "/title", "iati.titleCut", 300);
                }
            }
        }
    }

    // ---- building ----

    /** A new project, or {@code null} when the tracker refuses it (an error is then among {@link #problems()}). */
    public Project create(Organisation owner, ImportSource source, String by, Instant at) {
        if (!storable()) {
            return null;
        }
        Project project;
        try {
            project = Project.imported(activity.iatiIdentifier(), reportingOrgRef(), owner, content, source, by, at);
        } catch (InvalidValueException e) {
            error(pathOf(e.field()), e.why());
            return null;
        }
        if (!parts(project, true)) {
            return null;
        }
        for (PlannedComponent c : components) {
            project.addComponent(c.kind(), c.kind() == ComponentKind.TECHNICAL ? "Technical assistance" : "Training", null, c.aidType());
        }
        return project;
    }

    /**
     * Replaces what IATI carries in {@code existing} by this plan's; keeps what the tracker adds. Returns {@code false}, with an
     * error among {@link #problems()}, when the project's rules refuse the result; the caller then rolls back.
     */
    public boolean applyTo(Project existing, ImportSource source) {
        if (!storable()) {
            return false;
        }
        Map<String, Set<String>> codes = new HashMap<>();
        for (CodeRef c : existing.codes()) {
            if (!"sdg_target".equals(c.listName())) {
                codes.computeIfAbsent(c.listName(), k -> new TreeSet<>()).add(c.code());
            }
        }
        codes.putAll(content.codes());
        Project.Content merged = new Project.Content(content.title(), content.description(), content.status(), content.plannedStart(),
                content.plannedEnd(), content.actualStart(), content.actualEnd(), content.countries(), content.recipientRegion(),
                content.sectors(), codes, content.policyMarkers(), existing.modality(), existing.theoryOfChange(), existing.sustainability(),
                existing.laws());
        try {
            Map<String, Partner> have = new LinkedHashMap<>();
            existing.partners().forEach(p -> have.put(key(p), p));
            Set<String> wanted = partners.stream().map(ImportPlan::key).collect(Collectors.toSet());
            for (Partner.Facts f : partners) {
                if (!have.containsKey(key(f))) {
                    existing.addPartner(f);
                }
            }
            for (Map.Entry<String, Partner> e : have.entrySet()) {
                if (!wanted.contains(e.getKey())) {
                    existing.removePartner(e.getValue());
                }
            }
        } catch (InvalidValueException e) {
            error(activity.path() + "/participating-org", e.why());
            return false;
        }
        try {
            existing.edit(merged);
        } catch (InvalidValueException e) {
            error(pathOf(e.field()), e.why());
            return false;
        }
        existing.clearTransactions();
        existing.clearBudgets();
        existing.clearResults();
        if (!parts(existing, false)) {
            return false;
        }
        existing.reimported(source);
        return true;
    }

    private boolean parts(Project project, boolean withPartners) {
        if (withPartners) {
            for (Partner.Facts f : partners) {
                try {
                    project.addPartner(f);
                } catch (InvalidValueException e) {
                    error(activity.path() + "/participating-org", e.why());
                    return false;
                }
            }
        }
        for (PlannedTransaction t : transactions) {
            try {
                project.addTransaction(t.facts(), t.usd());
            } catch (InvalidValueException e) {
                error(t.path(), Reason.of("iati.fieldRefused", e.field(), e.why()));
                return false;
            }
        }
        for (PlannedBudget b : budgets) {
            try {
                project.addBudget(new Budget(b.start(), b.end(), b.value(), b.type()));
            } catch (InvalidValueException e) {
                warn(b.path(), "iati.budgetRefused", e.why());
            }
        }
        for (PlannedIndicator i : indicators) {
            ResultIndicator indicator;
            try {
                indicator = project.addIndicator(i.title(), i.unit(), i.baseline(), i.baselineYear(), false);
            } catch (InvalidValueException e) {
                warn(i.path(), "iati.indicatorRefused", e.why());
                continue;
            }
            for (PlannedPeriod p : i.periods()) {
                try {
                    project.addPeriod(indicator, new ResultPeriod(p.start(), p.end(), p.target(), p.actual(), null, null, null, null));
                } catch (InvalidValueException e) {
                    warn(i.path() + "/period", "iati.periodRefused", p.start(), p.end(), e.why());
                }
            }
        }
        return true;
    }

    private String reportingOrgRef() {
        if (activity.reportingOrg() != null && activity.reportingOrg().ref() != null && !activity.reportingOrg().ref().isBlank()) {
            return activity.reportingOrg().ref().strip();
        }
        int dash = activity.iatiIdentifier().lastIndexOf('-');
        return dash > 0 ? activity.iatiIdentifier().substring(0, dash) : activity.iatiIdentifier();
    }

    private String pathOf(String field) {
        String p = activity.path();
        if (field == null) {
            return p;
        }
        return switch (field) {
            case "iatiIdentifier", "ownCode" -> p + "/iati-identifier";
            case "reportingOrgRef" -> p + "/reporting-org/@ref";
            case "title" -> p + "/title";
            case "description" -> p + "/description";
            case "status" -> p + "/activity-status";
            case "plannedStart", "plannedEnd", "actualStart", "actualEnd" -> p + "/activity-date";
            case "countries" -> p + "/recipient-country";
            case "recipientRegion" -> p + "/recipient-region";
            case "sectors" -> p + "/sector";
            case "policyMarkers" -> p + "/policy-marker";
            case "modality" -> p + "/participating-org";
            default -> p + " (" + field + ")";
        };
    }

    private void warn(String path, String key, Object... arguments) {
        problems.add(new Problem(activity.iatiIdentifier(), path, Reason.of(key, arguments), Problem.Severity.WARNING));
    }

    private void error(String path, Reason reason) {
        problems.add(new Problem(activity.iatiIdentifier(), path, Reason.of("iati.trackerRefuses", reason), Problem.Severity.ERROR));
    }

    // ---- comparing ----

    private static String key(Partner.Facts f) {
        return f.role() + "|" + f.name() + "|" + Objects.toString(f.iatiRef(), "") + "|" + Objects.toString(f.organisationType(), "");
    }

    private static String key(Partner p) {
        return p.role() + "|" + p.name() + "|" + Objects.toString(p.iatiRef(), "") + "|" + Objects.toString(p.organisationType(), "");
    }

    /** The facts of {@link #FACTS} of a project, as comparable text. */
    public static Map<String, String> facts(Project p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", p.title());
        f.put("description", Objects.toString(p.description(), ""));
        f.put("status", p.status().name());
        f.put("plannedStart", Objects.toString(p.plannedStart(), ""));
        f.put("plannedEnd", Objects.toString(p.plannedEnd(), ""));
        f.put("actualStart", Objects.toString(p.actualStart(), ""));
        f.put("actualEnd", Objects.toString(p.actualEnd(), ""));
        f.put("countries", sorted(p.countries().stream().map(c -> c.country().iso3() + " " + num(c.percentage()))));
        f.put("recipientRegion", Objects.toString(p.recipientRegion(), ""));
        f.put("sectors", sorted(p.sectors().stream().map(s -> s.code() + " " + num(s.percentage()))));
        f.put("sdgTargets", sorted(p.codes().stream().filter(c -> "sdg_target".equals(c.listName())).map(CodeRef::code)));
        f.put("policyMarkers", sorted(p.policyMarkers().stream().map(m -> m.marker() + " " + m.significance())));
        f.put("partners", sorted(p.partners().stream().map(ImportPlan::key)));
        f.put("budgets", sorted(p.budgets().stream().map(b -> b.type() + " " + b.periodStart() + " " + b.periodEnd() + " "
                + num(b.value().amount()) + " " + b.value().currency())));
        f.put("transactions", sorted(p.transactions().stream().map(t -> t.type() + " " + t.date() + " " + num(t.value().amount()) + " "
                + t.value().currency() + " " + t.providerName() + " " + t.providerRef() + " " + t.receiverName() + " " + t.receiverRef()
                + " " + t.description())));
        f.put("results", sorted(p.results().stream().map(r -> r.title() + " " + r.unit() + " " + num(r.baselineValue()) + " "
                + r.baselineYear() + " " + r.periods().stream().map(x -> x.periodStart() + " " + x.periodEnd() + " " + num(x.target()) + " "
                        + num(x.actual())).collect(Collectors.joining(";")))));
        return f;
    }

    /** The names of the facts that differ between two {@link #facts} maps. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return FACTS.stream().filter(k -> !Objects.equals(before.get(k), after.get(k))).toList();
    }

    private static String num(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }

    private static String sorted(java.util.stream.Stream<String> values) {
        return values.sorted().collect(Collectors.joining("\n"));
    }
}
