package org.tatracker.indicator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatracker.assessment.entity.NeedStatus;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.PartnerRole;
import org.tatracker.project.entity.ProjectStatus;
import org.tatracker.project.entity.SscRole;

/** The portfolio in memory selects what the project list's SQL filters select, counts needs by scope, and changes by copy. */
class PortfolioTest {

    static Portfolio.Project project(long id, String title, Integer start, Integer end) {
        return new Portfolio.Project(id, ProjectStatus.IMPLEMENTATION, Modality.SOUTH_SOUTH, true, false, true, start, end,
                new BigDecimal("100.00"), new BigDecimal("10.00"), 5, 3, true, false, true, "|002|014|", "|15130|15210|", title, "XM-1-" + id,
                List.of(new Portfolio.Share("404", new BigDecimal("100"))),
                List.of(new Portfolio.Party("Donor A", PartnerRole.FUNDING, "826", null),
                        new Portfolio.Party("Agency B", PartnerRole.IMPLEMENTING, "076", SscRole.PROVIDER)),
                List.of(new Portfolio.Year(2022, new BigDecimal("100.00"), BigDecimal.ZERO)), List.of(), List.of(7L));
    }

    static Portfolio.Selection only(String country, String region, String donor, String implementer, Modality modality, ComponentKind kind,
            String sector, ProjectStatus status, Integer year, String text) {
        return new Portfolio.Selection(country, region, donor, implementer, modality, kind, sector, status, year, text);
    }

    @Test
    void selectsAsTheProjectListFilters() {
        Portfolio.Project p = project(1, "court management in nairobi", 2021, 2023);
        assertTrue(only(null, null, null, null, null, null, null, null, null, null).selects(p));
        assertTrue(only("404", null, null, null, null, null, null, null, null, null).selects(p));
        assertFalse(only("800", null, null, null, null, null, null, null, null, null).selects(p));
        assertFalse(only(Portfolio.Selection.NOWHERE, null, null, null, null, null, null, null, null, null).selects(p));
        assertTrue(only(null, "014", null, null, null, null, null, null, null, null).selects(p));
        assertFalse(only(null, "01", null, null, null, null, null, null, null, null).selects(p), "a region matches whole codes");
        assertTrue(only(null, null, "Donor A", null, null, null, null, null, null, null).selects(p));
        assertFalse(only(null, null, "Agency B", null, null, null, null, null, null, null).selects(p), "a donor is a funding partner");
        assertTrue(only(null, null, null, "Agency B", null, null, null, null, null, null).selects(p));
        assertTrue(only(null, null, null, null, null, null, "151", null, null, null).selects(p), "a DAC category selects its codes");
        assertTrue(only(null, null, null, null, null, null, "15130", null, null, null).selects(p));
        assertTrue(only(null, null, null, null, null, null, "1513", null, null, null).selects(p), "a shorter code is a prefix, as in SQL");
        assertFalse(only(null, null, null, null, null, null, "15110", null, null, null).selects(p));
        assertTrue(only(null, null, null, null, Modality.SOUTH_SOUTH, ComponentKind.TRAINING, null, ProjectStatus.IMPLEMENTATION, null, null)
                .selects(p));
        assertFalse(only(null, null, null, null, Modality.TRIANGULAR, null, null, null, null, null).selects(p));
        assertFalse(only(null, null, null, null, null, ComponentKind.MATERIAL, null, null, null, null).selects(p));
        assertFalse(only(null, null, null, null, null, null, null, ProjectStatus.CLOSED, null, null).selects(p));
    }

    @Test
    void yearsAreTheProjectsRunningThen() {
        assertTrue(only(null, null, null, null, null, null, null, null, 2021, null).selects(project(1, "t", 2021, 2023)));
        assertTrue(only(null, null, null, null, null, null, null, null, 2023, null).selects(project(1, "t", 2021, 2023)));
        assertFalse(only(null, null, null, null, null, null, null, null, 2024, null).selects(project(1, "t", 2021, 2023)));
        assertFalse(only(null, null, null, null, null, null, null, null, 2020, null).selects(project(1, "t", 2021, 2023)));
        assertTrue(only(null, null, null, null, null, null, null, null, 2030, null).selects(project(1, "t", 2021, null)), "no end: running");
        assertFalse(only(null, null, null, null, null, null, null, null, 2030, null).selects(project(1, "t", null, null)),
                "no start: SQL's NULL <= year is not true");
    }

