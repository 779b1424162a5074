package org.unionworks.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.security.model.AppUser;
import org.unionworks.security.model.Role;
import org.unionworks.security.model.UserRepository;
import org.unionworks.shared.infrastructure.LikePatterns;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<AppUser> findByUsername(String username) {
        return em.createQuery("SELECT u FROM AppUser u JOIN FETCH u.orgUnit WHERE u.username = :u", AppUser.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<AppUser> find(OrgScope scope, long id) {
        return em.createQuery("SELECT u FROM AppUser u JOIN FETCH u.orgUnit o WHERE u.id = :id AND o.path LIKE :scope",
                        AppUser.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public List<AppUser> findPage(OrgScope scope, String text, int offset, int size) {
        TypedQuery<AppUser> q = em.createQuery("SELECT u FROM AppUser u JOIN FETCH u.orgUnit o WHERE "
                + where(text) + " ORDER BY u.username", AppUser.class);
        bind(q, scope, text);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OrgScope scope, String text) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(u) FROM AppUser u JOIN u.orgUnit o WHERE " + where(text),
                Long.class);
        bind(q, scope, text);
        return q.getSingleResult();
    }

    @Override
    public boolean anyWithRole(Role role) {
        return em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE :role MEMBER OF u.roles", Long.class)
                .setParameter("role", role)
                .getSingleResult() > 0;
    }

    @Override
    public void add(AppUser user) {
        em.persist(user);
    }

    private static String where(String text) {
        return "o.path LIKE :scope" + (text == null || text.isBlank()
                ? "" : " AND (LOWER(u.username) LIKE :text" + LikePatterns.ESCAPE_CLAUSE
                + " OR LOWER(u.displayName) LIKE :text" + LikePatterns.ESCAPE_CLAUSE + ")");
    }

    private static void bind(TypedQuery<?> q, OrgScope scope, String text) {
        q.setParameter("scope", scope.likePattern());
        if (text != null && !text.isBlank()) {
            q.setParameter("text", LikePatterns.containsIgnoreCase(text));
        }
    }
}
