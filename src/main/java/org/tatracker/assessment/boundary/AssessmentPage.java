package org.tatracker.assessment.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tatracker.assessment.control.AssessmentViews;
import org.tatracker.assessment.entity.ValidationMethod;
import org.tatracker.i18n.boundary.LanguageSelection;
import org.tatracker.platform.boundary.FacesMessages;

/** assessment.xhtml?id=N: one assessment, read-only and printable, with the workflow steps the reader may take. */
@Named
@ViewScoped
public class AssessmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("validatedOn", "steps:validatedOn", "method", "steps:method",
            "signatory", "steps:signatory", "reason", "steps:reason");

    @Inject
    Assessments assessments;

    @Inject
    LanguageSelection language;

    private Long id;
    private AssessmentViews.Detail assessment;
    private List<AssessmentViews.Summary> versions;
    private LocalDate validatedOn;
    private ValidationMethod method;
    private String signatory;
    private String reason;

    public void load() throws IOException {
        var found = id == null ? java.util.Optional.<AssessmentViews.Detail>empty() : assessments.find(id, language.getCurrent());
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        show(found.get());
    }

    private void show(AssessmentViews.Detail detail) {
        assessment = detail;
        id = detail.id();
        versions = assessments.versions(detail.id(), language.getCurrent());
    }

    public String perform(String action) {
        try {
            AssessmentViews.Detail result = assessments.transition(id, new TransitionInput(action, validatedOn,
                    method == null ? null : method.name(), signatory, reason, assessment.version()), language.getCurrent());
            FacesMessages.info("assessment.stepDone");
            if (result.id() != id) {
                return "/assessment?faces-redirect=true&id=" + result.id();
            }
            show(result);
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, FIELDS)) {
                throw e;
            }
        }
        return null;
    }

    public boolean may(String action) {
        return assessment != null && assessment.allowedActions().contains(action);
    }

    public ValidationMethod[] getMethods() {
        return ValidationMethod.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssessmentViews.Detail getAssessment() {
        return assessment;
    }

    public List<AssessmentViews.Summary> getVersions() {
        return versions;
    }

    public LocalDate getValidatedOn() {
        return validatedOn;
    }

    public void setValidatedOn(LocalDate validatedOn) {
        this.validatedOn = validatedOn;
    }

    public ValidationMethod getMethod() {
        return method;
    }

    public void setMethod(ValidationMethod method) {
        this.method = method;
    }

    public String getSignatory() {
        return signatory;
    }

    public void setSignatory(String signatory) {
        this.signatory = signatory;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
