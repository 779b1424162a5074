package org.unionworks.registry.model;

import java.util.List;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;

/** Worker-service social organisations, read within a scope. */
public interface SocialOrganizationRepository {

    Optional<SocialOrganization> find(OrgScope scope, long id);

    /**
     * An organisation the caller may name as employer: supervised inside the caller's subtree or
     * by one of the units above it (a city-level service organisation staffs district posts).
     */
    Optional<SocialOrganization> findUsableAsEmployer(OrgScope scope, long id);

    List<SocialOrganization> usableAsEmployer(OrgScope scope, String nameContains, int max);

    Optional<SocialOrganization> findByCreditCode(String creditCode);

    List<SocialOrganization> findPage(OrgScope scope, String nameContains, SocialOrgStatus status, int offset,
                                      int size, String sortField, boolean ascending);

    long count(OrgScope scope, String nameContains, SocialOrgStatus status);

    /** Organisations supervised by exactly this unit that are not deregistered. */
    List<SocialOrganization> supervisedBy(OrgUnit unit);

    long countSupervisedBy(OrgUnit unit);

    void add(SocialOrganization organization);
}
