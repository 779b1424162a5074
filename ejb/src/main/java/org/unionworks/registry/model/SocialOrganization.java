package org.unionworks.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Objects;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.CreditCodeConverter;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.Text;

/**
 * A worker-service social organisation (职工服务类社会组织): registered with civil affairs,
 * identified by its Unified Social Credit Code, supervised (业务主管) and often incubated by a
 * union. It is visible in the supervising union's subtree.
 */
@Entity
@Table(name = "social_org")
public class SocialOrganization {

    @Id
    @SequenceGenerator(name = "social_org_seq", sequenceName = "social_org_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_org_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Convert(converter = CreditCodeConverter.class)
    @Column(name = "credit_code", nullable = false, length = 18)
    private CreditCode creditCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervising_unit_id", nullable = false)
    private OrgUnit supervisingUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "incubated_by_id")
    private OrgUnit incubatedBy;

    @Column(name = "tree_path", nullable = false, length = 1000)
    private String path;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SocialOrgStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected SocialOrganization() {
        // for JPA
    }

    public SocialOrganization(String name, CreditCode creditCode, OrgUnit supervisingUnit, OrgUnit incubatedBy,
                              LocalDate registeredOn) {
        rename(name);
        this.creditCode = Objects.requireNonNull(creditCode, "creditCode");
        this.registeredOn = Objects.requireNonNull(registeredOn, "registeredOn");
        supervise(supervisingUnit, incubatedBy);
        this.status = SocialOrgStatus.ACTIVE;
        this.statusSince = registeredOn;
        this.createdAt = OffsetDateTime.now();
    }

    public void rename(String newName) {
        this.name = Text.required(newName, 200, "registry.socialOrg.name.invalid");
    }

    /** Supervision moves the organisation into the supervising union's subtree. */
    public void supervise(OrgUnit supervisor, OrgUnit incubator) {
        this.supervisingUnit = Objects.requireNonNull(supervisor, "supervisingUnit");
        this.incubatedBy = incubator;
        this.path = supervisor.getPath();
    }

    public void changeRegistrationDate(LocalDate date) {
        if (date == null || date.isAfter(LocalDate.now())) {
            throw new DomainException("registry.socialOrg.registeredOn.invalid", "registration date missing or in the future");
        }
        this.registeredOn = date;
    }

    public void changeStatus(SocialOrgStatus newStatus, LocalDate since) {
        Objects.requireNonNull(newStatus, "status");
        if (since == null || since.isBefore(registeredOn)) {
            throw new DomainException("registry.socialOrg.statusSince.invalid", "status date before registration");
        }
        this.status = newStatus;
        this.statusSince = since;
    }

    /** Only an active organisation can employ purchased-service staff. */
    public boolean mayEmploy() {
        return status == SocialOrgStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CreditCode getCreditCode() {
        return creditCode;
    }

    public OrgUnit getSupervisingUnit() {
        return supervisingUnit;
    }

    public OrgUnit getIncubatedBy() {
        return incubatedBy;
    }

    public String getPath() {
        return path;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public SocialOrgStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SocialOrganization other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
