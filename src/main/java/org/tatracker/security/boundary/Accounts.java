package org.tatracker.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.tatracker.audit.boundary.AuditTrail;
import org.tatracker.audit.control.Changes;
import org.tatracker.audit.entity.AuditAction;
import org.tatracker.country.entity.Country;
import org.tatracker.platform.boundary.Page;
import org.tatracker.platform.boundary.ResourceNotFoundException;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.security.control.AccessPolicy;
import org.tatracker.security.control.Actor;
import org.tatracker.security.control.PasswordRule;
import org.tatracker.security.control.Tokens;
import org.tatracker.security.entity.Account;
import org.tatracker.security.entity.ApiToken;
import org.tatracker.security.entity.Organisation;
import org.tatracker.security.entity.Role;

/**
 * Accounts: signing in (passwords and API tokens, with the lock after repeated failures), and the
 * administration of accounts, each call checked by {@link AccessPolicy} and written to the audit
 * trail.
 */
@Stateless
public class Accounts {

    static final String ENTITY = "Account";
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Hash to verify against when the username is unknown, so that timing does not tell. */
    private String decoyHash;

    @PostConstruct
    void configureHash() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = passwordHash.generate("decoy-password-never-used".toCharArray());
    }

    // ---- signing in ----

    /** Checks a password; counts failures and locks the account after five. */
    public Optional<Actor> authenticate(String username, String password, String channel) {
        Instant now = Instant.now(clock);
        Optional<Account> found = byUsername(username);
        if (found.isEmpty()) {
            passwordHash.verify(String.valueOf(password).toCharArray(), decoyHash);
            audit.record(safe(username), AuditAction.LOGIN_FAILED, ENTITY, null, "Unknown account (" + channel + ")", Map.of());
            return Optional.empty();
        }
        Account account = found.get();
        if (!account.canLogIn(now)) {
            passwordHash.verify(String.valueOf(password).toCharArray(), decoyHash);
            audit.record(account.username(), AuditAction.LOGIN_FAILED, ENTITY, account.id(),
                    (account.enabled() ? "Account locked" : "Account disabled") + " (" + channel + ")", Map.of());
            return Optional.empty();
        }
        if (password != null && passwordHash.verify(password.toCharArray(), account.passwordHash())) {
            boolean hadFailures = account.failedLogins() > 0 || account.lockedUntil() != null;
            account.recordLogin();
            if ("page".equals(channel) || hadFailures) {
                audit.record(account.username(), AuditAction.LOGIN, ENTITY, account.id(), "Signed in (" + channel + ")", Map.of());
            }
            return Optional.of(actor(account));
        }
        boolean locked = account.recordFailedLogin(now);
        audit.record(account.username(), AuditAction.LOGIN_FAILED, ENTITY, account.id(), "Wrong password (" + channel + ")", Map.of());
        if (locked) {
            LOG.warning(() -> "Account " + account.username() + " locked until " + account.lockedUntil()
                    + " after " + Account.LOCK_AFTER_FAILURES + " failed logins");
            audit.record(account.username(), AuditAction.ACCOUNT_LOCKED, ENTITY, account.id(),
                    "Locked until " + account.lockedUntil() + " after " + Account.LOCK_AFTER_FAILURES + " failed logins", Map.of());
        }
        return Optional.empty();
    }

    public Optional<Actor> authenticateToken(String token) {
        if (token == null || !token.startsWith(Tokens.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Tokens.hash(token)).getResultStream().findFirst()
                .filter(ApiToken::active)
                .filter(t -> t.account().canLogIn(Instant.now(clock)))
                .map(t -> {
                    t.used(Instant.now(clock));
                    return actor(t.account());
                });
    }

    /** The actor of a signed-in username; empty when the account is gone or disabled. */
    public Optional<Actor> actorFor(String username) {
        return byUsername(username).filter(Account::enabled).map(Accounts::actor);
    }

    public void recordLogout(String username) {
        byUsername(username).ifPresent(a -> audit.record(a.username(), AuditAction.LOGOUT, ENTITY, a.id(), "Signed out", Map.of()));
    }

    // ---- administration ----

    public Page<AccountView> list(int page, int size) {
        Refusals.require(AccessPolicy.administers(actor()), actor());
        long total = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        List<AccountView> items = em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.organisation ORDER BY a.username", Account.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream().map(this::view).toList();
        return new Page<>(items, total, page, size);
    }

    /** An account its owner or an administrator may read; empty for anyone else (existence is not told). */
    public Optional<AccountView> find(long id) {
        Actor actor = actor();
        if (!AccessPolicy.readsAccount(actor, id)) {
            Refusals.require(actor.authenticated(), actor);
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Account.class, id)).map(this::view);
    }

    public AccountView create(@Valid AccountInput input) {
        Actor actor = actor();
        Refusals.require(AccessPolicy.administers(actor), actor);
        if (byUsername(input.username()).isPresent()) {
            throw new InvalidValueException("username", "isTaken");
        }
        checkPassword(input.username(), input.password());
        Account account = new Account(input.username(), input.displayName(), input.email(), input.role(),
                organisation(input.organisationId()), countries(input.countries()),
                passwordHash.generate(input.password().toCharArray()), Instant.now(clock));
        if (Boolean.FALSE.equals(input.enabled())) {
            account.disable();
        }
        em.persist(account);
        em.flush();
        audit.record(actor.username(), AuditAction.CREATE, ENTITY, account.id(), "Account " + account.username() + " created",
                Changes.between(Map.of(), snapshot(account)));
        return view(account);
    }

    public AccountView update(long id, @Valid AccountInput input) {
        Actor actor = actor();
        Refusals.require(AccessPolicy.administers(actor), actor);
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new ResourceNotFoundException("noAccount", id);
        }
        if (input.version() == null) {
            throw new InvalidValueException("version", "requiredToUpdate");
        }
        if (input.version() != account.version()) {
            throw new OptimisticLockException("Account " + id + " is at version " + account.version());
        }
        if (!account.username().equals(input.username())) {
            throw new InvalidValueException("username", "cannotBeChanged");
        }
        Map<String, Object> before = snapshot(account);
        account.describe(input.displayName(), input.email());
        account.rescope(input.role(), organisation(input.organisationId()), countries(input.countries()));
        if (input.enabled() != null) {
            if (input.enabled()) {
                account.enable();
            } else {
                account.disable();
            }
        }
        if (account.role() != Role.ADMIN && account.id().equals(actor.accountId())) {
            throw new InvalidValueException("role", "ownAdministratorRole");
        }
        em.flush();
        var changes = Changes.between(before, snapshot(account));
        if (!changes.isEmpty()) {
            audit.record(actor.username(), AuditAction.UPDATE, ENTITY, account.id(), "Account " + account.username() + " changed", changes);
        }
        return view(account);
    }

    public AccountView unlock(long id) {
        Actor actor = actor();
        Refusals.require(AccessPolicy.administers(actor), actor);
        Account account = Optional.ofNullable(em.find(Account.class, id))
                .orElseThrow(() -> new ResourceNotFoundException("noAccount", id));
        account.unlock();
        audit.record(actor.username(), AuditAction.UPDATE, ENTITY, account.id(), "Account " + account.username() + " unlocked", Map.of());
        return view(account);
    }

    public List<org.tatracker.audit.control.AuditView> history(long id) {
        Actor actor = actor();
        Refusals.require(AccessPolicy.readsAccount(actor, id), actor);
        return audit.history(ENTITY, Long.toString(id));
    }

    // ---- one's own account ----

    public AccountView me() {
        Actor actor = actor();
        Refusals.require(actor.authenticated(), actor);
        return view(em.find(Account.class, actor.accountId()));
    }

    public void changePassword(String current, String replacement) {
        Actor actor = actor();
        Refusals.require(actor.authenticated(), actor);
        Account account = em.find(Account.class, actor.accountId());
        if (current == null || !passwordHash.verify(current.toCharArray(), account.passwordHash())) {
            throw new InvalidValueException("currentPassword", "notCurrentPassword");
        }
        checkPassword(account.username(), replacement);
        account.changePasswordHash(passwordHash.generate(replacement.toCharArray()));
        audit.record(actor.username(), AuditAction.PASSWORD_CHANGED, ENTITY, account.id(), "Password changed", Map.of());
    }

    public void preferLanguage(String tag) {
        Actor actor = actor();
        if (actor.authenticated()) {
            em.find(Account.class, actor.accountId()).preferLanguage(tag);
        }
    }

    public List<TokenView> tokens() {
        Actor actor = actor();
        Refusals.require(actor.authenticated(), actor);
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.account.id = :id ORDER BY t.createdAt DESC", ApiToken.class)
                .setParameter("id", actor.accountId()).getResultList().stream().map(t -> token(t, null)).toList();
    }

    public TokenView createToken(String name) {
        Actor actor = actor();
        Refusals.require(actor.authenticated(), actor);
        String token = Tokens.newToken();
        ApiToken saved = new ApiToken(em.find(Account.class, actor.accountId()), name, Tokens.hash(token),
                Tokens.displayPrefix(token), Instant.now(clock));
        em.persist(saved);
        em.flush();
        audit.record(actor.username(), AuditAction.TOKEN_CREATED, "ApiToken", saved.id(), "API token '" + saved.name() + "' created", Map.of());
        return token(saved, token);
    }

    public void revokeToken(long id) {
        Actor actor = actor();
        Refusals.require(actor.authenticated(), actor);
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !(token.account().id().equals(actor.accountId()) || AccessPolicy.administers(actor))) {
            throw new ResourceNotFoundException("noToken", id);
        }
        token.revoke(Instant.now(clock));
        audit.record(actor.username(), AuditAction.TOKEN_REVOKED, "ApiToken", token.id(), "API token '" + token.name() + "' revoked", Map.of());
    }

    // ---- helpers ----

    public boolean anyAdministrator() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :role", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult() > 0;
    }

    /** Creation without a signed-in actor: only for the first start and the demo accounts (never exposed). */
    public Account provisionAtStartup(String username, String displayName, String email, Role role, Organisation organisation,
            List<Country> countries, String password) {
        Account account = new Account(username, displayName, email, role, organisation, countries,
                passwordHash.generate(password.toCharArray()), Instant.now(clock));
        em.persist(account);
        em.flush();
        audit.record("system", AuditAction.CREATE, ENTITY, account.id(), "Account " + username + " created at start-up",
                Changes.between(Map.of(), snapshot(account)));
        return account;
    }

    public Optional<Account> byUsername(String username) {
        if (username == null || username.isBlank() || username.length() > 60) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    private Actor actor() {
        return currentUser.actor();
    }

    private void checkPassword(String username, String password) {
        PasswordRule.refusal(username, password).ifPresent(key -> {
            throw switch (key) {
                case "password.tooShort" -> new InvalidValueException("password", "minLength", PasswordRule.MIN_LENGTH);
                case "password.tooLong" -> new InvalidValueException("password", "mustBeAtMostLength", PasswordRule.MAX_LENGTH);
                default -> new InvalidValueException("password", "notTheUsername");
            };
        });
    }

    private Organisation organisation(Long id) {
        if (id == null) {
            return null;
        }
        return Optional.ofNullable(em.find(Organisation.class, id))
                .orElseThrow(() -> new InvalidValueException("organisationId", "noOrganisationId", id));
    }

    private List<Country> countries(List<String> iso3s) {
        if (iso3s == null || iso3s.isEmpty()) {
            return List.of();
        }
        List<Country> found = em.createQuery("SELECT c FROM Country c WHERE c.iso3 IN :codes", Country.class)
                .setParameter("codes", iso3s).getResultList();
        if (found.size() != new java.util.HashSet<>(iso3s).size()) {
            List<String> known = found.stream().map(Country::iso3).toList();
            throw new InvalidValueException("countries", "unknownCountryCodes", iso3s.stream().filter(c -> !known.contains(c)).toList());
        }
        return found;
    }

    static Actor actor(Account account) {
        return new Actor(account.id(), account.username(), account.role(),
                account.organisation() == null ? null : account.organisation().id(),
                account.countries().stream().map(Country::iso3).collect(Collectors.toSet()));
    }

    private static Map<String, Object> snapshot(Account a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("displayName", a.displayName());
        s.put("email", a.email());
        s.put("role", a.role());
        s.put("organisation", a.organisation() == null ? null : a.organisation().name());
        s.put("countries", a.countries().stream().map(Country::iso3).sorted().toList());
        s.put("enabled", a.enabled());
        return s;
    }

    private AccountView view(Account a) {
        return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.role().name(),
                a.organisation() == null ? null : a.organisation().id(),
                a.organisation() == null ? null : a.organisation().name(),
                a.countries().stream().map(Country::iso3).sorted().toList(), a.enabled(), a.isLocked(Instant.now(clock)),
                a.createdAt(), a.version());
    }

    private static TokenView token(ApiToken t, String plain) {
        return new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt(), plain);
    }

    private static String safe(String username) {
        if (username == null || username.isBlank()) {
            return "(none)";
        }
        String s = username.strip();
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
