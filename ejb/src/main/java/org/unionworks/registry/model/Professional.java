package org.unionworks.registry.model;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.Text;

/**
 * A union social work professional: the aggregate of the registry. Identity numbers are held
 * sealed (see {@link SealedValue}); postings are its history and are only ever appended or
 * closed, never rewritten. Methods that change the record report which fields they changed so
 * that the record history can say what changed without repeating personal data.
 */
@Entity
@Table(name = "professional")
public class Professional {

    private static final int NAME_MAX = 50;

    @Id
    @SequenceGenerator(name = "professional_seq", sequenceName = "professional_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "professional_seq")
    private Long id;

    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Column(name = "resident_id_enc", nullable = false, length = 120)
    private String residentIdCipher;

    @Column(name = "resident_id_hash", nullable = false, length = 64)
    private String residentIdIndex;

    @Column(name = "resident_id_masked", nullable = false, length = 18)
    private String residentIdMasked;

    @Column(name = "resident_id_last4", nullable = false, length = 4)
    private String residentIdLastFour;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Gender gender;

    @Column(name = "phone_enc", length = 120)
    private String phoneCipher;

    @Column(name = "phone_hash", length = 64)
    private String phoneIndex;

    @Column(name = "phone_masked", length = 20)
    private String phoneMasked;

    @Column(nullable = false, length = 2)
    private EducationLevel education;

    @Column(length = 100)
    private String major;

    @Column(name = "social_work_major", nullable = false)
    private boolean socialWorkMajor;

    @Column(name = "political_status", length = 2)
    private PoliticalStatus politicalStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProfessionalCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_mode", nullable = false, length = 24)
    private EmploymentMode employmentMode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    private SocialOrganization employer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @Column(name = "tree_path", nullable = false, length = 1000)
    private String path;

    /*
     * The divisions of GB/T 2260 that the unit's code lies in, one per level (DivisionCode#at), copied as the path is,
     * kept when the unit is renumbered (ProfessionalRepository#refileAt): "the people of a labour department's
     * jurisdiction" is then one equality that an index walks in key order (Liquibase 013, docs/benchmarks.md).
     */
    @Column(name = "province_code", length = 6)
    private DivisionCode provinceDivision;

    @Column(name = "city_code", length = 6)
    private DivisionCode cityDivision;

    @Column(name = "county_code", length = 6)
    private DivisionCode countyDivision;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_field", length = 32)
    private ServiceField serviceField;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ProfessionalStatus status;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason", length = 24)
    private LeaveReason leaveReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private RecordSource source;

    @OneToMany(mappedBy = "professional", cascade = CascadeType.PERSIST)
    @OrderBy("startDate ASC, id ASC")
    private List<Posting> postings = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    protected Professional() {
        // for JPA
    }

    private Professional(RecordSource source, LocalDate joinedOn, String by) {
        this.source = Objects.requireNonNull(source, "source");
        this.status = ProfessionalStatus.ACTIVE;
        this.joinedOn = requireNotFuture(joinedOn, "registry.joinedOn.invalid");
        this.createdAt = OffsetDateTime.now();
        touch(by);
    }

    /** Registers a professional with a home organisation; posting into a post is a separate act. */
    public static Professional register(Profile profile, ResidentId residentId, SealedValue sealedId,
                                        OrgUnit home, Employment employment, LocalDate joinedOn,
                                        RecordSource source, String by) {
        Professional p = new Professional(source, joinedOn, by);
        p.updateProfile(profile);
        p.changeResidentId(residentId, sealedId);
        p.assignTo(home);
        p.changeEmployment(employment.requireActiveEmployer());
        if (residentId.birthDate().isAfter(p.joinedOn.minusYears(16))) {
            throw new DomainException("registry.joinedOn.tooYoung", "joined before the age of 16");
        }
        return p;
    }

    /**
     * The post this person holds (a post names its holder only while the posting is open) was redescribed: the
     * list's copy of its service field follows.
     */
    void followPost(Post post) {
        this.serviceField = post.getServiceField();
    }

    /** The descriptive fields as they stand. */
    public Profile profile() {
        return new Profile(fullName, education, major, socialWorkMajor, politicalStatus, category);
    }

    /** Replaces the descriptive fields; returns the names of the fields that changed. */
    public Set<String> updateProfile(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        Set<String> changed = new LinkedHashSet<>();
        String name = Text.personName(profile.fullName(), NAME_MAX);
        if (profile.education() == null) {
            throw new DomainException("registry.education.required", "education required");
        }
        if (profile.category() == null) {
            throw new DomainException("registry.category.required", "category required");
        }
        String newMajor = Text.optional(profile.major(), 100, "registry.major.tooLong");
        set(changed, "fullName", fullName, name, v -> fullName = v);
        set(changed, "education", education, profile.education(), v -> education = v);
        set(changed, "major", major, newMajor, v -> major = v);
        set(changed, "socialWorkMajor", socialWorkMajor, profile.socialWorkMajor(), v -> socialWorkMajor = v);
        set(changed, "politicalStatus", politicalStatus, profile.politicalStatus(), v -> politicalStatus = v);
        set(changed, "category", category, profile.category(), v -> category = v);
        return changed;
    }

    /** Sets the identity number (sealed by the caller); derives birth date and gender from it. */
    public boolean changeResidentId(ResidentId residentId, SealedValue sealed) {
        Objects.requireNonNull(residentId, "residentId");
        Objects.requireNonNull(sealed, "sealed");
        if (sealed.blindIndex().equals(residentIdIndex)) {
            return false;
        }
        this.residentIdCipher = sealed.cipherText();
        this.residentIdIndex = sealed.blindIndex();
        this.residentIdMasked = residentId.masked();
        this.residentIdLastFour = residentId.lastFour();
        this.birthDate = residentId.birthDate();
        this.gender = residentId.gender();
        return true;
    }

    /** Sets or clears the phone (sealed by the caller). */
    public boolean changePhone(SealedValue sealed) {
        String newIndex = sealed == null ? null : sealed.blindIndex();
        if (Objects.equals(newIndex, phoneIndex)) {
            return false;
        }
        this.phoneCipher = sealed == null ? null : sealed.cipherText();
        this.phoneIndex = newIndex;
        this.phoneMasked = sealed == null ? null : sealed.masked();
        return true;
    }

    /** Corrects the employment of the record and of its current posting. */
    public boolean changeEmployment(Employment employment) {
        Objects.requireNonNull(employment, "employment");
        if (employment.sameAs(currentEmployment())) {
            return false;
        }
        if (employment.employer() != null && employment.employer() != employer) {
            employment.requireActiveEmployer();
        }
        this.employmentMode = employment.mode();
        this.employer = employment.employer();
        currentPosting().ifPresent(posting -> posting.correctEmployment(employment));
        return true;
    }

    /** Changes the home organisation (registration unit) while not posted. */
    public boolean assignTo(OrgUnit home) {
        Objects.requireNonNull(home, "orgUnit");
        if (home.equals(orgUnit)) {
            return false;
        }
        Post currentPost = getCurrentPost();
        if (currentPost != null && !currentPost.getOrgUnit().equals(home)) {
            throw new DomainException("registry.orgUnit.postedElsewhere",
                    "the home unit follows the current posting; transfer the posting instead");
        }
        if (!home.isActiveOn(LocalDate.now())) {
            throw new DomainException("registry.orgUnit.dissolved", "unit no longer exists", home.getName());
        }
        placeIn(home);
        return true;
    }

    /**
     * Puts the professional into a post from {@code start}: the current posting (if any) ends
     * the same day with the same reason, the old post falls vacant, the new one is filled and
     * the home organisation follows the post.
     */
    public Posting postTo(Post post, LocalDate start, PostingReason reason, Employment employment, String by) {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(reason, "reason");
        requireActive();
        requireNotFuture(start, "registry.posting.startDate.invalid");
        if (start.isBefore(joinedOn)) {
            throw new DomainException("registry.posting.beforeJoining", "posting starts before joining");
        }
        Optional<Posting> current = currentPosting();
        if (current.isPresent() && current.get().getPost().equals(post) && employment.sameAs(currentEmployment())) {
            throw new DomainException("registry.posting.samePost", "already holds this post");
        }
        current.ifPresent(c -> {
            c.end(start, reason);
            if (!c.getPost().equals(post)) {
                c.getPost().vacate(this);
            }
        });
        post.fill(this, start);
        Posting posting = new Posting(this, post, employment.requireActiveEmployer(), start, reason, by);
        postings.add(posting);
        this.serviceField = post.getServiceField();
        this.employmentMode = employment.mode();
        this.employer = employment.employer();
        placeIn(post.getOrgUnit());
        return posting;
    }

    /** The unit and what the lists and reports read of it here: its path and its divisions. */
    private void placeIn(OrgUnit unit) {
        this.orgUnit = unit;
        this.path = unit.getPath();
        DivisionCode code = unit.getDivisionCode();
        this.provinceDivision = code.at(DivisionCode.Level.PROVINCE);
        this.cityDivision = code.at(DivisionCode.Level.CITY);
        this.countyDivision = code.at(DivisionCode.Level.COUNTY);
    }

    /** Ends the current posting without a new one (e.g. the post is abolished). */
    public void endPosting(LocalDate end, PostingReason reason) {
        Posting current = currentPosting().orElseThrow(
                () -> new DomainException("registry.posting.none", "no current posting"));
        current.end(requireNotFuture(end, "registry.posting.endDate.invalid"), reason);
        current.getPost().vacate(this);
        this.serviceField = null;
    }

    /** The professional leaves the workforce; the record and its history stay. */
    public void leave(LocalDate date, LeaveReason reason) {
        requireActive();
        Objects.requireNonNull(reason, "reason");
        requireNotFuture(date, "registry.leftOn.invalid");
        if (date.isBefore(joinedOn)) {
            throw new DomainException("registry.leftOn.beforeJoining", "leaving before joining");
        }
        if (currentPosting().isPresent()) {
            endPosting(date, PostingReason.DEPARTURE);
        }
        this.status = ProfessionalStatus.LEFT;
        this.leftOn = date;
        this.leaveReason = reason;
    }

    public void touch(String by) {
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = by;
    }

    public Optional<Posting> currentPosting() {
        return postings.stream().filter(Posting::isOpen).findFirst();
    }

    public Employment currentEmployment() {
        return employmentMode == null ? null : new Employment(employmentMode, employer);
    }

    /** Whether the registry counted this person on {@code date}. */
    public boolean isInWorkforceOn(LocalDate date) {
        return !date.isBefore(joinedOn) && (leftOn == null || date.isBefore(leftOn));
    }

    private void requireActive() {
        if (status != ProfessionalStatus.ACTIVE) {
            throw new DomainException("registry.professional.notActive", "professional has left");
        }
    }

    private static LocalDate requireNotFuture(LocalDate date, String key) {
        if (date == null || date.isAfter(LocalDate.now())) {
            throw new DomainException(key, "date missing or in the future");
        }
        return date;
    }

    private static <T> void set(Set<String> changed, String field, T before, T after,
                                java.util.function.Consumer<T> setter) {
        if (!Objects.equals(before, after)) {
            setter.accept(after);
            changed.add(field);
        }
    }

    public Long getId() {
        return id;
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public String getPhoneCipher() {
        return phoneCipher;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public String getMajor() {
        return major;
    }

    public boolean isSocialWorkMajor() {
        return socialWorkMajor;
    }

    public PoliticalStatus getPoliticalStatus() {
        return politicalStatus;
    }

    public ProfessionalCategory getCategory() {
        return category;
    }

    public EmploymentMode getEmploymentMode() {
        return employmentMode;
    }

    public SocialOrganization getEmployer() {
        return employer;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public String getPath() {
        return path;
    }

    /** The post of the open posting: derived, the post itself records its holder. */
    /** The division of {@code level} that the unit lies in, as copied here; null where the unit's code is coarser. */
    public DivisionCode divisionAt(DivisionCode.Level level) {
        return switch (level) {
            case NATIONAL -> DivisionCode.NATIONAL;
            case PROVINCE -> provinceDivision;
            case CITY -> cityDivision;
            case COUNTY -> countyDivision;
        };
    }

    public Post getCurrentPost() {
        return currentPosting().map(Posting::getPost).orElse(null);
    }

    public ServiceField getServiceField() {
        return serviceField;
    }

    public ProfessionalStatus getStatus() {
        return status;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public LeaveReason getLeaveReason() {
        return leaveReason;
    }

    public RecordSource getSource() {
        return source;
    }

    public List<Posting> getPostings() {
        return Collections.unmodifiableList(postings);
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Professional other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Professional[" + id + "]";
    }
}
