package org.tatracker.iati.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tatracker.project.control.ProjectViews;
import org.tatracker.project.entity.BudgetType;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.TransactionType;

/**
 * Writes projects as an IATI 2.03 activity file, one {@code <iati-activity>} per
 * {@link ProjectViews.Detail}, straight to the output stream: memory stays flat whatever the number of
 * projects.
 * <pre>
 * try (ActivityWriter w = new ActivityWriter(out, Instant.now(), countries::iso2)) {
 *     for (ProjectViews.Detail p : projects) {
 *         w.write(p);
 *     }
 * }
 * </pre>
 * The IATI elements come in the order the schema requires; what IATI has no element for goes into
 * elements of the namespace {@value #NAMESPACE} (prefix {@code tat}), where the schema admits
 * foreign elements. The mapping and its decisions are described in the {@code org.tatracker.iati}
 * package documentation. A project the schema cannot carry (no date at all, for instance) is refused
 * with an {@link IllegalArgumentException} before anything of it is written, so the file stays valid
 * and the caller may go on with the next project. An IATI file needs at least one activity: a
 * writer closed without any has written a file the schema rejects ({@link #count()} tells).
 * <p>
 * Not thread-safe: one writer, one file. {@link #close()} ends the document but leaves the stream
 * open: the caller owns it.
 */
public final class ActivityWriter implements AutoCloseable {

    /** The namespace of what the tracker records beyond IATI. */
    public static final String NAMESPACE = "https://tatracker.org/ns/iati/1";
    public static final String PREFIX = "tat";
    public static final String VERSION = "2.03";
    /** OrganisationType of the reporting organisation when no partner tells it: 40, multilateral (the tracker is run by a UN office). */
    public static final String DEFAULT_REPORTING_ORG_TYPE = "40";
    /** BudgetStatus 1, indicative: the tracker records planned budgets; binding commitments are transactions of type 2. */
    static final String BUDGET_STATUS = "1";
    static final String MEASURE_UNIT = "1";
    static final String RESULT_OUTPUT = "1";

    private static final Pattern SDG_GOAL = Pattern.compile("G(\\d{1,2})");
    private static final Pattern SDG_TARGET = Pattern.compile("\\d{1,2}\\.[0-9a-z]{1,2}");
    private static final String SDG_LIST = "sdg_target";

    private final OutputStream out;
    private final XMLStreamWriter xml;
    private final Function<String, String> iso3ToIso2;
    private final String defaultReportingOrgType;
    /** For each open element, whether it has child elements yet: indentation. */
    private final List<Boolean> open = new ArrayList<>();
    private int count;
    private boolean closed;

    /** A writer whose reporting organisation type defaults to {@value #DEFAULT_REPORTING_ORG_TYPE}. */
    public ActivityWriter(OutputStream out, Instant generatedAt, Function<String, String> iso3ToIso2) throws IOException {
        this(out, generatedAt, iso3ToIso2, DEFAULT_REPORTING_ORG_TYPE);
    }

