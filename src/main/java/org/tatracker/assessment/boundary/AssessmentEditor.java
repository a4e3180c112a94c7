package org.tatracker.assessment.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.FlowEvent;
import org.tatracker.assessment.control.AssessmentViews;
import org.tatracker.assessment.control.NeedSheet;
import org.tatracker.assessment.entity.AssistanceKind;
import org.tatracker.assessment.entity.Framework;
import org.tatracker.assessment.entity.NeedCategory;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.codelist.boundary.CodeLists;
import org.tatracker.codelist.control.CodeListView;
import org.tatracker.i18n.boundary.LanguageSelection;
import org.tatracker.platform.boundary.FacesMessages;

/**
 * assessment-edit.xhtml[?id=N]: the guided form of a draft assessment. Each step of the wizard saves
 * the draft (creating it at the first step), so nothing typed is lost; needs are edited inline and
 * can be uploaded from a CSV or XLSX sheet.
 */
@Named
@ViewScoped
public class AssessmentEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("countryIso3", "editor:country"), Map.entry("title", "editor:title"), Map.entry("framework", "editor:framework"),
            Map.entry("cjatTools", "editor:cjatTools"), Map.entry("congressTopics", "editor:topics"), Map.entry("methods", "editor:methods"),
            Map.entry("missionEnd", "editor:missionEnd"), Map.entry("leadOfficeId", "editor:country"),
            Map.entry("team.person", "editor:team"), Map.entry("team.role", "editor:team"), Map.entry("sources.description", "editor:sources"),
            Map.entry("requestReference", "editor:requestReference"), Map.entry("requestedByAgency", "editor:requestedByAgency"));
    private static final Map<String, String> NEED_FIELDS = Map.ofEntries(
            Map.entry("cjatArea", "editor:needArea"), Map.entry("description", "editor:needDescription"), Map.entry("kinds", "editor:needKinds"),
            Map.entry("category", "editor:needCategory"), Map.entry("priority", "editor:needPriority"),
            Map.entry("institutions", "editor:needInstitutions"), Map.entry("groups", "editor:needGroups"),
            Map.entry("cost.amount", "editor:needCost"), Map.entry("cost.currency", "editor:needCurrency"));

    @Inject
    Assessments assessments;

    @Inject
    CodeLists codeLists;

    @Inject
    LanguageSelection language;

    private Long id;
    private Long version;
    private String country;
    private String title;
    private Framework framework = Framework.CJAT;
    private List<String> cjatTools = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private List<String> methods = new ArrayList<>();
    private String requestedByAgency;
    private String requestReference;
    private LocalDate requestDate;
    private String counterpartAgency;
    private String focalPoint;
    private String team;
    private String sources;
    private LocalDate missionStart;
    private LocalDate missionEnd;
    private String findings;
    private String recommendations;
    private boolean publicationConsent;
    private List<AssessmentViews.NeedView> needs = new ArrayList<>();

    private Long needId;
    private Long needVersion;
    private String needArea;
    private String needDescription;
    private List<String> needKinds = new ArrayList<>();
    private NeedCategory needCategory;
    private Priority needPriority = Priority.MEDIUM;
    private List<String> needInstitutions = new ArrayList<>();
    private List<String> needGroups = new ArrayList<>();
    private BigDecimal needCost;
    private String needCurrency = "USD";
    private transient jakarta.servlet.http.Part sheet;

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        Optional<AssessmentViews.Detail> found = assessments.find(id, language.getCurrent());
        if (found.isEmpty() || !found.get().editable()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(found.isEmpty() ? 404 : 403, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        show(found.get());
    }

    private void show(AssessmentViews.Detail a) {
        id = a.id();
        version = a.version();
        country = a.countryIso3();
        title = a.title();
        framework = Framework.valueOf(a.framework());
        cjatTools = new ArrayList<>(a.cjatTools());
        topics = new ArrayList<>(a.congressTopics());
        methods = new ArrayList<>(a.methods());
        requestedByAgency = a.requestedByAgency();
        requestReference = a.requestReference();
        requestDate = a.requestDate();
        counterpartAgency = a.counterpartAgency();
        focalPoint = a.focalPoint();
        team = String.join("\n", a.team().stream().map(m -> String.join(" | ", nz(m.person()), nz(m.organisation()), nz(m.countryIso3()),
                m.role().toLowerCase())).toList());
        sources = String.join("\n", a.sources().stream().map(s -> String.join(" | ", nz(s.description()), nz(s.kind()),
                s.date() == null ? "" : s.date().toString())).toList());
        missionStart = a.missionStart();
        missionEnd = a.missionEnd();
        findings = a.findings();
        recommendations = a.recommendations();
        publicationConsent = a.publicationConsent();
        needs = new ArrayList<>(a.needs());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Saves the draft at every step; stays on the step when something was refused. */
    public String onFlow(FlowEvent event) {
        return save() ? event.getNewStep() : event.getOldStep();
    }

    public boolean save() {
        try {
            AssessmentInput input = new AssessmentInput(country, title, framework.name(), cjatTools, topics, methods,
                    requestedByAgency, requestReference, requestDate, counterpartAgency, focalPoint, null,
                    teamLines(), sourceLines(), missionStart, missionEnd, findings, recommendations, publicationConsent, version);
            show(id == null ? assessments.create(input, language.getCurrent()) : assessments.update(id, input, language.getCurrent()));
            FacesMessages.info("editor.saved");
            return true;
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, FIELDS)) {
                throw e;
            }
            return false;
        }
    }

    private List<AssessmentInput.TeamMemberInput> teamLines() {
        List<AssessmentInput.TeamMemberInput> members = new ArrayList<>();
        for (String[] cells : lines(team)) {
            members.add(new AssessmentInput.TeamMemberInput(cell(cells, 0), cell(cells, 1), cell(cells, 2),
                    cell(cells, 3) == null ? "assessor" : cell(cells, 3)));
        }
        return members;
    }

    private List<AssessmentInput.SourceInput> sourceLines() {
        List<AssessmentInput.SourceInput> list = new ArrayList<>();
        for (String[] cells : lines(sources)) {
            LocalDate date = null;
            if (cell(cells, 2) != null) {
                try {
                    date = LocalDate.parse(cell(cells, 2));
                } catch (DateTimeParseException e) {
                    throw new org.tatracker.platform.entity.InvalidValueException("sources.description", "dateFormat", cell(cells, 2));
                }
            }
            list.add(new AssessmentInput.SourceInput(cell(cells, 0), cell(cells, 1), date));
        }
        return list;
    }

    private static List<String[]> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).map(l -> l.split("\\|", -1)).toList();
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length && !cells[i].isBlank() ? cells[i].strip() : null;
    }

    // ---- needs ----

    public void saveNeed() {
        if (id == null && !save()) {
            return;
        }
        NeedInput input = new NeedInput(needArea, needDescription, needKinds, needCategory == null ? null : needCategory.name(),
                needPriority == null ? null : needPriority.name(), needInstitutions, needGroups, null, null, null, needCost,
                needCost == null ? null : needCurrency, needVersion);
        try {
            if (needId == null) {
                assessments.addNeed(id, input);
            } else {
                assessments.updateNeed(id, needId, input);
            }
            clearNeed();
            reload();
            FacesMessages.info("editor.needSaved");
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, NEED_FIELDS)) {
                throw e;
            }
        }
    }

    public void editNeed(AssessmentViews.NeedView n) {
        needId = n.id();
        needVersion = n.version();
        needArea = n.cjatArea();
        needDescription = n.description();
        needKinds = new ArrayList<>(n.kinds());
        needCategory = NeedCategory.valueOf(n.category());
        needPriority = Priority.valueOf(n.priority());
        needInstitutions = new ArrayList<>(n.references().getOrDefault("target_institution", java.util.Set.of()));
        needGroups = new ArrayList<>(n.references().getOrDefault("target_group", java.util.Set.of()));
        needCost = n.costAmount();
        needCurrency = n.costCurrency() == null ? "USD" : n.costCurrency();
    }

    public void removeNeed(long need) {
        assessments.removeNeed(id, need);
        reload();
    }

    public void clearNeed() {
        needId = null;
        needVersion = null;
        needArea = null;
        needDescription = null;
        needKinds = new ArrayList<>();
        needCategory = null;
        needPriority = Priority.MEDIUM;
        needInstitutions = new ArrayList<>();
        needGroups = new ArrayList<>();
        needCost = null;
        needCurrency = "USD";
    }

    public void upload() {
        if (id == null && !save()) {
            return;
        }
        if (sheet == null || sheet.getSize() == 0) {
            FacesMessages.error("editor:sheet", "editor.noFile");
            return;
        }
        if (sheet.getSize() > AssessmentsResource.MAX_UPLOAD_BYTES) {
            FacesMessages.error("editor:sheet", "editor.fileTooLarge");
            return;
        }
        byte[] content;
        try (java.io.InputStream in = sheet.getInputStream()) {
            content = in.readAllBytes();
        } catch (java.io.IOException e) {
            FacesMessages.error("editor:sheet", "editor.noFile");
            return;
        }
        String name = sheet.getSubmittedFileName() == null ? "" : sheet.getSubmittedFileName().toLowerCase(java.util.Locale.ROOT);
        try {
            assessments.importNeeds(id, name.endsWith(".xlsx") ? NeedSheet.xlsx(content) : NeedSheet.csv(content));
            reload();
            FacesMessages.info("editor.imported");
        } catch (ImportRefusedException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            refused.problems().forEach(p -> faces.addMessage("editor:sheet", new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, p.text(faces.getViewRoot().getLocale()), null)));
        }
    }

    private void reload() {
        show(assessments.find(id, language.getCurrent()).orElseThrow());
    }

    public String finish() {
        return save() ? "/assessment?faces-redirect=true&id=" + id : null;
    }

    // ---- choices ----

    public List<CodeListView.CodeView> codes(String list) {
        return codeLists.find(list, language.getCurrent()).map(CodeListView::codes).orElse(List.of());
    }

    public Framework[] getFrameworks() {
        return Framework.values();
    }

    public AssistanceKind[] getKinds() {
        return AssistanceKind.values();
    }

    public NeedCategory[] getCategories() {
        return NeedCategory.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    // ---- properties ----

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isNew() { return id == null; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Framework getFramework() { return framework; }
    public void setFramework(Framework framework) { this.framework = framework; }
    public List<String> getCjatTools() { return cjatTools; }
    public void setCjatTools(List<String> cjatTools) { this.cjatTools = cjatTools; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics; }
    public List<String> getMethods() { return methods; }
    public void setMethods(List<String> methods) { this.methods = methods; }
    public String getRequestedByAgency() { return requestedByAgency; }
    public void setRequestedByAgency(String v) { this.requestedByAgency = v; }
    public String getRequestReference() { return requestReference; }
    public void setRequestReference(String v) { this.requestReference = v; }
    public LocalDate getRequestDate() { return requestDate; }
    public void setRequestDate(LocalDate v) { this.requestDate = v; }
    public String getCounterpartAgency() { return counterpartAgency; }
    public void setCounterpartAgency(String v) { this.counterpartAgency = v; }
    public String getFocalPoint() { return focalPoint; }
    public void setFocalPoint(String v) { this.focalPoint = v; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getSources() { return sources; }
    public void setSources(String sources) { this.sources = sources; }
    public LocalDate getMissionStart() { return missionStart; }
    public void setMissionStart(LocalDate v) { this.missionStart = v; }
    public LocalDate getMissionEnd() { return missionEnd; }
    public void setMissionEnd(LocalDate v) { this.missionEnd = v; }
    public String getFindings() { return findings; }
    public void setFindings(String v) { this.findings = v; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String v) { this.recommendations = v; }
    public boolean isPublicationConsent() { return publicationConsent; }
    public void setPublicationConsent(boolean v) { this.publicationConsent = v; }
    public List<AssessmentViews.NeedView> getNeeds() { return needs; }
    public Long getNeedId() { return needId; }
    public String getNeedArea() { return needArea; }
    public void setNeedArea(String v) { this.needArea = v; }
    public String getNeedDescription() { return needDescription; }
    public void setNeedDescription(String v) { this.needDescription = v; }
    public List<String> getNeedKinds() { return needKinds; }
    public void setNeedKinds(List<String> v) { this.needKinds = v; }
    public NeedCategory getNeedCategory() { return needCategory; }
    public void setNeedCategory(NeedCategory v) { this.needCategory = v; }
    public Priority getNeedPriority() { return needPriority; }
    public void setNeedPriority(Priority v) { this.needPriority = v; }
    public List<String> getNeedInstitutions() { return needInstitutions; }
    public void setNeedInstitutions(List<String> v) { this.needInstitutions = v; }
    public List<String> getNeedGroups() { return needGroups; }
    public void setNeedGroups(List<String> v) { this.needGroups = v; }
    public BigDecimal getNeedCost() { return needCost; }
    public void setNeedCost(BigDecimal v) { this.needCost = v; }
    public String getNeedCurrency() { return needCurrency; }
    public void setNeedCurrency(String v) { this.needCurrency = v; }
    public jakarta.servlet.http.Part getSheet() { return sheet; }
    public void setSheet(jakarta.servlet.http.Part sheet) { this.sheet = sheet; }
}
