package org.tatracker.project.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.tatracker.country.entity.Country;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.security.entity.Organisation;

/**
 * An organisation taking part in a project, with its IATI role and type, its country and, in
 * cooperation between countries, the SSC role of that country. When the organisation has accounts
 * in the tracker ({@link #accountOrganisation}), its donors may update the project.
 */
@Entity
@Table(name = "project_partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    /** The project's id as a plain column, for filters that should not join the project table again. */
    @Column(name = "project_id", insertable = false, updatable = false)
    private Long projectId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** IATI OrganisationType code (10 government, 21-24 CSOs, 40 multilateral, 80 academic and training ...). */
    @Column(name = "org_type", nullable = false, length = 5)
    private String organisationType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_m49")
    private Country country;

    @Column(name = "iati_ref", length = 100)
    private String iatiRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_role", nullable = false, length = 20)
    private PartnerRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "ssc_role", length = 20)
    private SscRole sscRole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_org_id")
    private Organisation accountOrganisation;

    @ElementCollection
    @CollectionTable(name = "partner_contribution", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    private List<Contribution> contributions = new ArrayList<>();

    protected Partner() {
    }

    /** What a partner is; the project checks how it fits the project's modality. */
    public record Facts(String name, String organisationType, Country country, String iatiRef, PartnerRole role, SscRole sscRole,
            Organisation accountOrganisation, List<Contribution> contributions) {
    }

    Partner(Project project, Facts facts) {
        this.project = project;
        apply(facts);
    }

    void apply(Facts f) {
        this.name = Texts.required(f.name(), 200, "partners.name");
        if (f.role() == null) {
            throw new InvalidValueException("partners.role", "requiredPartnerRole");
        }
        if (f.sscRole() != null && f.country() == null) {
            throw new InvalidValueException("partners.countryIso3", "sscRoleCountry");
        }
        String ref = Texts.optional(f.iatiRef(), 100, "partners.iatiRef");
        if (ref != null && !ref.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new InvalidValueException("partners.iatiRef", "organisationIdentifierCharacters");
        }
        // Optional, as in IATI (imported partners may lack it); the tracker's own forms require it.
        this.organisationType = f.organisationType() == null || f.organisationType().isBlank() ? null : f.organisationType().strip();
        this.country = f.country();
        this.iatiRef = ref;
        this.role = f.role();
        this.sscRole = f.sscRole();
        this.accountOrganisation = f.accountOrganisation();
        this.contributions.clear();
        if (f.contributions() != null) {
            this.contributions.addAll(f.contributions());
        }
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public String name() {
        return name;
    }

    public String organisationType() {
        return organisationType;
    }

    public Country country() {
        return country;
    }

    public String iatiRef() {
        return iatiRef;
    }

    public PartnerRole role() {
        return role;
    }

    public SscRole sscRole() {
        return sscRole;
    }

    public Organisation accountOrganisation() {
        return accountOrganisation;
    }

    public List<Contribution> contributions() {
        return List.copyOf(contributions);
    }
}
