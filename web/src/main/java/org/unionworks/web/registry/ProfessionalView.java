package org.unionworks.web.registry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.registry.application.HistoryEntry;
import org.unionworks.registry.application.PostService;
import org.unionworks.registry.application.PostView;
import org.unionworks.registry.application.PostingCommand;
import org.unionworks.registry.application.ProfessionalDetails;
import org.unionworks.registry.application.ProfessionalForm;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.application.SocialOrgView;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.LeaveReason;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.PostingReason;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.PersonalField;
import org.unionworks.security.model.RevealReason;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.model.DomainException;
import org.unionworks.web.shell.Messages;

/**
 * One professional's record: view, register, correct, post, leave, reveal and history. A save
 * carries the version the clerk loaded; if someone saved in between, the page says who and
 * when and offers to reload instead of overwriting.
 */
@Named
@ViewScoped
public class ProfessionalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProfessionalService professionals;

    @Inject
    transient OrgUnitService orgUnits;

    @Inject
    transient PostService posts;

    private Long id;
    private ProfessionalDetails details;
    private List<HistoryEntry> history = List.of();
    private boolean conflict;

    // the record form
    private String fullName;
    private String residentId;
    private String phone;
    private EducationLevel education;
    private String major;
    private boolean socialWorkMajor;
    private PoliticalStatus politicalStatus;
    private ProfessionalCategory category = ProfessionalCategory.SOCIAL_WORKER;
    private EmploymentMode employmentMode = EmploymentMode.DIRECT_HIRE;
    private SocialOrgView employer;
    private OrgUnitView orgUnit;
    private LocalDate joinedOn;

    // the posting dialog
    private OrgUnitView postingUnit;
    private Long postId;
    private List<PostView> vacantPosts = List.of();
    private LocalDate postingStart;
    private PostingReason postingReason = PostingReason.TRANSFER;
    private EmploymentMode postingMode;
    private SocialOrgView postingEmployer;

    // the leave dialog
    private LocalDate leftOn;
    private LeaveReason leaveReason = LeaveReason.RESIGNED;

    // the reveal dialog
    private PersonalField revealField = PersonalField.RESIDENT_ID;
    private RevealReason revealReason = RevealReason.IDENTITY_VERIFICATION;
    private String revealed;

    /** viewAction: loads the record named by ?id=, or prepares an empty form. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            orgUnit = orgUnits.scopeRoot();
            joinedOn = LocalDate.now();
            return;
        }
        try {
            show(professionals.get(id));
        } catch (DomainException e) {
            Messages.error(e);
            details = null;
        }
    }

    private void show(ProfessionalDetails d) {
        details = d;
        id = d.id();
        conflict = false;
        fullName = d.fullName();
        residentId = null;
        phone = null;
        education = d.education();
        major = d.major();
        socialWorkMajor = d.socialWorkMajor();
        politicalStatus = d.politicalStatus();
        category = d.category();
        employmentMode = d.employmentMode();
        employer = d.employerId() == null ? null : SocialOrgView.reference(d.employerId(), d.employerName());
        orgUnit = orgUnits.get(d.orgUnitId());
        joinedOn = d.joinedOn();
        history = professionals.history(d.id());
    }

    public String save() {
        ProfessionalForm form = new ProfessionalForm(id, details == null ? 0 : details.version(), fullName,
                residentId, phone, education, major, socialWorkMajor, politicalStatus, category, employmentMode,
                employmentMode == EmploymentMode.PURCHASED_SERVICE && employer != null ? employer.id() : null,
                orgUnit == null ? null : orgUnit.id(), joinedOn);
        // the full numbers stay on the server no longer than this request
        residentId = null;
        phone = null;
        if (id == null) {
            return attempt(() -> {
                ProfessionalDetails created = professionals.register(form);
                Messages.info("registry.professional.created", created.fullName());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/registry/professional?faces-redirect=true&id=" + created.id();
            });
        }
        return attempt(() -> {
            show(professionals.update(form));
            Messages.info("registry.professional.saved", details.fullName());
            return null;
        });
    }

    /**
     * Runs a change and turns refusals into messages: a conflict also offers the reload button,
     * Bean Validation refusals name the field. Returns the change's outcome, or null to stay.
     */
    private String attempt(Supplier<String> change) {
        String[] outcome = {null};
        if (Messages.attempt(() -> outcome[0] = change.get()) == Messages.Outcome.CONFLICT) {
            conflict = true;
        }
        return outcome[0];
    }


    /** After a conflict: discard the clerk's edits and show the record as it is now. */
    public void reload() {
        show(professionals.get(id));
        Messages.info("registry.professional.reloaded");
    }

    public void startPosting() {
        postingUnit = orgUnits.get(details.orgUnitId());
        postId = null;
        postingStart = LocalDate.now();
        postingReason = details.currentPostId() == null ? PostingReason.NEW_HIRE : PostingReason.TRANSFER;
        postingMode = details.employmentMode();
        postingEmployer = employer;
        loadVacantPosts();
    }

    public void post() {
        attempt(() -> {
            show(professionals.postTo(new PostingCommand(id, details.version(), postId == null ? -1 : postId,
                    postingStart, postingReason, postingMode,
                    postingMode == EmploymentMode.PURCHASED_SERVICE && postingEmployer != null ? postingEmployer.id() : null)));
            Messages.info("registry.posting.saved");
            PrimeFaces.current().executeScript("PF('postingDialog').hide()");
            return null;
        });
    }

    public void leave() {
        attempt(() -> {
            show(professionals.leave(id, details.version(), leftOn, leaveReason));
            Messages.info("registry.leave.saved");
            PrimeFaces.current().executeScript("PF('leaveDialog').hide()");
            return null;
        });
    }

    public void reveal() {
        try {
            revealed = professionals.reveal(id, revealField, revealReason);
            history = professionals.history(id);
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public void closeReveal() {
        revealed = null;
    }

    /** The posting dialog's unit changed: read its vacant posts once, not on every render. */
    public void loadVacantPosts() {
        vacantPosts = postingUnit == null ? List.of() : posts.vacantPosts(postingUnit.id());
        postId = null;
    }

    public List<PostView> getVacantPosts() {
        return vacantPosts;
    }

    /** The stored history detail in the reader's language. */
    public String historyDetail(HistoryEntry entry) {
        ResourceBundle labels = Labels.bundle(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return AuditDetail.render(entry.detail(), labels);
    }

    public boolean isCreating() {
        return id == null;
    }

    public List<EducationLevel> getEducationLevels() {
        return Arrays.asList(EducationLevel.values());
    }

    public List<PoliticalStatus> getPoliticalStatuses() {
        return Arrays.asList(PoliticalStatus.values());
    }

    public List<ProfessionalCategory> getCategories() {
        return Arrays.asList(ProfessionalCategory.values());
    }

    public List<EmploymentMode> getEmploymentModes() {
        return Arrays.asList(EmploymentMode.values());
    }

    public List<PostingReason> getPostingReasons() {
        return Arrays.stream(PostingReason.values())
                .filter(r -> r != PostingReason.DEPARTURE && r != PostingReason.POST_ABOLISHED).toList();
    }

    public List<LeaveReason> getLeaveReasons() {
        return Arrays.asList(LeaveReason.values());
    }

    public List<RevealReason> getRevealReasons() {
        return Arrays.asList(RevealReason.values());
    }

    public List<PersonalField> getRevealFields() {
        return Arrays.asList(PersonalField.values());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProfessionalDetails getDetails() { return details; }
    public List<HistoryEntry> getHistory() { return history; }
    public boolean isConflict() { return conflict; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getResidentId() { return residentId; }
    public void setResidentId(String v) { residentId = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public EducationLevel getEducation() { return education; }
    public void setEducation(EducationLevel v) { education = v; }
    public String getMajor() { return major; }
    public void setMajor(String v) { major = v; }
    public boolean isSocialWorkMajor() { return socialWorkMajor; }
    public void setSocialWorkMajor(boolean v) { socialWorkMajor = v; }
    public PoliticalStatus getPoliticalStatus() { return politicalStatus; }
    public void setPoliticalStatus(PoliticalStatus v) { politicalStatus = v; }
    public ProfessionalCategory getCategory() { return category; }
    public void setCategory(ProfessionalCategory v) { category = v; }
    public EmploymentMode getEmploymentMode() { return employmentMode; }
    public void setEmploymentMode(EmploymentMode v) { employmentMode = v; }
    public SocialOrgView getEmployer() { return employer; }
    public void setEmployer(SocialOrgView v) { employer = v; }
    public OrgUnitView getOrgUnit() { return orgUnit; }
    public void setOrgUnit(OrgUnitView v) { orgUnit = v; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate v) { joinedOn = v; }
    public OrgUnitView getPostingUnit() { return postingUnit; }
    public void setPostingUnit(OrgUnitView v) { postingUnit = v; }
    public Long getPostId() { return postId; }
    public void setPostId(Long v) { postId = v; }
    public LocalDate getPostingStart() { return postingStart; }
    public void setPostingStart(LocalDate v) { postingStart = v; }
    public PostingReason getPostingReason() { return postingReason; }
    public void setPostingReason(PostingReason v) { postingReason = v; }
    public EmploymentMode getPostingMode() { return postingMode; }
    public void setPostingMode(EmploymentMode v) { postingMode = v; }
    public SocialOrgView getPostingEmployer() { return postingEmployer; }
    public void setPostingEmployer(SocialOrgView v) { postingEmployer = v; }
    public LocalDate getLeftOn() { return leftOn; }
    public void setLeftOn(LocalDate v) { leftOn = v; }
    public LeaveReason getLeaveReason() { return leaveReason; }
    public void setLeaveReason(LeaveReason v) { leaveReason = v; }
    public PersonalField getRevealField() { return revealField; }
    public void setRevealField(PersonalField v) { revealField = v; }
    public RevealReason getRevealReason() { return revealReason; }
    public void setRevealReason(RevealReason v) { revealReason = v; }
    public String getRevealed() { return revealed; }
}
