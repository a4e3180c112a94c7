package org.tatracker.project.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tatracker.project.entity.SampleProjects.BRAZIL;
import static org.tatracker.project.entity.SampleProjects.KENYA;
import static org.tatracker.project.entity.SampleProjects.MOZAMBIQUE;
import static org.tatracker.project.entity.SampleProjects.NORWAY;
import static org.tatracker.project.entity.SampleProjects.content;
import static org.tatracker.project.entity.SampleProjects.partner;
import static org.tatracker.project.entity.SampleProjects.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;

class ProjectRulesTest {

    static Project.Content with(Project.Content c, List<CountryShare> countries, List<SectorShare> sectors, LocalDate plannedStart,
            LocalDate plannedEnd) {
        return new Project.Content(c.title(), c.description(), c.status(), plannedStart, plannedEnd, c.actualStart(), c.actualEnd(), countries,
                c.recipientRegion(), sectors, c.codes(), c.policyMarkers(), c.modality(), c.theoryOfChange(), c.sustainability(), c.laws());
    }

    @Test
    void recipientCountryPercentagesMustTotalHundred() {
        Project.Content base = content(ProjectStatus.PIPELINE, null);
        var e = assertThrows(InvalidValueException.class, () -> Project.check(with(base,
                List.of(new CountryShare(MOZAMBIQUE, new BigDecimal("60")), new CountryShare(KENYA, new BigDecimal("30"))), base.sectors(),
                base.plannedStart(), base.plannedEnd())));
        assertEquals("countries", e.field());
        assertTrue(e.reason().contains("total 90"), e.reason());
        assertDoesNotThrow(() -> Project.check(with(base,
                List.of(new CountryShare(MOZAMBIQUE, new BigDecimal("66.67")), new CountryShare(KENYA, new BigDecimal("33.33"))),
                base.sectors(), base.plannedStart(), base.plannedEnd())));
    }

    @Test
    void sectorPercentagesMustTotalHundredExactly() {
        Project.Content base = content(ProjectStatus.PIPELINE, null);
        var e = assertThrows(InvalidValueException.class, () -> Project.check(with(base, base.countries(),
                List.of(new SectorShare("15130", new BigDecimal("33.33")), new SectorShare("15210", new BigDecimal("33.33")),
                        new SectorShare("15220", new BigDecimal("33.33"))), base.plannedStart(), base.plannedEnd())));
        assertEquals("sectors", e.field());
        assertTrue(e.reason().contains("99.99"), e.reason());
        assertDoesNotThrow(() -> Project.check(with(base, base.countries(), List.of(), base.plannedStart(), base.plannedEnd())),
                "an imported activity may name no DAC sector; the tracker's own forms require one (Projects)");
    }

    @Test
    void percentagesHaveAtMostTwoDecimalsAndArePositive() {
        assertThrows(InvalidValueException.class, () -> Percentages.requireTotal100(List.of(new BigDecimal("99.999"), new BigDecimal("0.001")), "x"));
        assertThrows(InvalidValueException.class, () -> Percentages.requireTotal100(List.of(new BigDecimal("110"), new BigDecimal("-10")), "x"));
        assertDoesNotThrow(() -> Percentages.requireTotal100(List.of(new BigDecimal("100.00")), "x"));
    }

