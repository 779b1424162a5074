package org.unionworks.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.registry.model.Post;
import org.unionworks.registry.model.PostFilter;
import org.unionworks.registry.model.PostRepository;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.NotFoundException;

@Stateless
@Interceptors(AuditFailures.class)
public class DefaultPostService implements PostService {

    static final String TYPE = "Post";
    private static final int OPTIONS_MAX = 200;

    @Inject
    PostRepository posts;

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.FINANCE})
    public Page<PostView> list(PostFilter filter, PageRequest page) {
        OrgScope scope = effectiveScope(filter);
        List<PostView> items = posts.findPage(scope, filter, page.offset(), page.size(), page.sortField(),
                page.ascending()).stream().map(PostView::of).toList();
        return new Page<>(items, posts.count(scope, filter), page.offset(), page.size());
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.FINANCE})
    public long count(PostFilter filter) {
        return posts.count(effectiveScope(filter), filter);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.FINANCE})
    public PostView get(long id) {
        return PostView.of(posts.find(caller.scope(), id).orElseThrow(() -> new NotFoundException(TYPE, id)));
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public PostView create(PostForm form) {
        OrgUnit unit = units.find(caller.scope(), form.orgUnitId())
                .orElseThrow(() -> new NotFoundException("OrgUnit", form.orgUnitId()));
        Post post = new Post(unit, form.title(), form.serviceField(), form.grade(), form.establishedOn());
        posts.add(post);
        em.flush();
        audit.record(AuditAction.POST_CREATED, TYPE, post.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("postCreated", unit.getId(), "#" + form.serviceField().labelKey(),
                        "#" + form.grade().labelKey()));
        return PostView.of(post);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public PostView update(PostForm form) {
        Post post = loadForChange(form.id() == null ? -1 : form.id(), form.version());
        Set<String> changed = post.describe(form.title(), form.serviceField(), form.grade());
        flush(post);
        audit.record(AuditAction.POST_UPDATED, TYPE, post.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("postUpdated", AuditDetail.labels(changed)));
        return PostView.of(post);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public PostView abolish(long id, long version, LocalDate on) {
        Post post = loadForChange(id, version);
        post.abolish(on);
        flush(post);
        audit.record(AuditAction.POST_ABOLISHED, TYPE, post.getId(), AuditOutcome.SUCCESS, null);
        return PostView.of(post);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public List<PostView> vacantPosts(long orgUnitId) {
        OrgScope scope = caller.scope();
        units.find(scope, orgUnitId).orElseThrow(() -> new NotFoundException("OrgUnit", orgUnitId));
        return posts.findPage(scope, new PostFilter(orgUnitId, null, null, true, false), 0, OPTIONS_MAX, "title", true)
                .stream().map(PostView::of).toList();
    }

    /** The caller's scope, narrowed to a unit's subtree when the filter names one. */
    private OrgScope effectiveScope(PostFilter filter) {
        OrgScope scope = caller.scope();
        if (filter.withinUnitId() == null) {
            return scope;
        }
        return units.find(scope, filter.withinUnitId())
                .orElseThrow(() -> new NotFoundException("OrgUnit", filter.withinUnitId())).scope();
    }

    private Post loadForChange(long id, long version) {
        Post post = posts.find(caller.scope(), id).orElseThrow(() -> new NotFoundException(TYPE, id));
        if (post.getVersion() != version) {
            throw new ConcurrentEditException(TYPE, id);
        }
        return post;
    }

    private void flush(Post post) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(TYPE, post.getId());
        }
    }
}
