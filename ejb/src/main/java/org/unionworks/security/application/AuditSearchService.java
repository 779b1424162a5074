package org.unionworks.security.application;

import jakarta.validation.constraints.NotNull;
import org.unionworks.security.model.AuditCriteria;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/** Read-only access to the audit trail for audit administrators. There is no edit or delete. */
public interface AuditSearchService {

    Page<AuditEntryView> search(@NotNull AuditCriteria criteria, @NotNull PageRequest page);

    /** How many rows match, for paging; not itself audited (the search that follows is). */
    long count(@NotNull AuditCriteria criteria);
}
