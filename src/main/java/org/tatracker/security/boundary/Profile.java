package org.tatracker.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tatracker.platform.boundary.FacesMessages;

/** profile.xhtml: one's own account, password and API tokens. */
@Named
@ViewScoped
public class Profile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private AccountView account;
    private List<TokenView> tokens;
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;
    private String tokenName;
    private String newToken;

    @PostConstruct
    void init() {
        account = accounts.me();
        tokens = accounts.tokens();
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            FacesMessages.error("password:confirmPassword", "password.mismatch");
            return;
        }
        try {
            accounts.changePassword(currentPassword, newPassword);
            FacesMessages.info("password.changed");
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, Map.of("currentPassword", "password:currentPassword", "password", "password:newPassword"))) {
                throw e;
            }
        } finally {
            currentPassword = newPassword = confirmPassword = null;
        }
    }

    public void createToken() {
        try {
            newToken = accounts.createToken(tokenName).token();
            tokenName = null;
            tokens = accounts.tokens();
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, Map.of("name", "tokens:tokenName"))) {
                throw e;
            }
        }
    }

    public void revoke(long id) {
        accounts.revokeToken(id);
        tokens = accounts.tokens();
        FacesMessages.info("token.revoked");
    }

    public AccountView getAccount() {
        return account;
    }

    public List<TokenView> getTokens() {
        return tokens;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getNewToken() {
        return newToken;
    }
}
