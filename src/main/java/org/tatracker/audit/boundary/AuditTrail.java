package org.tatracker.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tatracker.audit.control.AuditView;
import org.tatracker.audit.control.Changes;
import org.tatracker.audit.entity.AuditAction;
import org.tatracker.audit.entity.AuditEvent;
import org.tatracker.platform.boundary.Page;
import org.tatracker.security.boundary.CurrentUser;
import org.tatracker.security.boundary.Refusals;
import org.tatracker.security.control.AccessPolicy;

/**
 * The append-only audit trail. A change is recorded in the transaction that makes it, so that one
 * is never kept without the other; a refused sign-in is recorded in the transaction that counts
 * the failure.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, AuditAction action, String entityType, Object entityId, String summary,
            Map<String, Changes.Change> changes) {
        em.persist(new AuditEvent(Instant.now(clock), actor, action, entityType, entityId == null ? null : entityId.toString(),
                summary, Changes.json(changes)));
    }

    /** The filters of an audit search; {@code null} means any. */
    public record Search(String actor, String action, String entityType, String entityId, Instant from, Instant to,
            int page, int size) {
    }

    /** Administrators search the whole trail. */
    public Page<AuditView> search(Search search) {
        Refusals.require(AccessPolicy.administers(currentUser.actor()), currentUser.actor());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEvent> c = count.from(AuditEvent.class);
        count.select(cb.count(c)).where(filters(search, cb, c));
        long total = em.createQuery(count).getSingleResult();
        CriteriaQuery<AuditEvent> select = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> e = select.from(AuditEvent.class);
        select.select(e).where(filters(search, cb, e)).orderBy(cb.desc(e.get("occurredAt")), cb.desc(e.get("id")));
        List<AuditView> items = em.createQuery(select).setFirstResult(search.page() * search.size())
                .setMaxResults(search.size()).getResultList().stream().map(AuditTrail::view).toList();
        return new Page<>(items, total, search.page(), search.size());
    }

    /** The history of one record, newest first; the caller has checked that the record may be read. */
    public List<AuditView> history(String entityType, String entityId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType = :type AND e.entityId = :id "
                + "ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .setMaxResults(500).getResultList().stream().map(AuditTrail::view).toList();
    }

    private static Predicate[] filters(Search s, CriteriaBuilder cb, Root<AuditEvent> e) {
        List<Predicate> where = new ArrayList<>();
        if (s.actor() != null) {
            where.add(cb.equal(e.get("actor"), s.actor()));
        }
        if (s.action() != null) {
            where.add(cb.equal(e.get("action"), AuditAction.valueOf(s.action())));
        }
        if (s.entityType() != null) {
            where.add(cb.equal(e.get("entityType"), s.entityType()));
        }
        if (s.entityId() != null) {
            where.add(cb.equal(e.get("entityId"), s.entityId()));
        }
        if (s.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), s.from()));
        }
        if (s.to() != null) {
            where.add(cb.lessThan(e.get("occurredAt"), s.to()));
        }
        return where.toArray(Predicate[]::new);
    }

    static AuditView view(AuditEvent e) {
        return new AuditView(e.id(), e.occurredAt(), e.actor(), e.action().name(), e.entityType(), e.entityId(),
                e.summary(), e.changes());
    }
}
