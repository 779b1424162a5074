package org.unionworks.registry.model;

import java.util.List;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;

/** The activist and volunteer pool, read within a scope; paging, sorting and counting in SQL. */
public interface ActivistRepository {

    Optional<Activist> find(OrgScope scope, long id);

    List<Activist> findPage(OrgScope scope, ActivistFilter filter, int offset, int size, String sortField,
                            boolean ascending);

    long count(OrgScope scope, ActivistFilter filter);

    /** Pool members registered at exactly this unit who have not become professionals. */
    List<Activist> notPromotedAt(OrgUnit unit);

    void add(Activist activist);
}
