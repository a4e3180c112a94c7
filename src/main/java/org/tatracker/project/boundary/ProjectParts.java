package org.tatracker.project.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The parts of a project as JSON, each added or changed through its own sub-resource. */
public final class ProjectParts {

    private ProjectParts() {
    }

    /**
     * A partner: {@code organisationType} an IATI OrganisationType code; {@code role} funding,
     * accountable, extending or implementing; {@code sscRole} provider, recipient, first_provider or
     * facilitator; {@code organisationId} the partner's organisation in the tracker, if it has one.
     */
    public record PartnerInput(String name, String organisationType, String countryIso3, String iatiRef, String role, String sscRole,
            Long organisationId, List<ContributionInput> contributions) {
    }

    /** A non-monetary contribution: kind expert_days or in_kind. */
    public record ContributionInput(String kind, String description, BigDecimal quantity, BigDecimal valueAmount, String valueCurrency) {
    }

    /** A component: kind technical, material or training; {@code aidType} an IATI AidType code. */
    public record ComponentInput(String kind, String title, String description, String aidType) {
    }

    public record InstitutionInput(String institution, Integer participants) {
    }

    /** A training event: modality face_to_face, e_learning or blended; type course, training_of_trainers, mentoring or study_visit. */
    public record EventInput(String title, LocalDate startDate, LocalDate endDate, String modality, String type, String host,
            Boolean nationalAcademy, Boolean curriculumAdopted, Integer female, Integer male, Integer notStated, BigDecimal preScore,
            BigDecimal postScore, Integer certifiedTrainers, Integer secondaryTrainees, BigDecimal followUpRate,
            List<InstitutionInput> institutions) {
    }

    /** An item of equipment, construction or renovation (kind). */
    public record ItemInput(String description, String kind, BigDecimal valueAmount, String valueCurrency, String recipientInstitution,
            LocalDate handoverDate, Boolean maintenancePlan, String maintenancePayer, BigDecimal maintenanceAmount,
            String maintenanceCurrency) {
    }

    public record CheckInput(LocalDate checkedOn, Boolean working, String note) {
    }

    /** A transaction: type incoming_funds, commitment, disbursement or expenditure (or IATI code 1-4). */
    public record TransactionInput(String type, LocalDate date, BigDecimal amount, String currency, String providerName,
            String providerRef, String receiverName, String receiverRef, String description) {
    }

    /** A budget of a period of at most a year: type original or revised. */
    public record BudgetInput(LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, String currency, String type) {
    }

    public record IndicatorInput(String title, String unit, BigDecimal baselineValue, Integer baselineYear, Boolean bySex) {
    }

    public record PeriodInput(LocalDate periodStart, LocalDate periodEnd, BigDecimal target, BigDecimal actual, BigDecimal targetFemale,
            BigDecimal targetMale, BigDecimal actualFemale, BigDecimal actualMale) {
    }

    /** Links a need: extent partly_addressed (the default) or addressed, with a note on how. */
    public record NeedLinkInput(Long needId, String extent, String note) {
    }
}
