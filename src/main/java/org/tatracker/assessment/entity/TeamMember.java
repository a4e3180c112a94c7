package org.tatracker.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.tatracker.platform.entity.InvalidValueException;

/** A person on an assessment team. */
@Embeddable
public class TeamMember {

    @Column(name = "person", nullable = false, length = 200)
    private String person;

    @Column(name = "organisation", length = 200)
    private String organisation;

    @Column(name = "country_iso3", length = 3)
    private String countryIso3;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false, length = 20)
    private TeamRole role;

    protected TeamMember() {
    }

    public TeamMember(String person, String organisation, String countryIso3, TeamRole role) {
        if (person == null || person.isBlank() || person.length() > 200) {
            throw new InvalidValueException("team.person", "requiredMaxLength", 200);
        }
        this.person = person.strip();
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        this.countryIso3 = countryIso3 == null || countryIso3.isBlank() ? null : countryIso3;
        this.role = Objects.requireNonNullElse(role, TeamRole.ASSESSOR);
    }

    public String person() {
        return person;
    }

    public String organisation() {
        return organisation;
    }

    public String countryIso3() {
        return countryIso3;
    }

    public TeamRole role() {
        return role;
    }
}
