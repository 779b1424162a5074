package org.unionworks.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.security.model.AuditCriteria;
import org.unionworks.security.model.AuditEvent;
import org.unionworks.security.model.AuditRepository;

/**
 * Audit rows are visible to an audit administrator when the actor's org unit lies in the
 * administrator's subtree; rows with no org (failed logins of unknown names, startup) only
 * to administrators at the root.
 */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @Inject
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> search(OrgScope scope, boolean includeUnattributed, AuditCriteria c, int offset, int size) {
        TypedQuery<AuditEvent> q = em.createQuery("SELECT a FROM AuditEvent a WHERE " + where(includeUnattributed, c)
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEvent.class);
        bind(q, scope, c);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public List<AuditEvent> forObject(String objectType, String objectId, int max) {
        return em.createQuery("SELECT a FROM AuditEvent a WHERE a.objectType = :type AND a.objectId = :id"
                        + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEvent.class)
                .setParameter("type", objectType)
                .setParameter("id", objectId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(OrgScope scope, boolean includeUnattributed, AuditCriteria c) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE " + where(includeUnattributed, c),
                Long.class);
        bind(q, scope, c);
        return q.getSingleResult();
    }

    private static String where(boolean includeUnattributed, AuditCriteria c) {
        StringBuilder sb = new StringBuilder("(a.actorOrgId IN (SELECT o.id FROM OrgUnit o WHERE o.path LIKE :scope)");
        sb.append(includeUnattributed ? " OR a.actorOrgId IS NULL)" : ")");
        if (c.from() != null) {
            sb.append(" AND a.occurredAt >= :from");
        }
        if (c.to() != null) {
            sb.append(" AND a.occurredAt < :to");
        }
        if (c.actor() != null) {
            sb.append(" AND a.actor = :actor");
        }
        if (c.action() != null) {
            sb.append(" AND a.action = :action");
        }
        if (c.outcome() != null) {
            sb.append(" AND a.outcome = :outcome");
        }
        return sb.toString();
    }

    private static void bind(TypedQuery<?> q, OrgScope scope, AuditCriteria c) {
        q.setParameter("scope", scope.likePattern());
        if (c.from() != null) {
            q.setParameter("from", c.from());
        }
        if (c.to() != null) {
            q.setParameter("to", c.to());
        }
        if (c.actor() != null) {
            q.setParameter("actor", c.actor());
        }
        if (c.action() != null) {
            q.setParameter("action", c.action());
        }
        if (c.outcome() != null) {
            q.setParameter("outcome", c.outcome());
        }
    }
}
