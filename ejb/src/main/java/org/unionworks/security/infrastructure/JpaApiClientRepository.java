package org.unionworks.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.security.model.ApiClient;
import org.unionworks.security.model.ApiClientRepository;

@ApplicationScoped
public class JpaApiClientRepository implements ApiClientRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<ApiClient> findByTokenHash(String tokenHash) {
        return em.createQuery("SELECT c FROM ApiClient c WHERE c.tokenHash = :hash", ApiClient.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ApiClient> find(long id) {
        return Optional.ofNullable(em.find(ApiClient.class, id));
    }

    @Override
    public Optional<ApiClient> find(OrgScope scope, long id) {
        return em.createQuery("SELECT c FROM ApiClient c JOIN FETCH c.issuedBy o WHERE c.id = :id"
                        + " AND o.path LIKE :scope", ApiClient.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public List<ApiClient> list(OrgScope scope) {
        return em.createQuery("SELECT c FROM ApiClient c JOIN FETCH c.issuedBy o WHERE o.path LIKE :scope"
                        + " ORDER BY c.createdAt DESC, c.id DESC", ApiClient.class)
                .setParameter("scope", scope.likePattern())
                .getResultList();
    }

    @Override
    public void add(ApiClient client) {
        em.persist(client);
    }

    @Override
    public void touch(long id, OffsetDateTime at) {
        em.createQuery("UPDATE ApiClient c SET c.lastUsedAt = :at WHERE c.id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }
}
