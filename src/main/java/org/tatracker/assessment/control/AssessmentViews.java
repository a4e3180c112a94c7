package org.tatracker.assessment.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How pages and the API show assessments and needs. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    /** One row of an assessment list. */
    public record Summary(long id, long series, int versionNumber, String countryIso3, String countryName, String title,
            String framework, String status, LocalDate missionStart, long needs, long highPriorityNeeds,
            boolean publicationConsent, long version) {
    }

    /** An assessment with everything it holds, and what the reader may do with it now. */
    public record Detail(long id, long series, int versionNumber, boolean superseded, String countryIso3, String countryName,
            long leadOfficeId, String leadOfficeName, String title, String framework, List<String> cjatTools,
            List<String> congressTopics, List<String> methods, String requestedByAgency, String requestReference,
            LocalDate requestDate, String counterpartAgency, String focalPoint, List<Team> team, List<SourceView> sources,
            LocalDate missionStart, LocalDate missionEnd, String findings, String recommendations, boolean publicationConsent,
            String status, LocalDate validatedOn, String validationMethod, String validationSignatory, String disputeReason,
            List<NeedView> needs, List<Step> history, Set<String> allowedActions, boolean editable, String createdBy,
            Instant createdAt, long version) {
    }

    /** A team member. */
    public record Team(String person, String organisation, String countryIso3, String role) {
    }

    /** A source consulted. */
    public record SourceView(String description, String kind, LocalDate date) {
    }

    /** One step of the status history. */
    public record Step(String from, String to, String actor, Instant at, String note) {
    }

    /** A need. */
    public record NeedView(long id, int position, String cjatArea, String description, List<String> kinds, String category,
            String priority, Map<String, Set<String>> references, BigDecimal costAmount, String costCurrency, String status,
            long version) {
    }

    /** A need with the assessment it belongs to, as a country page lists them. */
    public record CountryNeed(long assessmentId, String assessmentTitle, NeedView need) {
    }
}
