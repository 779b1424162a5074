package org.unionworks.security.model;

import java.util.List;
import org.unionworks.organization.model.OrgScope;

/** Append and read; there is deliberately no update or delete. */
public interface AuditRepository {

    void append(AuditEvent event);

    List<AuditEvent> search(OrgScope scope, boolean includeUnattributed, AuditCriteria criteria, int offset, int size);

    long count(OrgScope scope, boolean includeUnattributed, AuditCriteria criteria);

    /** The trail of one object, newest first; the caller has checked that it may see the object. */
    List<AuditEvent> forObject(String objectType, String objectId, int max);
}
