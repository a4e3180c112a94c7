package org.tatracker.assessment.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * An assessment as a field office writes it (JSON of POST and PUT). Codes: {@code cjatTools} from
 * the list cjat_tool, {@code congressTopics} from congress_topic, {@code methods} from
 * assessment_method. {@code version} is required to update.
 */
public record AssessmentInput(String countryIso3, String title, String framework, List<String> cjatTools,
        List<String> congressTopics, List<String> methods, String requestedByAgency, String requestReference,
        LocalDate requestDate, String counterpartAgency, String focalPoint, Long leadOfficeId, List<TeamMemberInput> team,
        List<SourceInput> sources, LocalDate missionStart, LocalDate missionEnd, String findings, String recommendations,
        Boolean publicationConsent, Long version) {

    /** A team member: role is assessor, peer_reviewer or expert. */
    public record TeamMemberInput(String person, String organisation, String countryIso3, String role) {
    }

    /** A source consulted. */
    public record SourceInput(String description, String kind, LocalDate date) {
    }
}