    @Test
    void endMustNotComeBeforeStart() {
        Project.Content base = content(ProjectStatus.PIPELINE, null);
        var e = assertThrows(InvalidValueException.class, () -> Project.check(with(base, base.countries(), base.sectors(),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30))));
        assertEquals("plannedEnd", e.field());
        assertDoesNotThrow(() -> Project.check(with(base, base.countries(), base.sectors(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1))));
    }

    @Test
    void countriesOrRegionButNotBoth() {
        Project.Content c = content(ProjectStatus.PIPELINE, null);
        Project.Content both = new Project.Content(c.title(), null, c.status(), null, null, null, null, c.countries(), "298", c.sectors(),
                Map.of(), List.of(), null, null, null, List.of());
        assertEquals("recipientRegion", assertThrows(InvalidValueException.class, () -> Project.check(both)).field());
        Project.Content neither = new Project.Content(c.title(), null, c.status(), null, null, null, null, List.of(), null, c.sectors(),
                Map.of(), List.of(), null, null, null, List.of());
        assertEquals("countries", assertThrows(InvalidValueException.class, () -> Project.check(neither)).field());
    }

    @Test
    void triangularProjectUnderWayNeedsFirstProviderFacilitatorAndRecipient() {
        Project p = project(ProjectStatus.PIPELINE, Modality.TRIANGULAR);
        p.addPartner(partner("Brazilian Cooperation Agency", BRAZIL, PartnerRole.FUNDING, SscRole.FIRST_PROVIDER));
        p.addPartner(partner("Norad", NORWAY, PartnerRole.FUNDING, SscRole.FACILITATOR));
        var e = assertThrows(InvalidValueException.class, () -> p.edit(content(ProjectStatus.IMPLEMENTATION, Modality.TRIANGULAR)));
        assertEquals("modality", e.field());
        assertTrue(e.reason().contains("recipient"), e.reason());
        assertEquals(ProjectStatus.PIPELINE, p.status(), "a refused edit changes nothing");

        p.addPartner(partner("Ministry of Justice", MOZAMBIQUE, PartnerRole.IMPLEMENTING, SscRole.RECIPIENT));
        p.edit(content(ProjectStatus.IMPLEMENTATION, Modality.TRIANGULAR));
        assertEquals(ProjectStatus.IMPLEMENTATION, p.status());

        Partner facilitator = p.partners().get(1);
        assertEquals("modality", assertThrows(InvalidValueException.class, () -> p.removePartner(facilitator)).field());
        assertEquals(3, p.partners().size());
    }

    @Test
    void triangularRolesBelongToTriangularProjects() {
        Project p = project(ProjectStatus.PIPELINE, Modality.SOUTH_SOUTH);
        assertEquals("modality", assertThrows(InvalidValueException.class,
                () -> p.addPartner(partner("Norad", NORWAY, PartnerRole.FUNDING, SscRole.FACILITATOR))).field());
        assertTrue(p.partners().isEmpty());
    }

    @Test
    void southSouthProjectUnderWayNeedsProviderAndRecipient() {
        Project p = project(ProjectStatus.PIPELINE, Modality.SOUTH_SOUTH);
        p.addPartner(partner("ABC", BRAZIL, PartnerRole.FUNDING, SscRole.PROVIDER));
        assertThrows(InvalidValueException.class, () -> p.edit(content(ProjectStatus.IMPLEMENTATION, Modality.SOUTH_SOUTH)));
        p.addPartner(partner("Ministry", MOZAMBIQUE, PartnerRole.IMPLEMENTING, SscRole.RECIPIENT));
        assertDoesNotThrow(() -> p.edit(content(ProjectStatus.IMPLEMENTATION, Modality.SOUTH_SOUTH)));
    }

    @Test
    void sscRoleNeedsACountry() {
        Project p = project(ProjectStatus.PIPELINE, Modality.SOUTH_SOUTH);
        assertEquals("partners.countryIso3", assertThrows(InvalidValueException.class,
                () -> p.addPartner(partner("ABC", null, PartnerRole.FUNDING, SscRole.PROVIDER))).field());
    }

    @Test
    void totalsInUsdFollowTransactionsAndOverspendingIsReported() {
        Project p = project(ProjectStatus.IMPLEMENTATION, null);
        Transaction commitment = p.addTransaction(new Transaction.Facts(TransactionType.COMMITMENT, LocalDate.of(2024, 2, 1),
                new Money(new BigDecimal("100000.00"), "EUR", "amount"), null, null, null, null, null),
                UsdValue.convert(new BigDecimal("100000.00"), new BigDecimal("0.9239"), 2024));
        p.addTransaction(new Transaction.Facts(TransactionType.DISBURSEMENT, LocalDate.of(2024, 3, 1),
                new Money(new BigDecimal("60000"), "USD", "amount"), null, null, null, null, null),
                UsdValue.convert(new BigDecimal("60000"), BigDecimal.ONE, 2024));
        assertEquals(new BigDecimal("108236.82"), p.committedUsd());
        assertEquals(new BigDecimal("60000.00"), p.disbursedUsd());
        assertFalse(p.spendsMoreThanCommitted());
        p.addTransaction(new Transaction.Facts(TransactionType.DISBURSEMENT, LocalDate.of(2024, 4, 1),
                new Money(new BigDecimal("50000"), "USD", "amount"), null, null, null, null, null),
                UsdValue.convert(new BigDecimal("50000"), BigDecimal.ONE, 2024));
        assertTrue(p.spendsMoreThanCommitted(), "accepted, but reported");
        p.removeTransaction(commitment);
        assertEquals(new BigDecimal("0.00"), p.committedUsd());
        assertEquals(new BigDecimal("110000.00"), p.disbursedUsd());
    }

    @Test
    void componentKindsAreKeptForTheListAndPartsBelongToTheirKind() {
        Project p = project(ProjectStatus.PIPELINE, null);
        Component training = p.addComponent(ComponentKind.TRAINING, "Crime-scene training", null, "D02");
        assertTrue(p.hasKind(ComponentKind.TRAINING));
        assertFalse(p.hasKind(ComponentKind.MATERIAL));
        assertEquals("componentId", assertThrows(InvalidValueException.class, () -> p.addItem(training,
                new EquipmentItem.Facts("Microscope", MaterialKind.EQUIPMENT, null, null, null, false, null, null))).field());
        p.removeComponent(training);
        assertFalse(p.hasKind(ComponentKind.TRAINING));
    }

    @Test
    void maintenancePlanNamesWhoPays() {
        assertEquals("maintenancePayer", assertThrows(InvalidValueException.class, () -> EquipmentItem.check(
                new EquipmentItem.Facts("DNA sequencer", MaterialKind.EQUIPMENT, null, null, null, true, " ", null))).field());
        assertEquals("maintenancePlan", assertThrows(InvalidValueException.class, () -> EquipmentItem.check(
                new EquipmentItem.Facts("DNA sequencer", MaterialKind.EQUIPMENT, null, null, null, false, "Ministry", null))).field());
    }

    @Test
    void budgetsOfOneTypeDoNotOverlapAndLastAtMostAYear() {
        Project p = project(ProjectStatus.PIPELINE, null);
        Money m = new Money(new BigDecimal("1000"), "USD", "amount");
        p.addBudget(new Budget(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), m, BudgetType.ORIGINAL));
        assertThrows(InvalidValueException.class, () -> p.addBudget(new Budget(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31), m,
                BudgetType.ORIGINAL)));
        assertDoesNotThrow(() -> p.addBudget(new Budget(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31), m, BudgetType.REVISED)));
        assertEquals("periodEnd", assertThrows(InvalidValueException.class, () -> new Budget(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 6, 30), m, BudgetType.ORIGINAL)).field());
    }

    @Test
    void resultPeriodsDoNotOverlapAndSexNeedsADisaggregatedIndicator() {
        Project p = project(ProjectStatus.PIPELINE, null);
        ResultIndicator officers = p.addIndicator("Officers trained", "persons", new BigDecimal("0"), 2025, false);
        p.addPeriod(officers, new ResultPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("100"), null, null, null,
                null, null));
        assertEquals("periodStart", assertThrows(InvalidValueException.class, () -> p.addPeriod(officers, new ResultPeriod(
                LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31), new BigDecimal("10"), null, null, null, null, null))).field());
        assertEquals("targetFemale", assertThrows(InvalidValueException.class, () -> p.addPeriod(officers, new ResultPeriod(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), new BigDecimal("10"), null, new BigDecimal("5"), null, null, null)))
                .field());
        assertEquals("baselineYear", assertThrows(InvalidValueException.class, () -> p.addIndicator("x", "y", BigDecimal.ONE, null, false))
                .field());
    }

    @Test
    void sustainabilityStatementsHangTogether() {
        assertEquals("sustainability.recurrentFrom", assertThrows(InvalidValueException.class, () -> new Sustainability(null, null, null,
                null, true, null, null, null)).field());
        assertEquals("sustainability.recurrentTakenOver", assertThrows(InvalidValueException.class, () -> new Sustainability(null, null,
                null, null, false, new Money(BigDecimal.TEN, "USD", "x"), null, null)).field());
        assertEquals("sustainability.nationalSystemsPercent", assertThrows(InvalidValueException.class, () -> new Sustainability(null,
                null, null, null, false, null, null, new BigDecimal("101"))).field());
        assertEquals("sustainability.exitStrategy", assertThrows(InvalidValueException.class, () -> new Sustainability(null,
                LocalDate.of(2027, 1, 1), "Ministry", null, false, null, null, null)).field());
    }
}
