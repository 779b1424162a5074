package org.unionworks.organization.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Org units, read through a scope; the only unscoped read is {@link #topmost()}, for bootstrapping. */
public interface OrgUnitRepository {

    Optional<OrgUnit> find(OrgScope scope, long id);

    List<OrgUnit> findPage(OrgScope scope, OrgUnitFilter filter, int offset, int size, String sortField, boolean ascending);

    long count(OrgScope scope, OrgUnitFilter filter);

    /** Direct children of {@code parentId} inside the scope, with the number of children each has. */
    List<OrgUnit> children(OrgScope scope, long parentId);

    Map<Long, Long> childCounts(OrgScope scope, List<Long> parentIds);

    /** Units that exist today (not merged or dissolved), by type. */
    Map<OrgUnitType, Long> countByType(OrgScope scope);

    /** Direct children of {@code unit} that still exist on {@code date} (not merged or dissolved by then). */
    long countActiveChildren(OrgUnit unit, LocalDate date);

    long sumCoveredWorkers(OrgScope scope);

    /** The scope's units in tree order for filings; the caller must close the stream. */
    Stream<OrgUnit> streamInTreeOrder(OrgScope scope);

    boolean isEmpty();

    /** The first root of the tree (depth 0), used to attach the first administrator. */
    OrgUnit topmost();

    void add(OrgUnit unit);
}
