package org.tatracker.home.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tatracker.assessment.boundary.Assessments;
import org.tatracker.assessment.control.AssessmentQuery;
import org.tatracker.assessment.control.AssessmentViews;
import org.tatracker.assessment.entity.AssessmentStatus;
import org.tatracker.i18n.boundary.LanguageSelection;
import org.tatracker.indicator.boundary.Indicators;
import org.tatracker.indicator.control.Dashboard;
import org.tatracker.project.boundary.Projects;
import org.tatracker.project.control.ProjectQuery;
import org.tatracker.security.boundary.CurrentUser;

/**
 * worklist.xhtml: what a field office (or a government) has to do in the countries its account covers: assessments
 * still in progress, needs that no active or completed project answers, and running projects whose record lacks
 * results or sustainability data. Every list comes from the facades, so the same access rules apply.
 */
@Named
@ViewScoped
public class Worklist implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX = 50;
    static final List<AssessmentStatus> IN_PROGRESS = List.of(AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED, AssessmentStatus.DISPUTED,
            AssessmentStatus.SHARED);

    @Inject
    CurrentUser currentUser;

    @Inject
    Assessments assessments;

    @Inject
    Indicators indicators;

    @Inject
    Projects projects;

    @Inject
    LanguageSelection language;

    private List<String> countries = List.of();
    private final List<AssessmentViews.Summary> inProgress = new ArrayList<>();
    private final List<Dashboard.UnmetNeed> unmet = new ArrayList<>();
    private List<Projects.Incomplete> incomplete = List.of();

    @PostConstruct
    void load() {
        countries = new ArrayList<>(new TreeSet<>(currentUser.actor().countries()));
        for (String iso3 : countries) {
            for (AssessmentStatus status : IN_PROGRESS) {
                inProgress.addAll(assessments.list(new AssessmentQuery(iso3, status, null, null, null, null, AssessmentQuery.Sort.MISSION_START,
                        true, 0, MAX), language.getCurrent()).items());
            }
            unmet.addAll(indicators.unmetNeeds(ProjectQuery.ofCountry(iso3, 1), null, 0, MAX, language.getCurrent()));
        }
        incomplete = projects.incomplete(countries, MAX, language.getCurrent());
    }

    public List<String> getCountries() {
        return countries;
    }

    public List<AssessmentViews.Summary> getInProgress() {
        return inProgress;
    }

    public List<Dashboard.UnmetNeed> getUnmet() {
        return unmet;
    }

    public List<Projects.Incomplete> getIncomplete() {
        return incomplete;
    }
}
