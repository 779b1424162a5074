package org.unionworks.security.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;

public interface ApiClientRepository {

    Optional<ApiClient> findByTokenHash(String tokenHash);

    Optional<ApiClient> find(long id);

    /** A client issued within the scope (an administrator's view). */
    Optional<ApiClient> find(OrgScope scope, long id);

    /** Clients issued within the scope, newest first. */
    List<ApiClient> list(OrgScope scope);

    void add(ApiClient client);

    /** Writes the time of use without touching the version, so a use never conflicts with a revocation. */
    void touch(long id, OffsetDateTime at);
}
