package org.tatracker.project.control;

import java.util.Collection;
import org.tatracker.assessment.entity.NeedStatus;
import org.tatracker.project.entity.LinkExtent;
import org.tatracker.project.entity.ProjectStatus;

/**
 * A need's status follows the projects linked to it: open while no active or completed project
 * answers it; otherwise partly addressed or addressed, the furthest extent set on such a link. A
 * need marked no longer relevant stays so. Pipeline, suspended and cancelled projects do not count.
 */
public final class NeedStatusRule {

    /** One link as the rule sees it: how far it answers the need, and where its project stands. */
    public record Link(LinkExtent extent, ProjectStatus projectStatus) {
    }

    private NeedStatusRule() {
    }

    public static NeedStatus derive(NeedStatus current, Collection<Link> links) {
        if (current == NeedStatus.NO_LONGER_RELEVANT) {
            return current;
        }
        boolean partly = false;
        for (Link link : links) {
            if (link.projectStatus().answersNeeds()) {
                if (link.extent() == LinkExtent.ADDRESSED) {
                    return NeedStatus.ADDRESSED;
                }
                partly = true;
            }
        }
        return partly ? NeedStatus.PARTLY_ADDRESSED : NeedStatus.OPEN;
    }
}
