package org.tatracker.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.tatracker.security.control.AccessPolicy;
import org.tatracker.security.control.Actor;
import org.tatracker.security.entity.Role;

/** The layout's view of who is signed in, and the sign-out action. */
@Named
@RequestScoped
public class SignedIn {

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    public boolean isAuthenticated() {
        return currentUser.actor().authenticated();
    }

    public boolean isAdmin() {
        return AccessPolicy.administers(currentUser.actor());
    }

    public String getUsername() {
        return currentUser.actor().username();
    }

    public String getRole() {
        Role role = currentUser.actor().role();
        return role == null ? null : role.name();
    }

    public Actor actor() {
        return currentUser.actor();
    }

    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (isAuthenticated()) {
            accounts.recordLogout(getUsername());
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
        faces.responseComplete();
    }
}
