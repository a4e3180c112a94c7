package org.tatracker.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tatracker.country.entity.Country;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.entity.Language;
import org.tatracker.i18n.entity.LocalizedName;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;
import org.tatracker.security.entity.Organisation;
import org.tatracker.security.entity.OrganisationKind;

/** The workflow, enforced by the entity itself, without a container. */
class AssessmentWorkflowTest {

    static final Country KENYA = new Country("404", "KE", "KEN", M49Area.NONE, new LocalizedName(Map.of(Language.EN, "Kenya")));
    static final Organisation OFFICE = new Organisation("Kenya office", OrganisationKind.FIELD_OFFICE, KENYA);
    static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    static Assessment.Content content(String title) {
        return new Assessment.Content(title, Framework.CJAT, Map.of("cjat_tool", Set.of("1.3")), "Ministry of Interior", "REF-1",
                LocalDate.of(2026, 1, 10), "Office of the Attorney General", "J. Doe", List.of(), List.of(),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 12), "Findings", "Recommendations", true);
    }

    static Need.NeedContent need(String description) {
        return new Need.NeedContent("1.3", description, EnumSet.of(AssistanceKind.TRAINING), NeedCategory.CAPACITY, Priority.HIGH,
                Map.of("target_institution", Set.of("POLICE")), new Money(new BigDecimal("120000.50"), "USD", "cost"));
    }

    /** An assessment brought to the status by allowed steps only. */
    static Assessment in(AssessmentStatus status) {
        Assessment a = new Assessment(KENYA, OFFICE, content("Criminal justice assessment"), "fo", AT);
        a.addNeed(need("Investigators need training in forensic evidence"));
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> a.submit("fo", AT);
            case SHARED -> { a.submit("fo", AT); a.share("fo", AT); }
            case VALIDATED -> { a.submit("fo", AT); a.share("fo", AT); a.validate("gov", AT, LocalDate.of(2026, 4, 1), ValidationMethod.WORKSHOP, "Minister"); }
            case DISPUTED -> { a.submit("fo", AT); a.share("fo", AT); a.dispute("gov", AT, "Figures are outdated"); }
            case ARCHIVED -> { a.submit("fo", AT); a.share("fo", AT); a.validate("gov", AT, LocalDate.of(2026, 4, 1), ValidationMethod.LETTER, "Minister"); a.archive("fo", AT); }
        }
        assertEquals(status, a.status());
        return a;
    }

    static void perform(Assessment a, AssessmentAction action) {
        switch (action) {
            case SUBMIT -> a.submit("x", AT);
            case SHARE -> a.share("x", AT);
            case VALIDATE -> a.validate("x", AT, LocalDate.of(2026, 5, 1), ValidationMethod.LETTER, "Signatory");
            case DISPUTE -> a.dispute("x", AT, "reason");
            case REDRAFT -> a.returnToDraft("x", AT);
            case ARCHIVE -> a.archive("x", AT);
            case AMEND -> a.amend("x", AT);
        }
    }

    @ParameterizedTest
    @EnumSource(AssessmentStatus.class)
    void everyStepTheWorkflowDoesNotAllowIsRefusedAndChangesNothing(AssessmentStatus status) {
        for (AssessmentAction action : AssessmentAction.values()) {
            Assessment a = in(status);
            int steps = a.transitions().size();
            if (action.allowedFrom(status)) {
                perform(a, action);
                assertTrue(a.transitions().size() > steps, action + " from " + status + " is recorded");
            } else {
                assertThrows(IllegalTransitionException.class, () -> perform(a, action), action + " from " + status);
                assertEquals(status, a.status());
                assertEquals(steps, a.transitions().size());
            }
        }
    }

    @Test
    void theAllowedPathsAreExactlyTheDocumentedOnes() {
        assertEquals(Set.of(AssessmentAction.SUBMIT), allowedFrom(AssessmentStatus.DRAFT));
        assertEquals(Set.of(AssessmentAction.SHARE), allowedFrom(AssessmentStatus.SUBMITTED));
        assertEquals(Set.of(AssessmentAction.VALIDATE, AssessmentAction.DISPUTE), allowedFrom(AssessmentStatus.SHARED));
        assertEquals(Set.of(AssessmentAction.ARCHIVE, AssessmentAction.AMEND), allowedFrom(AssessmentStatus.VALIDATED));
        assertEquals(Set.of(AssessmentAction.REDRAFT, AssessmentAction.ARCHIVE), allowedFrom(AssessmentStatus.DISPUTED));
        assertEquals(Set.of(), allowedFrom(AssessmentStatus.ARCHIVED));
    }

    private static Set<AssessmentAction> allowedFrom(AssessmentStatus status) {
        Set<AssessmentAction> allowed = EnumSet.noneOf(AssessmentAction.class);
        for (AssessmentAction a : AssessmentAction.values()) {
            if (a.allowedFrom(status)) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    @ParameterizedTest
    @EnumSource(value = AssessmentStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftIsEdited(AssessmentStatus status) {
        Assessment a = in(status);
        assertThrows(IllegalTransitionException.class, () -> a.edit(content("Changed")));
        assertThrows(IllegalTransitionException.class, () -> a.addNeed(need("another")));
        assertEquals("Criminal justice assessment", a.title());
    }

    @Test
    void anAmendmentIsANewDraftVersionAndTheValidatedOneStays() {
        Assessment v1 = in(AssessmentStatus.VALIDATED);
        Assessment v2 = v1.amend("fo", AT);
        assertEquals(2, v2.versionNumber());
        assertEquals(AssessmentStatus.DRAFT, v2.status());
        assertEquals(AssessmentStatus.VALIDATED, v1.status());
        assertTrue(v1.superseded());
        assertEquals(v1.needs().size(), v2.needs().size());
        assertEquals(v1.needs().get(0).description(), v2.needs().get(0).description());
        assertThrows(IllegalTransitionException.class, () -> v1.amend("fo", AT), "a superseded version is not amended twice");
        assertThrows(IllegalTransitionException.class, () -> v1.archive("fo", AT));
        v2.edit(content("Version 2"));
        assertEquals("Criminal justice assessment", v1.title());
    }

    @Test
    void theEntityRefusesInvalidContent() {
        assertEquals("missionEnd", assertThrows(InvalidValueException.class, () -> new Assessment(KENYA, OFFICE,
                new Assessment.Content("T", Framework.CJAT, Map.of(), null, null, null, null, null, List.of(), List.of(),
                        LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 1), null, null, false), "fo", AT)).field());
        assertEquals("title", assertThrows(InvalidValueException.class, () -> new Assessment(KENYA, OFFICE, content(" "), "fo", AT)).field());
        assertEquals("cost.amount", assertThrows(InvalidValueException.class, () -> new Money(new BigDecimal("-1"), "USD", "cost")).field());
        assertEquals("cost.amount", assertThrows(InvalidValueException.class, () -> new Money(new BigDecimal("1.005"), "USD", "cost")).field());
        Assessment empty = new Assessment(KENYA, OFFICE, content("No needs yet"), "fo", AT);
        assertEquals("needs", assertThrows(InvalidValueException.class, () -> empty.submit("fo", AT)).field());
        assertEquals("signatory", assertThrows(InvalidValueException.class,
                () -> in(AssessmentStatus.SHARED).validate("gov", AT, LocalDate.of(2026, 4, 1), ValidationMethod.LETTER, " ")).field());
    }

    @Test
    void theNeedCountsFollowTheNeeds() {
        Assessment a = new Assessment(KENYA, OFFICE, content("Counts"), "fo", AT);
        Need first = a.addNeed(need("one"));
        a.addNeed(new Need.NeedContent("1.3", "two", EnumSet.of(AssistanceKind.TECHNICAL), NeedCategory.DATA, Priority.LOW, Map.of(), null));
        assertEquals(2, a.needCount());
        assertEquals(1, a.highPriorityNeeds());
        a.changeNeed(first, new Need.NeedContent("1.3", "one", EnumSet.of(AssistanceKind.TRAINING), NeedCategory.CAPACITY, Priority.MEDIUM, Map.of(), null));
        assertEquals(0, a.highPriorityNeeds());
        a.removeNeed(first);
        assertEquals(1, a.needCount());
        a.addNeed(need("three"));
        a.submit("fo", AT);
        a.share("fo", AT);
        a.validate("gov", AT, LocalDate.of(2026, 4, 1), ValidationMethod.LETTER, "Minister");
        assertEquals(2, a.amend("fo", AT).needCount());
    }

    @Test
    void publishedMeansValidatedWithConsent() {
        assertFalse(in(AssessmentStatus.SHARED).published());
        assertTrue(in(AssessmentStatus.VALIDATED).published());
        assertTrue(in(AssessmentStatus.ARCHIVED).published());
    }
}
