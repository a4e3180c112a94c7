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

    @Inject
    org.tatracker.indicator.boundary.Indicators indicators;

    private String iso3;
    private CountryView country;
    private java.util.List<Figure> figures = java.util.List.of();
    private java.util.List<org.tatracker.indicator.control.Dashboard.Participations> partners = java.util.List.of();
    private java.util.List<org.tatracker.indicator.boundary.Indicators.Provider> providers = java.util.List.of();

    /** The codes of the figures the country page shows; the dashboard filtered on the country shows all. */
    static final java.util.List<String> FIGURES = java.util.List.of("PROJECTS", "COMMITTED_USD", "NEEDS", "NEEDS_COVERED",
            "HIGH_PRIORITY_NEEDS_COVERED", "FUNDING_GAP_USD", "NEEDS_BASED", "MODALITY_SHARE_SOUTH_SOUTH", "MODALITY_SHARE_TRIANGULAR",
            "SUSTAINABILITY_INDEX", "PARTICIPANTS", "FEMALE_SHARE");

    /** One figure of the country: its indicator code and its value as the reader's locale writes it. */
    public record Figure(String code, String value) {
    }

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
            var dashboard = indicators.dashboard(org.tatracker.project.control.ProjectQuery.ofCountry(country.iso3(), 1), language.getCurrent());
            figures = FIGURES.stream().map(code -> dashboard.indicator(code).map(i -> new Figure(code,
                    org.tatracker.indicator.boundary.DashboardPage.format(i, language.getLocale())))).flatMap(java.util.Optional::stream).toList();
            partners = dashboard.participations().stream().filter(p -> !p.iso3().equals(country.iso3())).toList();
            providers = indicators.southernProvidersNear(country.iso3(), language.getCurrent(), 10);
        }
    }

    public java.util.List<Figure> getFigures() {
        return figures;
    }

    /** The countries that take part, in a South-South role, in the projects the country receives. */
    public java.util.List<org.tatracker.indicator.control.Dashboard.Participations> getPartners() {
        return partners;
    }

    /** Southern countries already providing assistance in the country's sub-region: who could help. */
    public java.util.List<org.tatracker.indicator.boundary.Indicators.Provider> getProviders() {
        return providers;
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
