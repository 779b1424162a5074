package org.unionworks.registry.model;

import java.util.List;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;

/** The activist and volunteer pool, read within a scope; paging, sorting and counting in SQL. */
public interface ActivistRepository {

    Optional<Activist> find(OrgScope scope, long id);

    List<Activist> findPage(OrgScope scope, ActivistFilter filter, int offset, int size, String sortField,
                            boolean ascending);

    long count(OrgScope scope, ActivistFilter filter);

    void add(Activist activist);
}
