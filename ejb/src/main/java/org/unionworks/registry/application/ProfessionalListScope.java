package org.unionworks.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.shared.model.NotFoundException;

/**
 * The part of the tree a professionals list covers: the caller's scope, or the subtree of the
 * unit the filter names, which must lie inside it. One rule for the list, its count and its
 * exports, so an export can never cover more than the list it was started from.
 */
@ApplicationScoped
public class ProfessionalListScope {

    @Inject
    CurrentCaller caller;

    @Inject
    OrgUnitRepository units;

    public OrgScope of(ProfessionalFilter filter) {
        OrgScope scope = caller.scope();
        if (filter.orgUnitId() == null) {
            return scope;
        }
        return units.find(scope, filter.orgUnitId())
                .orElseThrow(() -> new NotFoundException("OrgUnit", filter.orgUnitId())).scope();
    }
}
