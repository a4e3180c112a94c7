package org.tatracker.project.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the REST API and the pages show of projects: records, never entities. */
public final class ProjectViews {

    private ProjectViews() {
    }

    /** A row of a project list. */
    public record Summary(long id, String iatiIdentifier, String title, String status, String modality, List<CountryRef> countries,
            String recipientRegion, List<String> funders, Set<String> kinds, Integer startYear, Integer endYear, BigDecimal committedUsd,
            BigDecimal disbursedUsd, long version) {
    }

    public record CountryRef(String iso3, String name, BigDecimal percentage) {
    }

    public record Share(String code, BigDecimal percentage) {
    }

    public record Marker(String code, String significance) {
    }

    public record Theory(String problem, String outcomes, String outputs, String activities, String assumptions, String risks,
            boolean stated) {
    }

    public record Law(String reference, LocalDate adoptedOn) {
    }

    public record SustainabilityView(String exitStrategy, LocalDate exitHandover, String exitOwner, BigDecimal cofinancingAmount,
            String cofinancingCurrency, boolean recurrentTakenOver, BigDecimal recurrentAmount, String recurrentCurrency,
            LocalDate recurrentFrom, BigDecimal nationalSystemsPercent, List<Law> laws) {
    }

    public record ContributionView(String kind, String description, BigDecimal quantity, BigDecimal valueAmount, String valueCurrency) {
    }

    public record PartnerView(long id, String name, String organisationType, String countryIso3, String countryName, String iatiRef,
            String role, String sscRole, boolean southern, Long organisationId, List<ContributionView> contributions) {
    }

    public record InstitutionView(String institution, int participants) {
    }

    public record EventView(long id, String title, LocalDate startDate, LocalDate endDate, String modality, String type, String host,
            boolean nationalAcademy, boolean curriculumAdopted, int female, int male, int notStated, int participants,
            BigDecimal preScore, BigDecimal postScore, BigDecimal knowledgeGain, int certifiedTrainers, int secondaryTrainees,
            BigDecimal followUpRate, List<InstitutionView> institutions) {
    }

    public record CheckView(LocalDate checkedOn, boolean working, String note) {
    }

    public record ItemView(long id, String description, String kind, BigDecimal valueAmount, String valueCurrency,
            String recipientInstitution, LocalDate handoverDate, boolean maintenancePlan, String maintenancePayer,
            BigDecimal maintenanceAmount, String maintenanceCurrency, Boolean working, List<CheckView> checks) {
    }

    public record ComponentView(long id, String kind, String title, String description, String aidType, List<EventView> events,
            List<ItemView> items) {
    }

    public record BudgetView(int index, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, String currency, String type) {
    }

    public record TransactionView(long id, String type, LocalDate date, BigDecimal amount, String currency, BigDecimal usdAmount,
            BigDecimal unitsPerUsd, Integer rateYear, String providerName, String providerRef, String receiverName, String receiverRef,
            String description) {
    }

    public record PeriodView(LocalDate periodStart, LocalDate periodEnd, BigDecimal target, BigDecimal actual, BigDecimal targetFemale,
            BigDecimal targetMale, BigDecimal actualFemale, BigDecimal actualMale) {
    }

    public record IndicatorView(long id, String title, String unit, BigDecimal baselineValue, Integer baselineYear, boolean bySex,
            List<PeriodView> periods) {
    }

    public record LinkView(long needId, long assessmentId, String assessmentTitle, String countryIso3, int position, String description,
            String priority, String needStatus, String extent, String note, String linkedBy, Instant linkedAt) {
    }

    /** Money in and out, in USD at the rates of the transactions' years. */
    public record Totals(BigDecimal committedUsd, BigDecimal disbursedUsd, BigDecimal expenditureUsd, BigDecimal incomingUsd,
            long unconverted) {
    }

    /** A project in full, with what the reader may do with it and any warnings about its figures. */
    public record Detail(long id, String iatiIdentifier, String reportingOrgRef, String ownCode, Long ownerOrganisationId,
            String ownerOrganisationName, String title, String description, String status, LocalDate plannedStart, LocalDate plannedEnd,
            LocalDate actualStart, LocalDate actualEnd, List<CountryRef> countries, String recipientRegion, List<Share> sectors,
            Map<String, List<String>> codes, List<Marker> policyMarkers, String modality, Theory theoryOfChange,
            SustainabilityView sustainability, List<PartnerView> partners, List<ComponentView> components, List<BudgetView> budgets,
            List<TransactionView> transactions, Totals totals, List<IndicatorView> results, List<LinkView> needs, List<String> warnings,
            boolean editable, boolean deletable, String createdBy, Instant createdAt, long version, SourceView source) {
    }

    /**
     * One batch of an export: the projects the reader may see, the last id the batch looked at (whether readable or not: the
     * next batch starts after it), and whether it was the last.
     */
    public record Batch(List<Detail> details, long lastId, boolean last) {
    }

    /** Where an imported project came from: the IATI file, its publisher, and when and by whom it was imported. */
    public record SourceView(String file, String publisherRef, String publisherName, Instant importedAt, String importedBy) {
    }

    /** A need that a project could answer, for the "link needs" dialog. */
    public record Candidate(long needId, long assessmentId, String assessmentTitle, String countryIso3, int position, String cjatArea,
            String description, String priority, String status, BigDecimal costAmount, String costCurrency) {
    }

    /** A count of projects and their commitments in USD under a label (a funder, a kind of assistance). */
    public record Tally(String label, long projects, BigDecimal committedUsd) {
    }

    /** What a country receives, by funder and by kind of assistance. */
    public record CountryAssistance(List<Tally> byProvider, List<Tally> byKind) {
    }
}
