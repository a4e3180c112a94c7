package org.tatracker.project.boundary;

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
import java.util.List;
import java.util.Map;
import org.tatracker.codelist.boundary.CodeLists;
import org.tatracker.codelist.control.CodeListView;
import org.tatracker.i18n.boundary.LanguageSelection;
import org.tatracker.platform.boundary.FacesMessages;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.project.control.ProjectViews;
import org.tatracker.project.control.ShareLines;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.ProjectStatus;

/**
 * project-edit.xhtml[?id=N]: a project's own fields (identity, dates, countries and sectors,
 * tags, modality, theory of change, sustainability). Partners, components, money, results and
 * needs are added on the project page, part by part.
 */
@Named
@ViewScoped
public class ProjectEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** IATI PolicyMarker codes the editor offers: gender equality and climate change adaptation. */
    static final String GENDER = "1";
    static final String CLIMATE_ADAPTATION = "7";

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("reportingOrgRef", "editor:reportingOrgRef"),
            Map.entry("ownCode", "editor:ownCode"), Map.entry("title", "editor:title"), Map.entry("description", "editor:description"),
            Map.entry("status", "editor:status"), Map.entry("plannedStart", "editor:plannedStart"), Map.entry("plannedEnd", "editor:plannedEnd"),
            Map.entry("actualStart", "editor:actualStart"), Map.entry("actualEnd", "editor:actualEnd"), Map.entry("countries", "editor:countries"),
            Map.entry("recipientRegion", "editor:region"), Map.entry("sectors", "editor:sectors"), Map.entry("sdgTargets", "editor:sdgTargets"),
            Map.entry("congressTopics", "editor:topics"), Map.entry("standards", "editor:standards"), Map.entry("conventions", "editor:conventions"),
            Map.entry("policyMarkers", "editor:gender"), Map.entry("modality", "editor:modality"),
            Map.entry("theoryOfChange.problem", "editor:problem"), Map.entry("theoryOfChange.outcomes", "editor:outcomes"),
            Map.entry("sustainability.exitStrategy", "editor:exitStrategy"), Map.entry("sustainability.exitOwner", "editor:exitOwner"),
            Map.entry("sustainability.cofinancing.amount", "editor:cofinancingAmount"),
            Map.entry("sustainability.cofinancing.currency", "editor:cofinancingCurrency"),
            Map.entry("sustainability.recurrentTakenOver", "editor:recurrentTakenOver"),
            Map.entry("sustainability.recurrentFrom", "editor:recurrentFrom"),
            Map.entry("sustainability.recurrentAmount.amount", "editor:recurrentAmount"),
            Map.entry("sustainability.recurrentAmount.currency", "editor:recurrentCurrency"),
            Map.entry("sustainability.nationalSystemsPercent", "editor:nationalSystems"), Map.entry("sustainability.laws", "editor:laws"),
            Map.entry("ownerOrganisationId", "editor:ownCode"));

    @Inject
    Projects projects;

    @Inject
    CodeLists codeLists;

    @Inject
    LanguageSelection language;

    private Long id;
    private Long version;
    private String reportingOrgRef;
    private String ownCode;
    private String title;
    private String description;
    private ProjectStatus status = ProjectStatus.PIPELINE;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private LocalDate actualStart;
    private LocalDate actualEnd;
    private String countries;
    private String region;
    private String sectors;
    private List<String> sdgTargets = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private List<String> standards = new ArrayList<>();
    private List<String> conventions = new ArrayList<>();
    private String gender;
    private String climateAdaptation;
    private Modality modality;
    private String problem;
    private String outcomes;
    private String outputs;
    private String activities;
    private String assumptions;
    private String risks;
    private String exitStrategy;
    private LocalDate exitHandover;
    private String exitOwner;
    private BigDecimal cofinancingAmount;
    private String cofinancingCurrency;
    private boolean recurrentTakenOver;
    private BigDecimal recurrentAmount;
    private String recurrentCurrency;
    private LocalDate recurrentFrom;
    private BigDecimal nationalSystems;
    private String laws;

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        var found = projects.find(id, language.getCurrent()).filter(ProjectViews.Detail::editable);
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        ProjectViews.Detail p = found.get();
        version = p.version();
        reportingOrgRef = p.reportingOrgRef();
        ownCode = p.ownCode();
        title = p.title();
        description = p.description();
        status = ProjectStatus.valueOf(p.status());
        plannedStart = p.plannedStart();
        plannedEnd = p.plannedEnd();
        actualStart = p.actualStart();
        actualEnd = p.actualEnd();
        countries = ShareLines.format(p.countries().stream().map(c -> new ShareLines.Share(c.iso3(), c.percentage())).toList());
        region = p.recipientRegion();
        sectors = ShareLines.format(p.sectors().stream().map(s -> new ShareLines.Share(s.code(), s.percentage())).toList());
        sdgTargets = new ArrayList<>(p.codes().getOrDefault("sdg_target", List.of()));
        topics = new ArrayList<>(p.codes().getOrDefault("congress_topic", List.of()));
        standards = new ArrayList<>(p.codes().getOrDefault("sn_cluster", List.of()));
        conventions = new ArrayList<>(p.codes().getOrDefault("convention", List.of()));
        gender = p.policyMarkers().stream().filter(m -> m.code().equals(GENDER)).map(ProjectViews.Marker::significance).findFirst().orElse(null);
        climateAdaptation = p.policyMarkers().stream().filter(m -> m.code().equals(CLIMATE_ADAPTATION)).map(ProjectViews.Marker::significance)
                .findFirst().orElse(null);
        modality = p.modality() == null ? null : Modality.valueOf(p.modality());
        var t = p.theoryOfChange();
        problem = t.problem();
        outcomes = t.outcomes();
        outputs = t.outputs();
        activities = t.activities();
        assumptions = t.assumptions();
        risks = t.risks();
        var s = p.sustainability();
        exitStrategy = s.exitStrategy();
        exitHandover = s.exitHandover();
        exitOwner = s.exitOwner();
        cofinancingAmount = s.cofinancingAmount();
        cofinancingCurrency = s.cofinancingCurrency();
        recurrentTakenOver = s.recurrentTakenOver();
        recurrentAmount = s.recurrentAmount();
        recurrentCurrency = s.recurrentCurrency();
        recurrentFrom = s.recurrentFrom();
        nationalSystems = s.nationalSystemsPercent();
        laws = String.join("\n", s.laws().stream().map(l -> l.adoptedOn() == null ? l.reference() : l.reference() + "; " + l.adoptedOn()).toList());
    }

    public String save() {
        try {
            ProjectInput input = input();
            ProjectViews.Detail saved = id == null ? projects.create(input, language.getCurrent()) : projects.update(id, input, language.getCurrent());
            return "/project?faces-redirect=true&id=" + saved.id();
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, FIELDS)) {
                throw e;
            }
            return null;
        }
    }

    ProjectInput input() {
        List<ProjectInput.CountryInput> cs = ShareLines.parse(countries, "countries").stream()
                .map(s -> new ProjectInput.CountryInput(s.code(), s.percentage())).toList();
        List<ProjectInput.ShareInput> ss = ShareLines.parse(sectors, "sectors").stream()
                .map(s -> new ProjectInput.ShareInput(s.code(), s.percentage())).toList();
        List<ProjectInput.MarkerInput> markers = new ArrayList<>();
        if (gender != null && !gender.isBlank()) {
            markers.add(new ProjectInput.MarkerInput(GENDER, gender));
        }
        if (climateAdaptation != null && !climateAdaptation.isBlank()) {
            markers.add(new ProjectInput.MarkerInput(CLIMATE_ADAPTATION, climateAdaptation));
        }
        return new ProjectInput(reportingOrgRef, ownCode, null, title, description, status.name(), plannedStart, plannedEnd, actualStart,
                actualEnd, cs, region, ss, sdgTargets, topics, standards, conventions, markers, modality == null ? null : modality.name(),
                new ProjectInput.TheoryInput(problem, outcomes, outputs, activities, assumptions, risks),
                new ProjectInput.SustainabilityInput(exitStrategy, exitHandover, exitOwner, cofinancingAmount, cofinancingCurrency,
                        recurrentTakenOver, recurrentAmount, recurrentCurrency, recurrentFrom, nationalSystems, lawLines()),
                null, version);
    }

    private List<ProjectInput.LawInput> lawLines() {
        List<ProjectInput.LawInput> result = new ArrayList<>();
        if (laws == null) {
            return result;
        }
        for (String line : laws.split("\\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            LocalDate adopted = null;
            if (parts.length == 2 && !parts[1].isBlank()) {
                try {
                    adopted = LocalDate.parse(parts[1].strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidValueException("sustainability.laws", "notADate", parts[1].strip());
                }
            }
            result.add(new ProjectInput.LawInput(parts[0].strip(), adopted));
        }
        return result;
    }

    public List<CodeListView.CodeView> codes(String list) {
        return codeLists.find(list, language.getCurrent()).map(CodeListView::codes).orElse(List.of());
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public Modality[] getModalities() {
        return Modality.values();
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReportingOrgRef() { return reportingOrgRef; }
    public void setReportingOrgRef(String v) { this.reportingOrgRef = v; }
    public String getOwnCode() { return ownCode; }
    public void setOwnCode(String v) { this.ownCode = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public ProjectStatus getStatus() { return status; }
    public void setStatus(ProjectStatus v) { this.status = v; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate v) { this.plannedStart = v; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(LocalDate v) { this.plannedEnd = v; }
    public LocalDate getActualStart() { return actualStart; }
    public void setActualStart(LocalDate v) { this.actualStart = v; }
    public LocalDate getActualEnd() { return actualEnd; }
    public void setActualEnd(LocalDate v) { this.actualEnd = v; }
    public String getCountries() { return countries; }
    public void setCountries(String v) { this.countries = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { this.region = v; }
    public String getSectors() { return sectors; }
    public void setSectors(String v) { this.sectors = v; }
    public List<String> getSdgTargets() { return sdgTargets; }
    public void setSdgTargets(List<String> v) { this.sdgTargets = v; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> v) { this.topics = v; }
    public List<String> getStandards() { return standards; }
    public void setStandards(List<String> v) { this.standards = v; }
    public List<String> getConventions() { return conventions; }
    public void setConventions(List<String> v) { this.conventions = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { this.gender = v; }
    public String getClimateAdaptation() { return climateAdaptation; }
    public void setClimateAdaptation(String v) { this.climateAdaptation = v; }
    public Modality getModality() { return modality; }
    public void setModality(Modality v) { this.modality = v; }
    public String getProblem() { return problem; }
    public void setProblem(String v) { this.problem = v; }
    public String getOutcomes() { return outcomes; }
    public void setOutcomes(String v) { this.outcomes = v; }
    public String getOutputs() { return outputs; }
    public void setOutputs(String v) { this.outputs = v; }
    public String getActivities() { return activities; }
    public void setActivities(String v) { this.activities = v; }
    public String getAssumptions() { return assumptions; }
    public void setAssumptions(String v) { this.assumptions = v; }
    public String getRisks() { return risks; }
    public void setRisks(String v) { this.risks = v; }
    public String getExitStrategy() { return exitStrategy; }
    public void setExitStrategy(String v) { this.exitStrategy = v; }
    public LocalDate getExitHandover() { return exitHandover; }
    public void setExitHandover(LocalDate v) { this.exitHandover = v; }
    public String getExitOwner() { return exitOwner; }
    public void setExitOwner(String v) { this.exitOwner = v; }
    public BigDecimal getCofinancingAmount() { return cofinancingAmount; }
    public void setCofinancingAmount(BigDecimal v) { this.cofinancingAmount = v; }
    public String getCofinancingCurrency() { return cofinancingCurrency; }
    public void setCofinancingCurrency(String v) { this.cofinancingCurrency = v; }
    public boolean isRecurrentTakenOver() { return recurrentTakenOver; }
    public void setRecurrentTakenOver(boolean v) { this.recurrentTakenOver = v; }
    public BigDecimal getRecurrentAmount() { return recurrentAmount; }
    public void setRecurrentAmount(BigDecimal v) { this.recurrentAmount = v; }
    public String getRecurrentCurrency() { return recurrentCurrency; }
    public void setRecurrentCurrency(String v) { this.recurrentCurrency = v; }
    public LocalDate getRecurrentFrom() { return recurrentFrom; }
    public void setRecurrentFrom(LocalDate v) { this.recurrentFrom = v; }
    public BigDecimal getNationalSystems() { return nationalSystems; }
    public void setNationalSystems(BigDecimal v) { this.nationalSystems = v; }
    public String getLaws() { return laws; }
    public void setLaws(String v) { this.laws = v; }
}
