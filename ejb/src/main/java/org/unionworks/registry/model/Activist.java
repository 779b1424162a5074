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
 * A union activist or worker-service volunteer (工会积极分子、志愿者): a lighter record than a professional — a name,
 * a unit, what they can do, optionally the ID and phone numbers (sealed like the registry's). Promoting one
 * makes a professional from what is already here, so nobody types the name and numbers again; the pool record
 * stays, marked promoted and linked.
 */
@Entity
@Table(name = "activist")
public class Activist {

    private static final int NAME_MAX = 50;
    private static final int SKILLS_MAX = 200;

    @Id
    @SequenceGenerator(name = "activist_seq", sequenceName = "activist_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activist_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivistKind kind;

    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Column(name = "resident_id_enc", length = 120)
    private String residentIdCipher;

    @Column(name = "resident_id_hash", length = 64)
    private String residentIdIndex;

    @Column(name = "resident_id_masked", length = 18)
    private String residentIdMasked;

    @Column(name = "phone_enc", length = 120)
    private String phoneCipher;

    @Column(name = "phone_hash", length = 64)
    private String phoneIndex;

    @Column(name = "phone_masked", length = 20)
    private String phoneMasked;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @Column(name = "tree_path", nullable = false, length = 1000)
    private String path;

    @Column(length = SKILLS_MAX)
    private String skills;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivistStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "promoted_to_id")
    private Professional promotedTo;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Activist() {
        // for JPA
    }

    public Activist(ActivistKind kind, String fullName, OrgUnit unit, String skills, LocalDate registeredOn) {
        this.createdAt = OffsetDateTime.now();
        this.status = ActivistStatus.ACTIVE;
        describe(kind, fullName, skills);
        moveTo(unit);
        if (registeredOn == null || registeredOn.isAfter(LocalDate.now())) {
            throw new DomainException("registry.activist.registeredOn.invalid", "registration date missing or future");
        }
        this.registeredOn = registeredOn;
    }

    /** Changes kind, name and skills; returns the names of the fields that changed. */
    public Set<String> describe(ActivistKind newKind, String newName, String newSkills) {
        requireNotPromoted();
        Set<String> changed = new LinkedHashSet<>();
        String name = Text.personName(newName, NAME_MAX);
        String skillText = Text.optional(newSkills, SKILLS_MAX, "registry.activist.skills.tooLong");
        if (!Objects.equals(kind, Objects.requireNonNull(newKind, "kind"))) {
            changed.add("kind");
            this.kind = newKind;
        }
        if (!Objects.equals(fullName, name)) {
            changed.add("fullName");
            this.fullName = name;
        }
        if (!Objects.equals(skills, skillText)) {
            changed.add("skills");
            this.skills = skillText;
        }
        return changed;
    }

    public boolean moveTo(OrgUnit unit) {
        requireNotPromoted();
        Objects.requireNonNull(unit, "orgUnit");
        if (unit.equals(orgUnit)) {
            return false;
        }
        if (!unit.isActiveOn(LocalDate.now())) {
            throw new DomainException("registry.orgUnit.dissolved", "unit no longer exists", unit.getName());
        }
        this.orgUnit = unit;
        this.path = unit.getPath();
        return true;
    }

    /** Records the ID number (needed to promote); null sealed value = unchanged. */
    public boolean changeResidentId(SealedValue sealed) {
        requireNotPromoted();
        if (sealed == null || sealed.blindIndex().equals(residentIdIndex)) {
            return false;
        }
        this.residentIdCipher = sealed.cipherText();
        this.residentIdIndex = sealed.blindIndex();
        this.residentIdMasked = sealed.masked();
        return true;
    }

    public boolean changePhone(SealedValue sealed) {
        requireNotPromoted();
        if (sealed == null || sealed.blindIndex().equals(phoneIndex)) {
            return false;
        }
        this.phoneCipher = sealed.cipherText();
        this.phoneIndex = sealed.blindIndex();
        this.phoneMasked = sealed.masked();
        return true;
    }

    public void deactivate() {
        requireNotPromoted();
        this.status = ActivistStatus.INACTIVE;
    }

    public void reactivate() {
        requireNotPromoted();
        this.status = ActivistStatus.ACTIVE;
    }

    /** Checks that a promotion may start: an active member whose ID number is on record. */
    public void requirePromotable() {
        if (status != ActivistStatus.ACTIVE) {
            throw new DomainException("registry.activist.notActive", "only active members can be promoted");
        }
        if (residentIdCipher == null) {
            throw new DomainException("registry.activist.idRequired", "the ID number is needed to promote");
        }
    }

    public void promotedTo(Professional professional) {
        requirePromotable();
        this.promotedTo = Objects.requireNonNull(professional, "professional");
        this.status = ActivistStatus.PROMOTED;
    }

    private void requireNotPromoted() {
        if (status == ActivistStatus.PROMOTED) {
            throw new DomainException("registry.activist.promoted", "a promoted record is kept as it was");
        }
    }

    public Long getId() {
        return id;
    }

    public ActivistKind getKind() {
        return kind;
    }

    public String getFullName() {
        return fullName;
    }

    public String getResidentIdCipher() {
        return residentIdCipher;
    }

    public String getResidentIdIndex() {
        return residentIdIndex;
    }

    public String getResidentIdMasked() {
        return residentIdMasked;
    }

    public String getPhoneCipher() {
        return phoneCipher;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public String getPath() {
        return path;
    }

    public String getSkills() {
        return skills;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public ActivistStatus getStatus() {
        return status;
    }

    public Professional getPromotedTo() {
        return promotedTo;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Activist other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Activist.class.hashCode();
    }
}
