package org.tatracker.project.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatracker.assessment.entity.NeedStatus;
import org.tatracker.project.control.NeedStatusRule.Link;
import org.tatracker.project.entity.LinkExtent;
import org.tatracker.project.entity.ProjectStatus;

class NeedStatusRuleTest {

    @Test
    void aNeedWithoutLinksIsOpen() {
        assertEquals(NeedStatus.OPEN, NeedStatusRule.derive(NeedStatus.PARTLY_ADDRESSED, List.of()));
    }

    @Test
    void onlyActiveOrCompletedProjectsAddressNeeds() {
        for (ProjectStatus s : List.of(ProjectStatus.PIPELINE, ProjectStatus.CANCELLED, ProjectStatus.SUSPENDED)) {
            assertEquals(NeedStatus.OPEN, NeedStatusRule.derive(NeedStatus.OPEN, List.of(new Link(LinkExtent.ADDRESSED, s))), s.name());
        }
        for (ProjectStatus s : List.of(ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION, ProjectStatus.CLOSED)) {
            assertEquals(NeedStatus.PARTLY_ADDRESSED, NeedStatusRule.derive(NeedStatus.OPEN,
                    List.of(new Link(LinkExtent.PARTLY_ADDRESSED, s))), s.name());
        }
    }

    @Test
    void theFurthestExtentOfCountingLinksWins() {
        assertEquals(NeedStatus.ADDRESSED, NeedStatusRule.derive(NeedStatus.OPEN, List.of(
                new Link(LinkExtent.PARTLY_ADDRESSED, ProjectStatus.IMPLEMENTATION), new Link(LinkExtent.ADDRESSED, ProjectStatus.CLOSED))));
        assertEquals(NeedStatus.PARTLY_ADDRESSED, NeedStatusRule.derive(NeedStatus.OPEN, List.of(
                new Link(LinkExtent.PARTLY_ADDRESSED, ProjectStatus.IMPLEMENTATION), new Link(LinkExtent.ADDRESSED, ProjectStatus.PIPELINE))));
    }

    @Test
    void aNeedNoLongerRelevantStaysSo() {
        assertEquals(NeedStatus.NO_LONGER_RELEVANT, NeedStatusRule.derive(NeedStatus.NO_LONGER_RELEVANT,
                List.of(new Link(LinkExtent.ADDRESSED, ProjectStatus.CLOSED))));
    }
}
