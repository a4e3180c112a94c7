package org.tatracker.indicator.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tatracker.assessment.entity.Priority;
import org.tatracker.project.entity.ComponentKind;
import org.tatracker.project.entity.Modality;
import org.tatracker.project.entity.SscRole;
import org.tatracker.project.entity.TrainingModality;

/**
 * Everything a portfolio dashboard shows for one set of filters: the indicators (each with its code,
 * value, numerator and denominator), the series behind the charts and the tables, and the Global South
 * classification the Southern figures used, with its date.
 */
public record Dashboard(long projects, BigDecimal committedUsd, BigDecimal disbursedUsd, long needs, String classification,
        LocalDate classifiedOn, List<Indicator> indicators, List<YearPoint> byYear, List<CountryPoint> byCountry,
        List<ModalityPoint> byModality, List<KindPoint> byKind, Map<Priority, Indicator> coverageByPriority,
        Map<TrainingModality, List<Indicator>> trainingByModality, List<Gap> fundingGaps, List<Participations> participations) {

    /** USD committed and disbursed (with expenditure) in a year, by the date of the transactions. */
    public record YearPoint(int year, BigDecimal committedUsd, BigDecimal disbursedUsd) {
    }

    /**
     * A recipient country: the projects it receives, the commitments to it in USD (each project's
     * commitments times the country's percentage of the project), and its needs still open.
     */
    public record CountryPoint(String iso3, String m49, String name, long projects, BigDecimal committedUsd, long openNeeds) {
    }

    /** Projects and committed USD of a modality; {@code modality} null for projects without one. */
    public record ModalityPoint(Modality modality, long projects, BigDecimal committedUsd) {
    }

    /** Projects with a component of the kind, and their commitments (a project with two kinds counts in both). */
    public record KindPoint(ComponentKind kind, long projects, BigDecimal committedUsd) {
    }

    /** A country's funding gap: the estimated cost of its open needs, the commitments of projects linked to them, and the gap. */
    public record Gap(String iso3, String name, Indicator gap, long openNeeds, long openNeedsWithoutCost) {
    }

    /** A country's participations by SSC role: in how many selected projects it takes each role (never summed as projects). */
    public record Participations(String iso3, String name, boolean southern, Map<SscRole, Long> byRole) {
    }

    /** A need no selected project answers yet, for the unmet-needs table. */
    public record UnmetNeed(long id, long assessmentId, String assessmentTitle, String countryIso3, String country, String cjatArea,
            String description, Priority priority, BigDecimal cost, String currency) {
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
