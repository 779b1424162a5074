package org.unionworks.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditCriteria;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.AuditRepository;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

@Stateless
@Interceptors(AuditFailures.class)
@RolesAllowed(Roles.AUDIT_ADMIN)
public class DefaultAuditSearchService implements AuditSearchService {

    @Inject
    AuditRepository repository;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Override
    public long count(AuditCriteria criteria) {
        Caller me = caller.get();
        return repository.count(me.scope(), me.isRoot(), criteria);
    }

    @Override
    public Page<AuditEntryView> search(AuditCriteria criteria, PageRequest page) {
        Caller me = caller.get();
        var items = repository.search(me.scope(), me.isRoot(), criteria, page.offset(), page.size()).stream()
                .map(AuditEntryView::of).toList();
        long total = repository.count(me.scope(), me.isRoot(), criteria);
        if (page.offset() == 0) {
            // watching the watchers: each new search is itself on record, not each page of it
            audit.record(AuditAction.AUDIT_SEARCH, "AuditEvent", null, AuditOutcome.SUCCESS,
                    AuditDetail.of("auditSearch", criteria.action() == null ? "-" : criteria.action(),
                            criteria.actor() == null ? "-" : criteria.actor(), total));
        }
        return new Page<>(items, total, page.offset(), page.size());
    }
}
