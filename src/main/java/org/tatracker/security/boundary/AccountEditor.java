package org.tatracker.security.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tatracker.audit.control.AuditView;
import org.tatracker.country.boundary.Countries;
import org.tatracker.country.control.CountryQuery;
import org.tatracker.country.control.CountryView;
import org.tatracker.i18n.boundary.LanguageSelection;
import org.tatracker.platform.boundary.FacesMessages;
import org.tatracker.security.entity.Role;

/** admin/account.xhtml[?id=N]: create an account, or change one and see its history. */
@Named
@ViewScoped
public class AccountEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "username", "account:username", "displayName", "account:displayName", "email", "account:email",
            "role", "account:role", "organisationId", "account:organisation", "organisation", "account:organisation",
            "countries", "account:countries", "password", "account:password");

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    Countries countries;

    @Inject
    LanguageSelection language;

    private Long id;
    private Long version;
    private String username;
    private String displayName;
    private String email;
    private Role role = Role.FIELD_OFFICE;
    private Long organisationId;
    private List<String> countryCodes = new ArrayList<>();
    private String password;
    private boolean enabled = true;
    private boolean locked;
    private List<OrganisationView> organisationChoices;
    private List<CountryView> countryChoices;
    private List<AuditView> history = List.of();

    public void load() throws IOException {
        organisationChoices = organisations.all();
        countryChoices = countries.list(CountryQuery.all(language.getCurrent())).items();
        if (id != null) {
            var found = accounts.find(id);
            if (found.isEmpty()) {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
                FacesContext.getCurrentInstance().responseComplete();
                return;
            }
            show(found.get());
        }
    }

    private void show(AccountView a) {
        id = a.id();
        version = a.version();
        username = a.username();
        displayName = a.displayName();
        email = a.email();
        role = Role.valueOf(a.role());
        organisationId = a.organisationId();
        countryCodes = new ArrayList<>(a.countries());
        enabled = a.enabled();
        locked = a.locked();
        history = accounts.history(a.id());
    }

    public void save() {
        AccountInput input = new AccountInput(username, displayName, email, role, organisationId, countryCodes,
                id == null ? password : null, enabled, version);
        try {
            AccountView saved = id == null ? accounts.create(input) : accounts.update(id, input);
            password = null;
            show(saved);
            FacesMessages.info("account.saved");
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, FIELDS)) {
                throw e;
            }
        }
    }

    public void unlock() {
        show(accounts.unlock(id));
        FacesMessages.info("account.unlocked");
    }

    public boolean isNew() {
        return id == null;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<String> getCountryCodes() {
        return countryCodes;
    }

    public void setCountryCodes(List<String> countryCodes) {
        this.countryCodes = countryCodes == null ? new ArrayList<>() : new ArrayList<>(countryCodes);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isLocked() {
        return locked;
    }

    public List<OrganisationView> getOrganisationChoices() {
        return organisationChoices;
    }

    public List<CountryView> getCountryChoices() {
        return countryChoices;
    }

    public List<AuditView> getHistory() {
        return history;
    }
}
