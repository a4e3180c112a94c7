package org.tatracker.project.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tatracker.country.entity.Country;
import org.tatracker.country.entity.M49Area;
import org.tatracker.i18n.entity.Language;
import org.tatracker.i18n.entity.LocalizedName;
import org.tatracker.security.entity.Organisation;
import org.tatracker.security.entity.OrganisationKind;

/** Countries, organisations and project contents for the project's unit tests. */
public final class SampleProjects {

    public static final Country MOZAMBIQUE = country("508", "MZ", "MOZ", "Mozambique");
    public static final Country BRAZIL = country("076", "BR", "BRA", "Brazil");
    public static final Country NORWAY = country("578", "NO", "NOR", "Norway");
    public static final Country KENYA = country("404", "KE", "KEN", "Kenya");
    public static final Organisation OFFICE = new Organisation("UNODC Maputo", OrganisationKind.FIELD_OFFICE, MOZAMBIQUE);

    private SampleProjects() {
    }

    static Country country(String m49, String iso2, String iso3, String name) {
        return new Country(m49, iso2, iso3, M49Area.NONE, new LocalizedName(Map.of(Language.EN, name)));
    }

    public static Project.Content content(ProjectStatus status, Modality modality) {
        return new Project.Content("Forensic capacity for Mozambique", "Training and equipment", status, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), null, null, List.of(new CountryShare(MOZAMBIQUE, new BigDecimal("100"))), null,
                List.of(new SectorShare("15130", new BigDecimal("60")), new SectorShare("15210", new BigDecimal("40"))),
                Map.of("sdg_target", Set.of("16.3")), List.of(new PolicyMarkerRef("1", "1")), modality,
                new TheoryOfChange("Cases fail for lack of forensic evidence", "More cases solved with evidence", null, null, null, null),
                Sustainability.none(), List.of());
    }

    public static Project project(ProjectStatus status, Modality modality) {
        return new Project("XM-DAC-41114", "MOZ-FOR-1", OFFICE, content(status, modality), "tester", Instant.parse("2026-01-01T00:00:00Z"));
    }

    public static Partner.Facts partner(String name, Country country, PartnerRole role, SscRole ssc) {
        return new Partner.Facts(name, "10", country, null, role, ssc, null, List.of());
    }
}
