package org.unionworks.organization.application;

import java.util.List;
import org.unionworks.organization.model.OrgUnitFilter;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/** Reads of the organisation tree, always within the caller's subtree. */
public interface OrgUnitService {

    Page<OrgUnitView> list(OrgUnitFilter filter, PageRequest page);

    long count(OrgUnitFilter filter);

    /** The unit, or {@link org.unionworks.shared.model.NotFoundException} if absent or outside scope. */
    OrgUnitView get(long id);

    /** The caller's own unit: the root of everything they see. */
    OrgUnitView scopeRoot();

    List<OrgUnitView> children(long parentId);

    ScopeSummary summary();
}
