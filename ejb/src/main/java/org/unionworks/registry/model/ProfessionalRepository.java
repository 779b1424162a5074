package org.unionworks.registry.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;

/** Professionals, always read within a scope; paging, sorting, filtering and counting in SQL. */
public interface ProfessionalRepository {

    Optional<Professional> find(OrgScope scope, long id);

    /** By blind index, across all scopes: de-duplication must see records the caller cannot. */
    Optional<Professional> findByResidentIdIndex(String blindIndex);

    /** By blind indexes, across all scopes, for a batch of import rows; at most a few hundred at a time. */
    List<Professional> findByResidentIdIndexes(Collection<String> blindIndexes);

    List<ProfessionalListItem> findPage(OrgScope scope, ProfessionalFilter filter, int offset, int size,
                                        String sortField, boolean ascending);

    long count(OrgScope scope, ProfessionalFilter filter);

    /**
     * The whole filtered list in list order, for exports, read row by row from the database (never
     * held whole); the caller closes the stream.
     */
    Stream<ProfessionalListItem> stream(OrgScope scope, ProfessionalFilter filter, String sortField, boolean ascending);

    /** Active professionals registered at exactly this unit (posted there or not). */
    List<Professional> activeRegisteredAt(OrgUnit unit);

    long countActiveRegisteredAt(OrgUnit unit);

    /**
     * The unit was renumbered: everyone registered at it (active or not) takes its new code's divisions, as placing
     * them there would have given them. One statement; the records' versions do not move (nobody edited them).
     *
     * @return how many records followed
     */
    int refileAt(OrgUnit unit);
    /** The same rows with the cipher texts of ID and phone, for an export with full values. */
    Stream<SealedListItem> streamSealed(OrgScope scope, ProfessionalFilter filter, String sortField, boolean ascending);

    void add(Professional professional);
}
