package org.unionworks.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.unionworks.organization.model.Occupancy;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitDependents;
import org.unionworks.registry.model.Activist;
import org.unionworks.registry.model.ActivistRepository;
import org.unionworks.registry.model.Post;
import org.unionworks.registry.model.PostRepository;
import org.unionworks.registry.model.PostingReason;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.SocialOrganization;
import org.unionworks.registry.model.SocialOrganizationRepository;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;

/**
 * The registry's answer to the organisation tree: what hangs on a unit, and how it moves when
 * the unit is merged. Runs inside the calling organisation service's transaction; each moved
 * record is audited as its own change, so its history says it moved with the merger.
 */
@ApplicationScoped
public class RegistryDependents implements OrgUnitDependents {

    @Inject
    PostRepository posts;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    SocialOrganizationRepository socialOrgs;

    @Inject
    ActivistRepository activists;

    @Inject
    AuditTrail audit;

    @Override
    public Occupancy occupancy(OrgUnit unit) {
        return new Occupancy(0, posts.countOpenPostsOf(unit), professionals.countActiveRegisteredAt(unit),
                socialOrgs.countSupervisedBy(unit));
    }

    @Override
    public Occupancy moveToSuccessor(OrgUnit merged, OrgUnit successor, LocalDate date, String by) {
        List<Professional> registered = professionals.activeRegisteredAt(merged);
        List<Post> open = posts.openPostsOf(merged);
        for (Post old : open) {
            movePost(old, successor, date, by);
        }
        // those posted there moved with their post; the others follow the unit
        List<Professional> unposted = registered.stream().filter(p -> p.getOrgUnit().equals(merged)).toList();
        for (Professional p : unposted) {
            p.assignTo(successor);
            p.touch(by);
            audit.record(AuditAction.PROFESSIONAL_UPDATED, DefaultProfessionalService.TYPE, p.getId(),
                    AuditOutcome.SUCCESS, AuditDetail.of("professionalUpdated", AuditDetail.labels(List.of("field.orgUnit"))));
        }
        List<SocialOrganization> supervised = socialOrgs.supervisedBy(merged);
        for (SocialOrganization s : supervised) {
            s.supervise(successor, s.getIncubatedBy());
            audit.record(AuditAction.SOCIAL_ORG_UPDATED, DefaultSocialOrganizationService.TYPE, s.getId(),
                    AuditOutcome.SUCCESS, AuditDetail.of("supervisionMoved", merged.getId(), successor.getId()));
        }
        // the activist and volunteer pool follows its unit too (not counted: the pool never blocks a merger)
        for (Activist member : activists.notPromotedAt(merged)) {
            member.moveTo(successor);
            audit.record(AuditAction.ACTIVIST_UPDATED, DefaultActivistService.TYPE, member.getId(), AuditOutcome.SUCCESS,
                    AuditDetail.of("activistUpdated", AuditDetail.labels(List.of("field.orgUnit"))));
        }
        return new Occupancy(0, open.size(), registered.size(), supervised.size());
    }

    /** The professionals registered at the unit keep its divisions for the labour departments' reports. */
    @Override
    public void renumbered(OrgUnit unit) {
        professionals.refileAt(unit);
    }

    /** The post is re-established at the successor; its holder's posting there starts the same day. */
    private void movePost(Post old, OrgUnit successor, LocalDate date, String by) {
        Post moved = new Post(successor, old.getTitle(), old.getServiceField(), old.getGrade(), date);
        posts.add(moved);
        audit.record(AuditAction.POST_CREATED, DefaultPostService.TYPE, moved.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("postCreated", successor.getId(), "#" + moved.getServiceField().labelKey(),
                        "#" + moved.getGrade().labelKey()));
        Professional holder = old.getHolder();
        if (holder != null) {
            holder.postTo(moved, date, PostingReason.ORG_MERGER, holder.currentEmployment(), by);
            holder.touch(by);
            audit.record(AuditAction.PROFESSIONAL_POSTED, DefaultProfessionalService.TYPE, holder.getId(),
                    AuditOutcome.SUCCESS, AuditDetail.of("posted", moved.getId(), date,
                            "#" + PostingReason.ORG_MERGER.labelKey()));
        }
        old.abolish(date);
        audit.record(AuditAction.POST_ABOLISHED, DefaultPostService.TYPE, old.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("postAbolished", date));
    }
}
