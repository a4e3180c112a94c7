package org.tatracker.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.tatracker.country.entity.Country;
import org.tatracker.platform.entity.InvalidValueException;

/**
 * A person's account: role, organisation and country scope, a PBKDF2 password hash, and the
 * count of failed logins that locks it for a while after {@link #LOCK_AFTER_FAILURES}.
 * The scope must fit the role: a field office covers one or more countries, a government exactly
 * its own, a donor none (its scope is its organisation), an administrator none.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int LOCK_AFTER_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = 60, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToMany
    @JoinTable(name = "account_country", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "country_m49"))
    private Set<Country> countries = new HashSet<>();

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "language", length = 2)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String email, Role role, Organisation organisation,
            Collection<Country> countries, String passwordHash, Instant createdAt) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidValueException("username", "usernameCharacters");
        }
        this.username = username;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        describe(displayName, email);
        rescope(role, organisation, countries);
        changePasswordHash(passwordHash);
    }

    public final void describe(String newDisplayName, String newEmail) {
        if (newDisplayName == null || newDisplayName.isBlank() || newDisplayName.strip().length() > 200) {
            throw new InvalidValueException("displayName", "requiredMaxLength", 200);
        }
        if (newEmail == null || newEmail.length() > 254 || !EMAIL.matcher(newEmail.strip()).matches()) {
            throw new InvalidValueException("email", "notAnEmail");
        }
        this.displayName = newDisplayName.strip();
        this.email = newEmail.strip();
    }

    /** Changes role, organisation and countries together, so that they always fit each other. */
    public final void rescope(Role newRole, Organisation newOrganisation, Collection<Country> newCountries) {
        Objects.requireNonNull(newRole, "role");
        Set<Country> scope = newCountries == null ? Set.of() : Set.copyOf(newCountries);
        OrganisationKind kind = newOrganisation == null ? null : newOrganisation.kind();
        switch (newRole) {
            case ADMIN -> {
                if (!scope.isEmpty()) {
                    throw new InvalidValueException("countries", "adminNoCountries");
                }
            }
            case FIELD_OFFICE -> {
                if (kind != OrganisationKind.FIELD_OFFICE) {
                    throw new InvalidValueException("organisation", "fieldOfficeAccountOrganisation");
                }
                if (scope.isEmpty()) {
                    throw new InvalidValueException("countries", "fieldOfficeCountries");
                }
            }
            case GOVERNMENT -> {
                if (kind != OrganisationKind.GOVERNMENT) {
                    throw new InvalidValueException("organisation", "governmentAccountOrganisation");
                }
                if (scope.size() != 1 || !scope.contains(newOrganisation.country())) {
                    throw new InvalidValueException("countries", "governmentAccountCountry");
                }
            }
            case DONOR -> {
                if (kind != OrganisationKind.DONOR) {
                    throw new InvalidValueException("organisation", "donorAccountOrganisation");
                }
                if (!scope.isEmpty()) {
                    throw new InvalidValueException("countries", "donorNoCountries");
                }
            }
        }
        this.role = newRole;
        this.organisation = newOrganisation;
        this.countries.clear();
        this.countries.addAll(scope);
    }

    public final void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new InvalidValueException("password", "required");
        }
        this.passwordHash = newHash;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Counts a failed login; returns true when this failure locks the account. */
    public boolean recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= LOCK_AFTER_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void recordLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** An administrator lifts a lock before it runs out. */
    public void unlock() {
        recordLogin();
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean canLogIn(Instant now) {
        return enabled && !isLocked(now);
    }

    public void preferLanguage(String tag) {
        this.language = tag;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Set<Country> countries() {
        return Set.copyOf(countries);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public String language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
