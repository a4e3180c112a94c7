package org.tatracker.country.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.tatracker.country.control.CountryView;
import org.tatracker.i18n.boundary.LanguageSelection;

/** country.xhtml?iso3=XXX: one country's page; an unknown code answers 404. */
@Named
@ViewScoped
public class CountryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Countries countries;

    @Inject
    LanguageSelection language;

    @Inject
    org.tatracker.assessment.boundary.Assessments assessments;

    @Inject
    org.tatracker.security.boundary.SignedIn signedIn;

    private java.util.List<org.tatracker.assessment.control.AssessmentViews.Summary> countryAssessments = java.util.List.of();

    @Inject
    org.tatracker.project.boundary.Projects projects;

    private java.util.List<org.tatracker.assessment.control.AssessmentViews.CountryNeed> needs = java.util.List.of();
    private java.util.List<org.tatracker.project.control.ProjectViews.Summary> countryProjects = java.util.List.of();
    private org.tatracker.project.control.ProjectViews.CountryAssistance assistance;

    private String iso3;
    private CountryView country;

    public void load() throws IOException {
        country = countries.find(iso3, language.getCurrent()).orElse(null);
        if (country == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        if (signedIn.isAuthenticated()) {
            countryAssessments = assessments.list(org.tatracker.assessment.control.AssessmentQuery.ofCountry(country.iso3(), 50),
                    language.getCurrent()).items();
            needs = assessments.needsOfCountry(country.iso3());
            countryProjects = projects.list(org.tatracker.project.control.ProjectQuery.ofCountry(country.iso3(), 50), language.getCurrent()).items();
            assistance = projects.assistanceTo(country.iso3());
        }
    }

    /** Needs of the country's shared and validated assessments, with the status their projects give them. */
    public java.util.List<org.tatracker.assessment.control.AssessmentViews.CountryNeed> getNeeds() {
        return needs;
    }

    /** Projects the country receives (the latest 50). */
    public java.util.List<org.tatracker.project.control.ProjectViews.Summary> getProjects() {
        return countryProjects;
    }

    public org.tatracker.project.control.ProjectViews.CountryAssistance getAssistance() {
        return assistance;
    }

    /** The assessments of the country the reader may see (signed-in readers only). */
    public java.util.List<org.tatracker.assessment.control.AssessmentViews.Summary> getAssessments() {
        return countryAssessments;
    }

    public String getIso3() {
        return iso3;
    }

    public void setIso3(String iso3) {
        this.iso3 = iso3;
    }

    public CountryView getCountry() {
        return country;
    }
}
