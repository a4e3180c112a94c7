package org.tatracker.security.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tatracker.security.entity.Role;

/**
 * An account as an administrator writes it. {@code password} is required when creating and
 * ignored when updating; {@code version} is required when updating (optimistic locking). Country
 * codes are checked by the facade against the register.
 * <p>
 * A class, not a record: Payara's OpenAPI generator fails on Bean Validation annotations on
 * constructor parameters, which a record's components would carry.
 */
public class AccountInput {

    @Schema(description = "3 to 60 lower-case letters, digits, '.', '_' or '-'; cannot change")
    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{org.tatracker.account.username}")
    private String username;

    @Schema(description = "The person's name")
    @NotBlank
    @Size(max = 200)
    private String displayName;

    @Schema(description = "E-mail address")
    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @Schema(description = "ADMIN, FIELD_OFFICE, DONOR or GOVERNMENT")
    @NotNull
    private Role role;

    @Schema(description = "Organisation id; required for every role but ADMIN")
    private Long organisationId;

    @Schema(description = "ISO alpha-3 codes: a field office's countries, or a government's one country")
    @Size(max = 250)
    private List<String> countries;

    @Schema(description = "Initial password, 12 to 128 characters (creation only)")
    @Size(max = 128)
    private String password;

    @Schema(description = "false disables the account")
    private Boolean enabled;

    @Schema(description = "The version read; required to update")
    private Long version;

    public AccountInput() {
    }

    public AccountInput(String username, String displayName, String email, Role role, Long organisationId, List<String> countries, String password, Boolean enabled, Long version) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.organisationId = organisationId;
        this.countries = countries;
        this.password = password;
        this.enabled = enabled;
        this.version = version;
    }

    public String username() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String displayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String email() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role role() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long organisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<String> countries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries;
    }

    public String password() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Boolean enabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Long version() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
