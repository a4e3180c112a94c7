package org.tatracker.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.tatracker.security.control.Actor;

/**
 * One way in for people and programs:
 * <ul>
 * <li>the REST API takes HTTP Basic with the same accounts, or {@code Authorization: Bearer tat_...}
 * API tokens; wrong credentials are a 401, never a silent anonymous call;</li>
 * <li>pages sign in through our login page, which hands the credential to this mechanism; the
 * session then remembers the username, and every request re-reads the account, so that a
 * disabled account is out at once.</li>
 * </ul>
 */
@ApplicationScoped
public class TrackerAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "tatracker.user";

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            Optional<Actor> actor = accounts.authenticate(login.getCaller(), login.getPasswordAsString(), "page");
            if (actor.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_USER, actor.get().username());
            return signedIn(request, context, actor.get());
        }

        String authorization = request.getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            Optional<Actor> actor = fromHeader(authorization);
            if (actor.isEmpty()) {
                return unauthorized(response, context);
            }
            return signedIn(request, context, actor.get());
        }

        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (username instanceof String name) {
            Optional<Actor> actor = accounts.actorFor(name);
            if (actor.isPresent()) {
                return signedIn(request, context, actor.get());
            }
            session.invalidate();
        }

        if (context.isProtected()) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                return unauthorized(response, context);
            }
            String next = request.getRequestURI().substring(request.getContextPath().length());
            return context.redirect(request.getContextPath() + "/login.xhtml?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * Tells the container who called, and leaves the actor just read from the account in the request for
     * {@link CurrentUser}, so that the account is read once per request, not twice.
     */
    private static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, Actor actor) {
        request.setAttribute(CurrentUser.REQUEST_ACTOR, actor);
        return context.notifyContainerAboutLogin(actor.username(), groups(actor));
    }

    private Optional<Actor> fromHeader(String authorization) {
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return Optional.empty();
            }
            return accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1), "api");
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return accounts.authenticateToken(authorization.substring(7).trim());
        }
        return Optional.empty();
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"TA Tracker\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"The credentials were refused, or the account is locked or disabled.\",\"errors\":[]}");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Set<String> groups(Actor actor) {
        return Set.of(actor.role().group());
    }
}
