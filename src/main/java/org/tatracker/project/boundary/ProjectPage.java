package org.tatracker.project.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tatracker.codelist.boundary.CodeLists;
import org.tatracker.codelist.control.CodeListView;
import org.tatracker.i18n.boundary.LanguageSelection;
import org.tatracker.platform.boundary.FacesMessages;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.project.control.ProjectViews;
import org.tatracker.project.entity.BudgetType;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.ContributionKind;
import org.tatracker.project.entity.LinkExtent;
import org.tatracker.project.entity.MaterialKind;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;
import org.tatracker.project.entity.TrainingType;
import org.tatracker.project.entity.TransactionType;

/**
 * project.xhtml?id=N: one project in tabs (overview, partners, components, money, results, needs
 * answered, sustainability). Those who may change it add and remove its parts here, each part in
 * its own small form; every change goes through {@link Projects} and shows the project again.
 * Form values are kept as typed and read here, so that a refusal names the field next to it.
 */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Inject
    CodeLists codeLists;

    @Inject
    LanguageSelection language;

    private Long id;
    private ProjectViews.Detail project;
    private final Map<String, Object> partner = new HashMap<>();
    private final Map<String, Object> component = new HashMap<>();
    private final Map<String, Object> event = new HashMap<>();
    private final Map<String, Object> item = new HashMap<>();
    private final Map<String, Object> check = new HashMap<>();
    private final Map<String, Object> transaction = new HashMap<>();
    private final Map<String, Object> budget = new HashMap<>();
    private final Map<String, Object> indicator = new HashMap<>();
    private final Map<String, Object> period = new HashMap<>();
    private final Map<String, Object> link = new HashMap<>();
    private List<ProjectViews.Candidate> candidates = List.of();
    /** Code lists read once per view (the page names many codes). */
    private final Map<String, List<CodeListView.CodeView>> lists = new HashMap<>();
    private List<ProjectViews.Candidate> chosen = new ArrayList<>();

    public void load() throws IOException {
        var found = id == null ? java.util.Optional.<ProjectViews.Detail>empty() : projects.find(id, language.getCurrent());
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        project = found.get();
    }

    /** Runs a change; on success shows the project again and empties the form, on refusal shows why next to the fields. */
    private void change(String formId, Map<String, String> fields, Map<String, Object> form, Supplier<ProjectViews.Detail> action) {
        try {
            project = action.get();
            form.clear();
            FacesMessages.info("project.saved");
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!FacesMessages.showIn(e, formId, fields)) {
                throw e;
            }
        }
    }

    // ---- partners ----

    public void addPartner() {
        change("partnerForm", Map.of("partners.name", "name", "partners.organisationType", "orgType", "partners.countryIso3", "country",
                "partners.iatiRef", "iatiRef", "partners.role", "role", "partners.sscRole", "sscRole", "modality", "sscRole",
                "contributions.description", "contributionDescription", "contributions.quantity", "contributionQuantity",
                "contributions.value.amount", "contributionValue"), partner, () -> {
                    List<ProjectParts.ContributionInput> contributions = new ArrayList<>();
                    if (text(partner, "contributionKind") != null) {
                        contributions.add(new ProjectParts.ContributionInput(text(partner, "contributionKind"), text(partner, "contributionDescription"),
                                decimal(partner, "contributionQuantity", "contributions.quantity"),
                                decimal(partner, "contributionValue", "contributions.value.amount"), text(partner, "contributionCurrency")));
                    }
                    return projects.addPartner(id, new ProjectParts.PartnerInput(text(partner, "name"), text(partner, "orgType"),
                            text(partner, "country"), text(partner, "iatiRef"), text(partner, "role"), text(partner, "sscRole"), null, contributions),
                            project.version(), language.getCurrent());
                });
    }

    public void removePartner(long partnerId) {
        change("partnerForm", Map.of("modality", "sscRole"), new HashMap<>(),
                () -> projects.removePartner(id, partnerId, project.version(), language.getCurrent()));
    }

    // ---- components ----

    public void addComponent() {
        change("componentForm", Map.of("kind", "kind", "components.kind", "kind", "components.title", "title", "aidType", "aidType",
                "components.aidType", "aidType"), component,
                () -> projects.addComponent(id, new ProjectParts.ComponentInput(text(component, "kind"), text(component, "title"),
                        text(component, "description"), text(component, "aidType")), project.version(), language.getCurrent()));
    }

    public void removeComponent(long componentId) {
        change("componentForm", Map.of(), new HashMap<>(), () -> projects.removeComponent(id, componentId, project.version(), language.getCurrent()));
    }

    public void addEvent() {
        Map<String, String> fields = new HashMap<>();
        for (String f : List.of("title", "startDate", "endDate", "modality", "type", "host", "female", "male", "notStated", "preScore", "postScore",
                "certifiedTrainers", "secondaryTrainees", "followUpRate")) {
            fields.put(f, f);
        }
        fields.put("componentId", "component");
        fields.put("institutions", "institutions");
        change("eventForm", fields, event, () -> projects.addEvent(id, required(event, "component", "componentId"), new ProjectParts.EventInput(
                text(event, "title"), date(event, "startDate"), date(event, "endDate"), text(event, "modality"), text(event, "type"),
                text(event, "host"), bool(event, "nationalAcademy"), bool(event, "curriculumAdopted"), integer(event, "female", "female"),
                integer(event, "male", "male"), integer(event, "notStated", "notStated"), decimal(event, "preScore", "preScore"),
                decimal(event, "postScore", "postScore"), integer(event, "certifiedTrainers", "certifiedTrainers"),
                integer(event, "secondaryTrainees", "secondaryTrainees"), decimal(event, "followUpRate", "followUpRate"), institutions()),
                project.version(), language.getCurrent()));
    }

    /** Participants by institution, typed as codes of the list target_institution with a count: "POLICE 12, PROSECUTION 8". */
    private List<ProjectParts.InstitutionInput> institutions() {
        List<ProjectParts.InstitutionInput> result = new ArrayList<>();
        for (var share : org.tatracker.project.control.ShareLines.parse(text(event, "institutions"), "institutions")) {
            if (share.percentage() == null || share.percentage().stripTrailingZeros().scale() > 0) {
                throw new InvalidValueException("institutions", FacesMessages.text("event.institutions.help"));
            }
            result.add(new ProjectParts.InstitutionInput(share.code(), share.percentage().intValueExact()));
        }
        return result;
    }

    public void addItem() {
        change("itemForm", Map.of("componentId", "component", "description", "description", "kind", "kind", "value.amount", "valueAmount",
                "value.currency", "valueCurrency", "maintenancePayer", "maintenancePayer", "maintenancePlan", "maintenancePlan",
                "maintenanceBudget.amount", "maintenanceAmount", "maintenanceBudget.currency", "maintenanceCurrency"), item,
                () -> projects.addItem(id, required(item, "component", "componentId"), new ProjectParts.ItemInput(text(item, "description"),
                        text(item, "kind"), decimal(item, "valueAmount", "value.amount"), text(item, "valueCurrency"),
                        text(item, "recipientInstitution"), date(item, "handoverDate"), bool(item, "maintenancePlan"), text(item, "maintenancePayer"),
                        decimal(item, "maintenanceAmount", "maintenanceBudget.amount"), text(item, "maintenanceCurrency")),
                        project.version(), language.getCurrent()));
    }

    public void addCheck() {
        change("checkForm", Map.of("checkedOn", "checkedOn", "itemId", "item", "working", "working"), check, () -> {
            long itemId = required(check, "item", "itemId");
            long componentId = project.components().stream().filter(c -> c.items().stream().anyMatch(i -> i.id() == itemId))
                    .findFirst().orElseThrow(() -> new InvalidValueException("itemId", "chooseItem")).id();
            return projects.addCheck(id, componentId, itemId, new ProjectParts.CheckInput(date(check, "checkedOn"),
                    Boolean.TRUE.equals(check.get("working")), text(check, "note")), project.version(), language.getCurrent());
        });
    }

    // ---- money ----

    public void addTransaction() {
        change("transactionForm", Map.of("type", "type", "date", "date", "amount", "amount", "amount.amount", "amount",
                "amount.currency", "currency"), transaction,
                () -> projects.addTransaction(id, new ProjectParts.TransactionInput(text(transaction, "type"), date(transaction, "date"),
                        decimal(transaction, "amount", "amount"), text(transaction, "currency"), text(transaction, "providerName"), null,
                        text(transaction, "receiverName"), null, text(transaction, "description")), project.version(), language.getCurrent()));
    }

    public void removeTransaction(long transactionId) {
        change("transactionForm", Map.of(), new HashMap<>(),
                () -> projects.removeTransaction(id, transactionId, project.version(), language.getCurrent()));
    }

    public void addBudget() {
        change("budgetForm", Map.of("periodStart", "periodStart", "periodEnd", "periodEnd", "amount", "amount", "amount.amount", "amount",
                "amount.currency", "currency"), budget,
                () -> projects.addBudget(id, new ProjectParts.BudgetInput(date(budget, "periodStart"), date(budget, "periodEnd"),
                        decimal(budget, "amount", "amount"), text(budget, "currency"), text(budget, "type")), project.version(),
                        language.getCurrent()));
    }

    // ---- results ----

    public void addIndicator() {
        change("indicatorForm", Map.of("title", "title", "unit", "unit", "baselineYear", "baselineYear", "baselineValue", "baselineValue"),
                indicator, () -> projects.addIndicator(id, new ProjectParts.IndicatorInput(text(indicator, "title"), text(indicator, "unit"),
                        decimal(indicator, "baselineValue", "baselineValue"), integer(indicator, "baselineYear", "baselineYear"),
                        bool(indicator, "bySex")), project.version(), language.getCurrent()));
    }

    public void addPeriod() {
        change("periodForm", Map.of("indicatorId", "indicator", "periodStart", "periodStart", "periodEnd", "periodEnd", "target", "target",
                "actual", "actual", "targetFemale", "targetFemale"), period,
                () -> projects.addPeriod(id, required(period, "indicator", "indicatorId"), new ProjectParts.PeriodInput(date(period, "periodStart"),
                        date(period, "periodEnd"), decimal(period, "target", "target"), decimal(period, "actual", "actual"),
                        decimal(period, "targetFemale", "targetFemale"), decimal(period, "targetMale", "targetMale"),
                        decimal(period, "actualFemale", "actualFemale"), decimal(period, "actualMale", "actualMale")),
                        project.version(), language.getCurrent()));
    }

    // ---- needs ----

    /** Opens the "link needs" dialog: the recipient countries' needs not linked yet, open ones first. */
    public void openLinks() {
        candidates = projects.candidates(id, language.getCurrent());
        chosen = new ArrayList<>();
        link.clear();
    }

    public void linkNeeds() {
        change("linkForm", Map.of("needId", "candidates", "extent", "extent", "note", "note"), link, () -> {
            if (chosen == null || chosen.isEmpty()) {
                throw new InvalidValueException("needId", FacesMessages.text("project.links.chooseOne"));
            }
            List<ProjectParts.NeedLinkInput> inputs = chosen.stream()
                    .map(c -> new ProjectParts.NeedLinkInput(c.needId(), text(link, "extent"), text(link, "note"))).toList();
            return projects.linkNeeds(id, inputs, project.version(), language.getCurrent());
        });
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            org.primefaces.PrimeFaces.current().executeScript("PF('linkDialog').hide()");
        }
    }

    public void unlinkNeed(long needId) {
        change("needsForm", Map.of(), new HashMap<>(), () -> projects.unlinkNeed(id, needId, project.version(), language.getCurrent()));
    }

    // ---- reading the typed values ----

    private static String text(Map<String, Object> form, String key) {
        Object v = form.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private static BigDecimal decimal(Map<String, Object> form, String key, String field) {
        String v = text(form, key);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, FacesMessages.text("form.notANumber"));
        }
    }

    private static Integer integer(Map<String, Object> form, String key, String field) {
        String v = text(form, key);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, FacesMessages.text("form.notAWholeNumber"));
        }
    }

    private static LocalDate date(Map<String, Object> form, String key) {
        Object v = form.get(key);
        return v instanceof LocalDate d ? d : null;
    }

    private static Boolean bool(Map<String, Object> form, String key) {
        return Boolean.TRUE.equals(form.get(key));
    }

    private static long required(Map<String, Object> form, String key, String field) {
        String v = text(form, key);
        if (v == null) {
            throw new InvalidValueException(field, FacesMessages.text("form.required"));
        }
        return Long.parseLong(v);
    }

    // ---- what the page shows ----

    public List<ProjectViews.ComponentView> componentsOf(String kind) {
        return project == null ? List.of() : project.components().stream().filter(c -> c.kind().equals(kind)).toList();
    }

    public List<ProjectViews.ItemView> getItems() {
        return project == null ? List.of() : project.components().stream().flatMap(c -> c.items().stream()).toList();
    }

    public List<CodeListView.CodeView> codes(String list) {
        return lists.computeIfAbsent(list, l -> codeLists.find(l, language.getCurrent()).map(CodeListView::codes).orElse(List.of()));
    }

    /** The name of a code in the reader's language, or the code itself. */
    public String codeName(String list, String code) {
        return codes(list).stream().filter(c -> c.code().equals(code)).map(CodeListView.CodeView::name).findFirst().orElse(code);
    }

    public PartnerRole[] getRoles() { return PartnerRole.values(); }
    public SscRole[] getSscRoles() { return SscRole.values(); }
    public ContributionKind[] getContributionKinds() { return ContributionKind.values(); }
    public ComponentKind[] getComponentKinds() { return ComponentKind.values(); }
    public TrainingModality[] getTrainingModalities() { return TrainingModality.values(); }
    public TrainingType[] getTrainingTypes() { return TrainingType.values(); }
    public MaterialKind[] getMaterialKinds() { return MaterialKind.values(); }
    public TransactionType[] getTransactionTypes() { return TransactionType.values(); }
    public BudgetType[] getBudgetTypes() { return BudgetType.values(); }
    public LinkExtent[] getExtents() { return LinkExtent.values(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProjectViews.Detail getProject() { return project; }

    /** The date of the project's last import, in the reader's language; {@code null} for a project recorded here. */
    public String getImportedOn() {
        return project == null || project.source() == null ? null
                : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(language.getLocale())
                        .format(project.source().importedAt().atZone(java.time.ZoneOffset.UTC));
    }
    public Map<String, Object> getPartner() { return partner; }
    public Map<String, Object> getComponent() { return component; }
    public Map<String, Object> getEvent() { return event; }
    public Map<String, Object> getItem() { return item; }
    public Map<String, Object> getCheck() { return check; }
    public Map<String, Object> getTransaction() { return transaction; }
    public Map<String, Object> getBudget() { return budget; }
    public Map<String, Object> getIndicator() { return indicator; }
    public Map<String, Object> getPeriod() { return period; }
    public Map<String, Object> getLink() { return link; }
    public List<ProjectViews.Candidate> getCandidates() { return candidates; }
    public List<ProjectViews.Candidate> getChosen() { return chosen; }
    public void setChosen(List<ProjectViews.Candidate> chosen) { this.chosen = chosen; }
}
