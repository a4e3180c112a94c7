package org.tatracker.project.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as JSON (POST and PUT). {@code status} is an IATI ActivityStatus code (1-6) or name
 * (pipeline, implementation, finalisation, closed, cancelled, suspended); {@code sectors} are DAC
 * purpose codes with percentages; {@code countries} ISO alpha-3 codes with percentages (one country
 * alone may omit it); both total 100. {@code partners} may be given when the project is created
 * (later through {@code /partners}). {@code version} is required to update.
 */
public record ProjectInput(String reportingOrgRef, String ownCode, Long ownerOrganisationId, String title, String description,
        String status, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, List<CountryInput> countries,
        String recipientRegion, List<ShareInput> sectors, List<String> sdgTargets, List<String> congressTopics, List<String> standards,
        List<String> conventions, List<MarkerInput> policyMarkers, String modality, TheoryInput theoryOfChange,
        SustainabilityInput sustainability, List<ProjectParts.PartnerInput> partners, Long version) {

    /** A recipient country and its share in percent. */
    public record CountryInput(String iso3, BigDecimal percentage) {
    }

    /** A DAC purpose code and its share in percent. */
    public record ShareInput(String code, BigDecimal percentage) {
    }

    /** An OECD DAC policy marker (IATI PolicyMarker code, e.g. 1 gender equality, 7 climate change adaptation) and its significance (0-4). */
    public record MarkerInput(String code, String significance) {
    }

    public record TheoryInput(String problem, String outcomes, String outputs, String activities, String assumptions, String risks) {
    }

    public record LawInput(String reference, LocalDate adoptedOn) {
    }

    public record SustainabilityInput(String exitStrategy, LocalDate exitHandover, String exitOwner, BigDecimal cofinancingAmount,
            String cofinancingCurrency, Boolean recurrentTakenOver, BigDecimal recurrentAmount, String recurrentCurrency,
            LocalDate recurrentFrom, BigDecimal nationalSystemsPercent, List<LawInput> laws) {
    }
}
