package org.unionworks.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.Text;

/**
 * A social work post of an organisation (岗位): a professional-technical post with a service
 * field and a grade. It is vacant or held by exactly one professional.
 */
@Entity
@Table(name = "post")
public class Post {

    @Id
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit orgUnit;

    @Column(name = "tree_path", nullable = false, length = 1000, updatable = false)
    private String path;

    @Column(nullable = false, length = 100)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_field", nullable = false, length = 32)
    private ServiceField serviceField;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PostGrade grade;

    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;

    @Column(name = "abolished_on")
    private LocalDate abolishedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_id")
    private Professional holder;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Post() {
        // for JPA
    }

    public Post(OrgUnit orgUnit, String title, ServiceField serviceField, PostGrade grade, LocalDate establishedOn) {
        this.orgUnit = Objects.requireNonNull(orgUnit, "orgUnit");
        if (!orgUnit.isActiveOn(establishedOn == null ? LocalDate.now() : establishedOn)) {
            throw new DomainException("registry.orgUnit.dissolved", "unit no longer exists", orgUnit.getName());
        }
        this.path = orgUnit.getPath();
        this.establishedOn = Objects.requireNonNull(establishedOn, "establishedOn");
        describe(title, serviceField, grade);
        this.createdAt = OffsetDateTime.now();
    }

    /**
     * Sets title, service field and grade; returns the label keys of what changed. The holder's service field is
     * a copy of the post's (the registry list filters on it), so it follows; postings keep the field they began
     * with, as history does.
     */
    public Set<String> describe(String newTitle, ServiceField field, PostGrade newGrade) {
        String checkedTitle = Text.required(newTitle, 100, "registry.post.title.invalid");
        Objects.requireNonNull(field, "serviceField");
        Objects.requireNonNull(newGrade, "grade");
        Set<String> changed = new LinkedHashSet<>();
        if (!checkedTitle.equals(title)) {
            changed.add("field.postTitle");
        }
        if (field != serviceField) {
            changed.add("field.serviceField");
        }
        if (newGrade != grade) {
            changed.add("field.postGrade");
        }
        this.title = checkedTitle;
        this.serviceField = field;
        this.grade = newGrade;
        if (holder != null) {
            holder.followPost(this);
        }
        return changed;
    }

    void fill(Professional professional, LocalDate from) {
        if (isAbolished()) {
            throw new DomainException("registry.post.abolished", "post abolished", title);
        }
        if (from.isBefore(establishedOn)) {
            throw new DomainException("registry.post.notYetEstablished", "posting before the post existed", title);
        }
        if (holder != null && !holder.equals(professional)) {
            throw new DomainException("registry.post.occupied", "post already held", title);
        }
        this.holder = professional;
    }

    void vacate(Professional professional) {
        if (professional.equals(holder)) {
            this.holder = null;
        }
    }

    /** Abolishes a vacant post; holders must be moved first so no posting is left dangling. */
    public void abolish(LocalDate on) {
        if (holder != null) {
            throw new DomainException("registry.post.stillHeld", "post still held", title);
        }
        if (on == null || on.isBefore(establishedOn)) {
            throw new DomainException("registry.post.abolishedOn.invalid", "abolition date before establishment");
        }
        this.abolishedOn = on;
    }

    public boolean isVacant() {
        return holder == null && !isAbolished();
    }

    public boolean isAbolished() {
        return abolishedOn != null;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }

    public ServiceField getServiceField() {
        return serviceField;
    }

    public PostGrade getGrade() {
        return grade;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public LocalDate getAbolishedOn() {
        return abolishedOn;
    }

    public Professional getHolder() {
        return holder;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Post other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
