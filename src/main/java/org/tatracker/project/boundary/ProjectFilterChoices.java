package org.tatracker.project.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tatracker.country.boundary.Countries;
import org.tatracker.country.entity.M49Area;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.ProjectStatus;

/**
 * The choices of the project filters (funders, implementers, regions and sub-regions, modalities, kinds, statuses), read once
 * per view: the project list and the dashboard offer the same filters.
 */
@Dependent
public class ProjectFilterChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Inject
    Countries countries;

    private List<String> donors;
    private List<String> implementers;
    private List<M49Area.Unit> regions;

    public List<String> donors() {
        if (donors == null) {
            donors = projects.partnerNames(PartnerRole.FUNDING);
        }
        return donors;
    }

    public List<String> implementers() {
        if (implementers == null) {
            implementers = projects.partnerNames(PartnerRole.IMPLEMENTING);
        }
        return implementers;
    }

    /** Regions, then the sub-regions of each. */
    public List<M49Area.Unit> regions() {
        if (regions == null) {
            regions = new ArrayList<>(countries.regions());
            for (M49Area.Unit r : countries.regions()) {
                regions.addAll(countries.subRegions(r.code()));
            }
        }
        return regions;
    }

    public Modality[] modalities() {
        return Modality.values();
    }

    public ComponentKind[] kinds() {
        return ComponentKind.values();
    }

    public ProjectStatus[] statuses() {
        return ProjectStatus.values();
    }
}