    @Test
    void textIsLikeTheSearchBox() {
        Portfolio.Project p = project(3, "court management in nairobi", 2021, 2023);
        assertTrue(only(null, null, null, null, null, null, null, null, null, "  MANAGEMENT ").selects(p));
        assertTrue(only(null, null, null, null, null, null, null, null, null, "man_gement").selects(p), "_ is any one character");
        assertTrue(only(null, null, null, null, null, null, null, null, null, "man%gement").selects(p), "% is any one character too");
        assertFalse(only(null, null, null, null, null, null, null, null, null, "man%%gement").selects(p));
        assertFalse(only(null, null, null, null, null, null, null, null, null, "prison").selects(p));
        assertTrue(only(null, null, null, null, null, null, null, null, null, "XM-1-3").selects(p), "or the IATI identifier exactly");
        assertTrue(only(null, null, null, null, null, null, null, null, null, "a.b").selects(project(4, "xa.by", 2021, null)));
        assertFalse(only(null, null, null, null, null, null, null, null, null, "a.b").selects(project(4, "xazby", 2021, null)),
                "regular-expression characters are literal");
    }

    @Test
    void needsCountByScopeAndChangesMakeACopy() {
        Portfolio.CountryNeeds needs = new Portfolio.CountryNeeds(Set.of(),
                List.of(new Portfolio.NeedGroup("404", true, Priority.HIGH, NeedStatus.OPEN, 3),
                        new Portfolio.NeedGroup("404", false, Priority.HIGH, NeedStatus.OPEN, 2),
                        new Portfolio.NeedGroup("508", false, Priority.LOW, NeedStatus.ADDRESSED, 5)),
                List.of(new Portfolio.OpenCost("404", true, "USD", 3, new BigDecimal("300.00"))),
                List.of(new Portfolio.Need(7, Priority.HIGH, NeedStatus.OPEN, true, true, "404")));
        Portfolio before = new Portfolio(List.of(project(1, "a", 2021, null), project(2, "b", 2021, null)), needs);
        Portfolio.NeedScope everyone = new Portfolio.NeedScope(null, false, Set.of());
        Portfolio.NeedScope admin = new Portfolio.NeedScope(null, true, Set.of());
        Portfolio.NeedScope kenyaOffice = new Portfolio.NeedScope(Set.of("404"), false, Set.of("404"));
        assertEquals(3, before.needGroups(everyone).stream().mapToLong(Portfolio.NeedGroup::count).sum());
        assertEquals(10, before.needGroups(admin).stream().mapToLong(Portfolio.NeedGroup::count).sum());
        assertEquals(5, before.needGroups(kenyaOffice).stream().mapToLong(Portfolio.NeedGroup::count).sum());
        assertEquals(1, before.openCosts(everyone).size());

        Portfolio after = before.with(Set.of(1L, 9L), List.of(project(9, "new", 2022, null)), new Portfolio.CountryNeeds(Set.of("404"),
                List.of(new Portfolio.NeedGroup("404", true, Priority.HIGH, NeedStatus.ADDRESSED, 3)), List.of(),
                List.of(new Portfolio.Need(7, Priority.HIGH, NeedStatus.ADDRESSED, true, true, "404"))));
        assertEquals(2, before.size());
        assertEquals(Set.of(1L, 2L), Set.copyOf(before.projects().stream().map(Portfolio.Project::id).toList()), "the old copy is unchanged");
        assertEquals(Set.of(2L, 9L), Set.copyOf(after.projects().stream().map(Portfolio.Project::id).toList()), "1 deleted, 9 added");
        assertEquals(NeedStatus.OPEN, before.need(7).status());
        assertEquals(NeedStatus.ADDRESSED, after.need(7).status());
        assertEquals(8, after.needGroups(admin).stream().mapToLong(Portfolio.NeedGroup::count).sum(), "Kenya's groups replaced, 508's kept");
        assertTrue(after.openCosts(admin).isEmpty());
        assertNull(after.need(8));
    }
}
