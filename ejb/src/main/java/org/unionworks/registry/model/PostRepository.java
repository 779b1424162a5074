package org.unionworks.registry.model;

import java.util.List;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;

/** Posts, read within a scope. */
public interface PostRepository {

    Optional<Post> find(OrgScope scope, long id);

    List<Post> findPage(OrgScope scope, PostFilter filter, int offset, int size, String sortField, boolean ascending);

    long count(OrgScope scope, PostFilter filter);

    /** Posts of exactly this unit that are not abolished, holders fetched. */
    List<Post> openPostsOf(OrgUnit unit);

    long countOpenPostsOf(OrgUnit unit);

    void add(Post post);
}