    /**
     * Starts the file.
     *
     * @param iso3ToIso2 the ISO 3166-1 alpha-2 code (IATI's Country code) of an alpha-3 code, or {@code null} if it knows none
     * @param defaultReportingOrgType the OrganisationType written for the reporting organisation when no partner has its identifier
     */
    public ActivityWriter(OutputStream out, Instant generatedAt, Function<String, String> iso3ToIso2, String defaultReportingOrgType)
            throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        this.iso3ToIso2 = Objects.requireNonNull(iso3ToIso2, "iso3ToIso2");
        this.defaultReportingOrgType = Objects.requireNonNull(defaultReportingOrgType, "defaultReportingOrgType");
        Objects.requireNonNull(generatedAt, "generatedAt");
        try {
            // The JDK's own writer, not whatever the class path offers: its escaping is known.
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            start("iati-activities");
            xml.writeNamespace(PREFIX, NAMESPACE);
            attribute("version", VERSION);
            attribute("generated-datetime", generatedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /** How many activities were written. */
    public int count() {
        return count;
    }

    /**
     * Writes one project as an activity.
     *
     * @throws IllegalArgumentException if IATI cannot carry the project (no identifier, title, status or date; a country
     *         without alpha-2 code; a value the tracker's enums do not know); nothing of it is then written
     */
    public void write(ProjectViews.Detail p) throws IOException {
        Objects.requireNonNull(p, "project");
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        Plan plan = plan(p);
        try {
            activity(p, plan);
            xml.flush();
            count++;
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /** Ends the document and flushes it; does not close the stream. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            end();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    // ---- what is checked and computed before anything is written ----

    /** The codes of a project, worked out (and checked) before the first byte of it is written. */
    private record Plan(String status, List<String> iso2, String defaultCurrency, String reportingOrgType, List<String> partnerRoles,
            List<String> transactionTypes, List<String> budgetTypes, List<String> aidTypes, String collaborationType) {
    }

    private Plan plan(ProjectViews.Detail p) {
        List<String> missing = new ArrayList<>();
        if (blank(p.iatiIdentifier())) {
            missing.add("an IATI identifier");
        }
        if (blank(p.reportingOrgRef())) {
            missing.add("a reporting organisation identifier");
        }
        if (blank(p.title())) {
            missing.add("a title");
        }
        if (blank(p.status())) {
            missing.add("a status");
        }
        if (p.plannedStart() == null && p.actualStart() == null && p.plannedEnd() == null && p.actualEnd() == null) {
            missing.add("a date (IATI requires at least one activity-date)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("project " + p.id() + " cannot be written as an IATI activity: it lacks " + String.join(", ",
                    missing));
        }
        String status = enumCode(ProjectStatus.class, p.status(), "status", p).iatiCode();
        List<String> iso2 = new ArrayList<>();
        for (ProjectViews.CountryRef c : list(p.countries())) {
            String code = c.iso3() == null ? null : iso3ToIso2.apply(c.iso3());
            if (blank(code)) {
                throw new IllegalArgumentException("project " + p.id() + ": no ISO alpha-2 code for the country " + c.iso3());
            }
            iso2.add(code.strip().toUpperCase(Locale.ROOT));
        }
        List<ProjectViews.TransactionView> transactions = list(p.transactions());
        String defaultCurrency = transactions.isEmpty() || blank(transactions.get(0).currency()) ? "USD"
                : transactions.get(0).currency().strip().toUpperCase(Locale.ROOT);
        String reportingOrgType = list(p.partners()).stream()
                .filter(x -> x.iatiRef() != null && x.iatiRef().strip().equalsIgnoreCase(p.reportingOrgRef().strip()))
                .map(ProjectViews.PartnerView::organisationType).filter(t -> !blank(t)).findFirst().orElse(defaultReportingOrgType);
        List<String> roles = list(p.partners()).stream().map(x -> enumCode(PartnerRole.class, x.role(), "partner role", p).iatiCode())
                .toList();
        List<String> transactionTypes = transactions.stream().map(t -> enumCode(TransactionType.class, t.type(), "transaction type", p)
                .iatiCode()).toList();
        List<String> budgetTypes = list(p.budgets()).stream().map(b -> enumCode(BudgetType.class, b.type(), "budget type", p).iatiCode())
                .toList();
        Set<String> aidTypes = new LinkedHashSet<>();
        for (ProjectViews.ComponentView c : list(p.components())) {
            aidTypes.add(aidType(c, p));
        }
        String collaboration = p.modality() == null ? null : switch (p.modality()) {
            case "NORTH_SOUTH", "SOUTH_SOUTH" -> "1";
            case "TRIANGULAR" -> "8";
            default -> throw new IllegalArgumentException("project " + p.id() + ": unknown modality " + p.modality());
        };
        return new Plan(status, iso2, defaultCurrency, reportingOrgType, roles, transactionTypes, budgetTypes, List.copyOf(aidTypes),
                collaboration);
    }

    /**
     * The component's own AidType, or the default of its kind: D02 (other technical assistance) for technical and training
     * components, C01 (project-type interventions) for material ones, which deliver goods and works rather than expertise.
     */
    private static String aidType(ProjectViews.ComponentView c, ProjectViews.Detail p) {
        if (!blank(c.aidType())) {
            return c.aidType().strip().toUpperCase(Locale.ROOT);
        }
        return enumCode(ComponentKind.class, c.kind(), "component kind", p) == ComponentKind.MATERIAL ? "C01" : "D02";
    }

    private static <E extends Enum<E>> E enumCode(Class<E> type, String name, String what, ProjectViews.Detail p) {
        try {
            return Enum.valueOf(type, Objects.requireNonNull(name).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("project " + p.id() + ": unknown " + what + " " + name, e);
        }
    }

    // ---- the activity, in the order of the schema ----

    private void activity(ProjectViews.Detail p, Plan plan) throws XMLStreamException {
        start("iati-activity");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        attribute("default-currency", plan.defaultCurrency());

        element("iati-identifier", p.iatiIdentifier().strip());
        start("reporting-org");
        attribute("ref", p.reportingOrgRef().strip());
        attribute("type", plan.reportingOrgType());
        narrative(blank(p.ownerOrganisationName()) ? p.reportingOrgRef() : p.ownerOrganisationName());
        end();
        start("title");
        narrative(p.title());
        end();
        start("description");
        attribute("type", "1");
        // The schema requires a description; a project without one repeats its title rather than publish an empty text.
        narrative(blank(p.description()) ? p.title() : p.description());
        end();
        participatingOrgs(p, plan);
        empty("activity-status");
        attribute("code", plan.status());
        date("1", p.plannedStart());
        date("2", p.actualStart());
        date("3", p.plannedEnd());
        date("4", p.actualEnd());
        List<ProjectViews.CountryRef> countries = list(p.countries());
        for (int i = 0; i < countries.size(); i++) {
            empty("recipient-country");
            attribute("code", plan.iso2().get(i));
            attribute("percentage", countries.get(i).percentage());
        }
        if (!blank(p.recipientRegion())) {
            empty("recipient-region");
            attribute("code", p.recipientRegion().strip());
            attribute("vocabulary", "1");
        }
        for (ProjectViews.Share s : list(p.sectors())) {
            empty("sector");
            attribute("vocabulary", "1");
            attribute("code", s.code());
            attribute("percentage", s.percentage());
        }
        tags(p);
        for (ProjectViews.Marker m : list(p.policyMarkers())) {
            empty("policy-marker");
            attribute("vocabulary", "1");
            attribute("code", m.code());
            attribute("significance", m.significance());
        }
        if (plan.collaborationType() != null) {
            empty("collaboration-type");
            attribute("code", plan.collaborationType());
        }
        for (String aidType : plan.aidTypes()) {
            empty("default-aid-type");
            attribute("code", aidType);
            attribute("vocabulary", "1");
        }
        budgets(p, plan);
        transactions(p, plan);
        // document-link: the tracker records no documents yet.
        results(p);
        extensions(p);
        end();
    }

    private void participatingOrgs(ProjectViews.Detail p, Plan plan) throws XMLStreamException {
        List<ProjectViews.PartnerView> partners = list(p.partners());
        if (partners.isEmpty()) {
            // The schema requires one: the reporting organisation, which answers for the record, as accountable (role 2).
            start("participating-org");
            attribute("ref", p.reportingOrgRef().strip());
            attribute("type", plan.reportingOrgType());
            attribute("role", PartnerRole.ACCOUNTABLE.iatiCode());
            narrative(blank(p.ownerOrganisationName()) ? p.reportingOrgRef() : p.ownerOrganisationName());
            end();
            return;
        }
        for (int i = 0; i < partners.size(); i++) {
            ProjectViews.PartnerView x = partners.get(i);
            start("participating-org");
            attribute("ref", blank(x.iatiRef()) ? null : x.iatiRef().strip());
            attribute("type", blank(x.organisationType()) ? null : x.organisationType().strip());
            attribute("role", plan.partnerRoles().get(i));
            if (!blank(x.name())) {
                narrative(x.name());
            }
            emptyTat("partner");
            attribute("id", x.id());
            attribute("country", x.countryIso3());
            attribute("ssc-role", lower(x.sscRole()));
            attribute("southern", x.southern());
            attribute("organisation-id", x.organisationId());
            for (ProjectViews.ContributionView c : list(x.contributions())) {
                startTat("contribution");
                attribute("kind", lower(c.kind()));
                attribute("quantity", c.quantity());
                attribute("value", c.valueAmount());
                attribute("currency", c.valueCurrency());
                text(c.description());
                end();
            }
            end();
        }
    }

    private void date(String type, LocalDate date) throws XMLStreamException {
        if (date != null) {
            empty("activity-date");
            attribute("type", type);
            attribute("iso-date", date);
        }
    }

    /** SDG targets (16.3) as tags of vocabulary 3, SDG goals (the list's parents, G16) as tags of vocabulary 2. */
    private void tags(ProjectViews.Detail p) throws XMLStreamException {
        Map<String, List<String>> codes = p.codes() == null ? Map.of() : p.codes();
        for (String code : list(codes.get(SDG_LIST))) {
            Matcher goal = SDG_GOAL.matcher(code.strip());
            if (goal.matches()) {
                empty("tag");
                attribute("code", goal.group(1));
                attribute("vocabulary", "2");
            } else if (SDG_TARGET.matcher(code.strip()).matches()) {
                empty("tag");
                attribute("code", code.strip());
                attribute("vocabulary", "3");
            }
        }
    }

    private void budgets(ProjectViews.Detail p, Plan plan) throws XMLStreamException {
        List<ProjectViews.BudgetView> budgets = list(p.budgets());
        for (int i = 0; i < budgets.size(); i++) {
            ProjectViews.BudgetView b = budgets.get(i);
            start("budget");
            attribute("type", plan.budgetTypes().get(i));
            attribute("status", BUDGET_STATUS);
            empty("period-start");
            attribute("iso-date", b.periodStart());
            empty("period-end");
            attribute("iso-date", b.periodEnd());
            value(b.amount(), b.currency(), b.periodStart());
            end();
        }
    }

    private void transactions(ProjectViews.Detail p, Plan plan) throws XMLStreamException {
        List<ProjectViews.TransactionView> transactions = list(p.transactions());
        for (int i = 0; i < transactions.size(); i++) {
            ProjectViews.TransactionView t = transactions.get(i);
            start("transaction");
            // The tracker's id as the publisher's own reference: a re-import can tell its transactions apart.
            attribute("ref", t.id());
            empty("transaction-type");
            attribute("code", plan.transactionTypes().get(i));
            empty("transaction-date");
            attribute("iso-date", t.date());
            value(t.amount(), t.currency(), t.date());
            if (!blank(t.description())) {
                start("description");
                narrative(t.description());
                end();
            }
            organisation("provider-org", t.providerName(), t.providerRef());
            organisation("receiver-org", t.receiverName(), t.receiverRef());
            end();
        }
    }

    private void organisation(String element, String name, String ref) throws XMLStreamException {
        if (blank(name) && blank(ref)) {
            return;
        }
        if (blank(name)) {
            empty(element);
            attribute("ref", ref.strip());
            return;
        }
        start(element);
        attribute("ref", blank(ref) ? null : ref.strip());
        narrative(name);
        end();
    }

    private void value(BigDecimal amount, String currency, LocalDate valueDate) throws XMLStreamException {
        start("value");
        attribute("currency", currency == null ? null : currency.strip().toUpperCase(Locale.ROOT));
        attribute("value-date", valueDate);
        text(amount.toPlainString());
        end();
    }

    /**
     * One result of type output per indicator (the tracker has no result level above its indicators), measured in units; the
     * unit, which IATI has no attribute for, is stated in the indicator's description and in {@code tat:unit}. Targets and
     * actuals by sex are written as values with the dimension sex = female or male, after the value for everyone.
     */
    private void results(ProjectViews.Detail p) throws XMLStreamException {
        for (ProjectViews.IndicatorView i : list(p.results())) {
            start("result");
            attribute("type", RESULT_OUTPUT);
            start("title");
            narrative(i.title());
            end();
            start("indicator");
            attribute("measure", MEASURE_UNIT);
            start("title");
            narrative(i.title());
            end();
            if (!blank(i.unit())) {
                start("description");
                narrative("Unit: " + i.unit().strip());
                end();
            }
            if (i.baselineYear() != null) {
                empty("baseline");
                attribute("year", i.baselineYear());
                attribute("value", i.baselineValue());
            }
            for (ProjectViews.PeriodView x : list(i.periods())) {
                start("period");
                empty("period-start");
                attribute("iso-date", x.periodStart());
                empty("period-end");
                attribute("iso-date", x.periodEnd());
                measured("target", x.target(), i.bySex() ? x.targetFemale() : null, i.bySex() ? x.targetMale() : null);
                measured("actual", x.actual(), i.bySex() ? x.actualFemale() : null, i.bySex() ? x.actualMale() : null);
                end();
            }
            startTat("indicator");
            attribute("id", i.id());
            attribute("by-sex", i.bySex());
            if (!blank(i.unit())) {
                startTat("unit");
                text(i.unit());
                end();
            }
            end();
            end();
            end();
        }
    }

    private void measured(String element, BigDecimal all, BigDecimal female, BigDecimal male) throws XMLStreamException {
        if (all != null) {
            empty(element);
            attribute("value", all);
        }
        bySex(element, female, "female");
        bySex(element, male, "male");
    }

    private void bySex(String element, BigDecimal value, String sex) throws XMLStreamException {
        if (value == null) {
            return;
        }
        start(element);
        attribute("value", value);
        empty("dimension");
        attribute("name", "sex");
        attribute("value", sex);
        end();
    }

    // ---- what IATI cannot carry: tat: elements at the end of the activity ----

    private void extensions(ProjectViews.Detail p) throws XMLStreamException {
        emptyTat("project");
        attribute("id", p.id());
        attribute("own-code", p.ownCode());
        attribute("modality", lower(p.modality()));
        Map<String, List<String>> codes = p.codes() == null ? Map.of() : p.codes();
        for (Map.Entry<String, List<String>> list : codes.entrySet()) {
            if (list.getKey().equals(SDG_LIST) || list(list.getValue()).isEmpty()) {
                continue;
            }
            startTat("codes");
            attribute("list", list.getKey());
            for (String code : list.getValue()) {
                startTat("code");
                text(code);
                end();
            }
            end();
        }
        theory(p.theoryOfChange());
        sustainability(p.sustainability());
        for (ProjectViews.ComponentView c : list(p.components())) {
            component(c, p);
        }
        for (ProjectViews.LinkView l : list(p.needs())) {
            // Who linked is a person's name, and the need's wording belongs to a possibly confidential assessment: neither is
            // published, only the reference.
            startTat("need-link");
            attribute("need-id", l.needId());
            attribute("assessment-id", l.assessmentId());
            attribute("country", l.countryIso3());
            attribute("position", l.position());
            attribute("extent", lower(l.extent()));
            attribute("linked-at", l.linkedAt() == null ? null : l.linkedAt().truncatedTo(ChronoUnit.SECONDS));
            tatText("note", l.note());
            end();
        }
    }

    private void theory(ProjectViews.Theory t) throws XMLStreamException {
        if (t == null || (blank(t.problem()) && blank(t.outcomes()) && blank(t.outputs()) && blank(t.activities())
                && blank(t.assumptions()) && blank(t.risks()))) {
            return;
        }
        startTat("theory-of-change");
        attribute("stated", t.stated());
        tatText("problem", t.problem());
        tatText("outcomes", t.outcomes());
        tatText("outputs", t.outputs());
        tatText("activities", t.activities());
        tatText("assumptions", t.assumptions());
        tatText("risks", t.risks());
        end();
    }

    private void sustainability(ProjectViews.SustainabilityView s) throws XMLStreamException {
        if (s == null) {
            return;
        }
        boolean exit = !blank(s.exitStrategy()) || s.exitHandover() != null || !blank(s.exitOwner());
        boolean any = exit || s.cofinancingAmount() != null || s.recurrentTakenOver() || s.recurrentAmount() != null
                || s.recurrentFrom() != null || s.nationalSystemsPercent() != null || !list(s.laws()).isEmpty();
        if (!any) {
            return;
        }
        startTat("sustainability");
        attribute("recurrent-taken-over", s.recurrentTakenOver());
        attribute("national-systems-percent", s.nationalSystemsPercent());
        if (exit) {
            startTat("exit-strategy");
            attribute("handover", s.exitHandover());
            attribute("owner", s.exitOwner());
            text(s.exitStrategy());
            end();
        }
        if (s.cofinancingAmount() != null) {
            startTat("cofinancing");
            attribute("currency", s.cofinancingCurrency());
            text(s.cofinancingAmount().toPlainString());
            end();
        }
        if (s.recurrentAmount() != null || s.recurrentFrom() != null) {
            emptyTat("recurrent-costs");
            attribute("from", s.recurrentFrom());
            attribute("amount", s.recurrentAmount());
            attribute("currency", s.recurrentCurrency());
        }
        for (ProjectViews.Law l : list(s.laws())) {
            startTat("law");
            attribute("adopted-on", l.adoptedOn());
            text(l.reference());
            end();
        }
        end();
    }

    private void component(ProjectViews.ComponentView c, ProjectViews.Detail p) throws XMLStreamException {
        startTat("component");
        attribute("id", c.id());
        attribute("kind", lower(c.kind()));
        attribute("aid-type", aidType(c, p));
        tatText("title", c.title());
        tatText("description", c.description());
        for (ProjectViews.EventView e : list(c.events())) {
            startTat("training-event");
            attribute("id", e.id());
            attribute("start", e.startDate());
            attribute("end", e.endDate());
            attribute("modality", lower(e.modality()));
            attribute("type", lower(e.type()));
            attribute("national-academy", e.nationalAcademy());
            attribute("curriculum-adopted", e.curriculumAdopted());
            attribute("female", e.female());
            attribute("male", e.male());
            attribute("not-stated", e.notStated());
            attribute("participants", e.participants());
            attribute("pre-score", e.preScore());
            attribute("post-score", e.postScore());
            attribute("knowledge-gain", e.knowledgeGain());
            attribute("certified-trainers", e.certifiedTrainers());
            attribute("secondary-trainees", e.secondaryTrainees());
            attribute("follow-up-rate", e.followUpRate());
            tatText("title", e.title());
            tatText("host", e.host());
            for (ProjectViews.InstitutionView i : list(e.institutions())) {
                startTat("institution");
                attribute("participants", i.participants());
                text(i.institution());
                end();
            }
            end();
        }
        for (ProjectViews.ItemView i : list(c.items())) {
            startTat("item");
            attribute("id", i.id());
            attribute("kind", lower(i.kind()));
            attribute("handover", i.handoverDate());
            attribute("maintenance-plan", i.maintenancePlan());
            attribute("working", i.working());
            tatText("description", i.description());
            if (i.valueAmount() != null) {
                startTat("value");
                attribute("currency", i.valueCurrency());
                text(i.valueAmount().toPlainString());
                end();
            }
            tatText("recipient-institution", i.recipientInstitution());
            if (!blank(i.maintenancePayer()) || i.maintenanceAmount() != null) {
                emptyTat("maintenance");
                attribute("payer", i.maintenancePayer());
                attribute("amount", i.maintenanceAmount());
                attribute("currency", i.maintenanceCurrency());
            }
            for (ProjectViews.CheckView check : list(i.checks())) {
                startTat("check");
                attribute("checked-on", check.checkedOn());
                attribute("working", check.working());
                text(check.note());
                end();
            }
            end();
        }
        end();
    }

    // ---- writing, indented, with text made safe for XML ----

    private void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        open.add(Boolean.FALSE);
    }

    private void startTat(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(PREFIX, name, NAMESPACE);
        open.add(Boolean.FALSE);
    }

    /** An element without content; its attributes follow. */
    private void empty(String name) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(name);
    }

    private void emptyTat(String name) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(PREFIX, name, NAMESPACE);
    }

    private void end() throws XMLStreamException {
        boolean hadChildren = open.remove(open.size() - 1);
        if (hadChildren) {
            newLine();
        }
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.set(open.size() - 1, Boolean.TRUE);
            newLine();
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    private void element(String name, String text) throws XMLStreamException {
        start(name);
        text(text);
        end();
    }

    private void narrative(String text) throws XMLStreamException {
        element("narrative", text);
    }

    private void tatText(String name, String text) throws XMLStreamException {
        if (!blank(text)) {
            startTat(name);
            text(text);
            end();
        }
    }

    private void text(String text) throws XMLStreamException {
        if (text != null) {
            xml.writeCharacters(xmlSafe(text));
        }
    }

    /** Writes the attribute unless the value is {@code null}; numbers in plain notation, as {@code xsd:decimal} wants. */
    private void attribute(String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        xml.writeAttribute(name, xmlSafe(s));
    }

    /** Drops the characters XML 1.0 cannot hold (control characters, lone surrogates) rather than write a broken file. */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (allowed && b != null) {
                b.appendCodePoint(c);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static IOException io(XMLStreamException e) {
        return e.getNestedException() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
}
