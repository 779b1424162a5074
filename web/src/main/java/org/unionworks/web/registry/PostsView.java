package org.unionworks.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.registry.application.PostForm;
import org.unionworks.registry.application.PostService;
import org.unionworks.registry.application.PostView;
import org.unionworks.registry.model.PostFilter;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.web.shell.Messages;
import org.unionworks.web.shell.ServiceListModel;

/**
 * The posts of the caller's area (岗位): a lazy list filtered by organisation subtree, service
 * field, grade and occupancy, and dialogs to set up, describe and abolish a post.
 */
@Named
@ViewScoped
public class PostsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Occupancy filter values; labels {@code post.occupancy.<NAME>} in the portal bundle. */
    public enum Occupancy {
        VACANT, FILLED;

        public String labelKey() {
            return "post.occupancy." + name();
        }
    }

    @Inject
    transient PostService posts;

    @Inject
    transient OrgUnitService orgUnits;

    // filters
    private OrgUnitView within;
    private ServiceField serviceField;
    private PostGrade grade;
    private Occupancy occupancy;
    private boolean includeAbolished;

    private ServiceListModel<PostView> model;

    // the post dialog
    private PostView editing;
    private OrgUnitView orgUnit;
    private String title;
    private ServiceField formField;
    private PostGrade formGrade;
    private LocalDate establishedOn;
    private boolean conflict;

    // the abolish dialog
    private LocalDate abolishedOn;

    @PostConstruct
    void init() {
        model = new ServiceListModel<>(() -> posts.count(filter()), page -> posts.list(filter(), page).items(),
                PostView::id);
    }

    private PostFilter filter() {
        return new PostFilter(null, serviceField, grade, occupancy == null ? null : occupancy == Occupancy.VACANT,
                includeAbolished, within == null ? null : within.id());
    }

    public void clear() {
        within = null;
        serviceField = null;
        grade = null;
        occupancy = null;
        includeAbolished = false;
    }

    public void startCreate() {
        editing = null;
        conflict = false;
        orgUnit = within != null ? within : orgUnits.scopeRoot();
        title = null;
        formField = ServiceField.ORGANISING_BARGAINING;
        formGrade = PostGrade.ASSISTANT_1;
        establishedOn = LocalDate.now();
    }

    public void startEdit(PostView post) {
        Messages.attempt(() -> fill(posts.get(post.id())));
    }

    private void fill(PostView post) {
        editing = post;
        conflict = false;
        orgUnit = orgUnits.get(post.orgUnitId());
        title = post.title();
        formField = post.serviceField();
        formGrade = post.grade();
        establishedOn = post.establishedOn();
    }

    public void save() {
        PostForm form = new PostForm(editing == null ? null : editing.id(), editing == null ? 0 : editing.version(),
                orgUnit == null ? null : orgUnit.id(), title, formField, formGrade, establishedOn);
        Messages.Outcome outcome = Messages.attempt(() -> {
            PostView saved = editing == null ? posts.create(form) : posts.update(form);
            Messages.info(editing == null ? "post.created" : "post.saved", saved.title());
            PrimeFaces.current().executeScript("PF('postDialog').hide()");
        });
        conflict = outcome == Messages.Outcome.CONFLICT;
    }

    /** After a conflict: the post as it is now, the clerk's edits discarded. */
    public void reload() {
        Messages.attempt(() -> {
            fill(posts.get(editing.id()));
            Messages.info("post.reloaded");
        });
    }

    public void startAbolish(PostView post) {
        editing = post;
        conflict = false;
        abolishedOn = LocalDate.now();
    }

    public void abolish() {
        Messages.Outcome outcome = Messages.attempt(() -> {
            PostView abolished = posts.abolish(editing.id(), editing.version(), abolishedOn);
            Messages.info("post.abolished", abolished.title());
            PrimeFaces.current().executeScript("PF('abolishDialog').hide()");
        });
        conflict = outcome == Messages.Outcome.CONFLICT;
    }

    public ServiceListModel<PostView> getModel() {
        return model;
    }

    public List<ServiceField> getServiceFields() {
        return Arrays.asList(ServiceField.values());
    }

    public List<PostGrade> getGrades() {
        return Arrays.asList(PostGrade.values());
    }

    public List<Occupancy> getOccupancies() {
        return Arrays.asList(Occupancy.values());
    }

    public boolean isCreating() {
        return editing == null;
    }

    public OrgUnitView getWithin() { return within; }
    public void setWithin(OrgUnitView v) { within = v; }
    public ServiceField getServiceField() { return serviceField; }
    public void setServiceField(ServiceField v) { serviceField = v; }
    public PostGrade getGrade() { return grade; }
    public void setGrade(PostGrade v) { grade = v; }
    public Occupancy getOccupancy() { return occupancy; }
    public void setOccupancy(Occupancy v) { occupancy = v; }
    public boolean isIncludeAbolished() { return includeAbolished; }
    public void setIncludeAbolished(boolean v) { includeAbolished = v; }
    public PostView getEditing() { return editing; }
    public OrgUnitView getOrgUnit() { return orgUnit; }
    public void setOrgUnit(OrgUnitView v) { orgUnit = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public ServiceField getFormField() { return formField; }
    public void setFormField(ServiceField v) { formField = v; }
    public PostGrade getFormGrade() { return formGrade; }
    public void setFormGrade(PostGrade v) { formGrade = v; }
    public LocalDate getEstablishedOn() { return establishedOn; }
    public void setEstablishedOn(LocalDate v) { establishedOn = v; }
    public boolean isConflict() { return conflict; }
    public LocalDate getAbolishedOn() { return abolishedOn; }
    public void setAbolishedOn(LocalDate v) { abolishedOn = v; }
}
