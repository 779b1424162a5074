package org.unionworks.registry.model;

import java.util.List;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;

/** Posts, read within a scope. */
public interface PostRepository {

    Optional<Post> find(OrgScope scope, long id);

    List<Post> findPage(OrgScope scope, PostFilter filter, int offset, int size, String sortField, boolean ascending);

    long count(OrgScope scope, PostFilter filter);

    void add(Post post);
}
