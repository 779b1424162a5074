package org.unionworks.security.model;

import java.util.List;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;

public interface UserRepository {

    Optional<AppUser> findByUsername(String username);

    /** The account if it belongs to an org unit inside {@code scope}. */
    Optional<AppUser> find(OrgScope scope, long id);

    List<AppUser> findPage(OrgScope scope, String text, int offset, int size);

    long count(OrgScope scope, String text);

    boolean anyWithRole(Role role);

    void add(AppUser user);
}
