package org.unionworks.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.unionworks.organization.application.DivisionCatalogueService;
import org.unionworks.organization.application.NewOrgUnitForm;
import org.unionworks.organization.application.OrgManagementService;
import org.unionworks.organization.application.OrgUnitDetails;
import org.unionworks.organization.application.OrgUnitEditForm;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnitFilter;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.web.shell.Messages;

/**
 * The org tree, loaded one level at a time as the person expands nodes, and its changes:
 * founding a child unit, editing a unit from an effective date, merging and dissolving, each in
 * a dialog; and the history of a unit's states. After a change only the affected nodes reload.
 */
@Named
@ViewScoped
public class OrgTreeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PLACEHOLDER = "loading";
    private static final int PICKER_SIZE = 20;

    @Inject
    transient OrgUnitService orgUnits;

    @Inject
    transient OrgManagementService management;

    @Inject
    transient DivisionCatalogueService divisions;

    private TreeNode<Object> root;
    private long scopeRootId;

    /** The unit a dialog acts on; for a new unit, its parent. */
    private OrgUnitView subject;
    private boolean creating;
    private boolean conflict;

    // the unit dialog
    private OrgUnitType type;
    private String name;
    private String division;
    private Long coveredWorkers;
    private Long coveredEnterprises;
    private LocalDate effectiveOn;

    // the merge and dissolve dialogs
    private OrgUnitView mergeTarget;
    private LocalDate endDate;

    // the history dialog
    private OrgUnitDetails history;

    @PostConstruct
    void init() {
        root = new DefaultTreeNode<>("root", null);
        OrgUnitView top = orgUnits.scopeRoot();
        scopeRootId = top.id();
        TreeNode<Object> topNode = node(top, root);
        topNode.setExpanded(true);
        loadChildren(topNode);
    }

    public void onExpand(org.primefaces.event.NodeExpandEvent event) {
        loadChildren(event.getTreeNode());
    }

    @SuppressWarnings("unchecked")
    private void loadChildren(TreeNode<?> parent) {
        TreeNode<Object> node = (TreeNode<Object>) parent;
        if (!(node.getData() instanceof OrgUnitView unit)) {
            return;
        }
        boolean onlyPlaceholder = node.getChildCount() == 1 && PLACEHOLDER.equals(node.getChildren().get(0).getData());
        if (node.getChildCount() > 0 && !onlyPlaceholder) {
            return;
        }
        node.getChildren().clear();
        List<OrgUnitView> children = orgUnits.children(unit.id());
        children.forEach(child -> node(child, node));
    }

    private static TreeNode<Object> node(OrgUnitView unit, TreeNode<Object> parent) {
        TreeNode<Object> node = new DefaultTreeNode<>(unit, parent);
        if (unit.hasChildren()) {
            new DefaultTreeNode<Object>(PLACEHOLDER, node);
        }
        return node;
    }

    // ---- dialogs: open ----

    public void startCreate(OrgUnitView parent) {
        subject = parent;
        creating = true;
        conflict = false;
        List<OrgUnitType> types = getChildTypes();
        type = types.isEmpty() ? null : types.get(0);
        name = null;
        division = parent.divisionCode();
        coveredWorkers = null;
        coveredEnterprises = null;
        effectiveOn = LocalDate.now();
    }

    public void startEdit(OrgUnitView unit) {
        creating = false;
        attempt(() -> fill(management.details(unit.id()).unit()));
    }

    private void fill(OrgUnitView unit) {
        subject = unit;
        conflict = false;
        type = unit.type();
        name = unit.name();
        division = unit.divisionCode();
        coveredWorkers = unit.coveredWorkers();
        coveredEnterprises = unit.coveredEnterprises();
        effectiveOn = LocalDate.now();
    }

    public void startMerge(OrgUnitView unit) {
        subject = unit;
        conflict = false;
        mergeTarget = null;
        endDate = LocalDate.now();
    }

    public void startDissolve(OrgUnitView unit) {
        subject = unit;
        conflict = false;
        endDate = LocalDate.now();
    }

    public void showHistory(OrgUnitView unit) {
        attempt(() -> history = management.details(unit.id()));
    }

    // ---- dialogs: save ----

    public void save() {
        String code = codeOf(division);
        if (creating) {
            attempt(() -> {
                OrgUnitDetails created = management.create(new NewOrgUnitForm(subject.id(), type, name, code,
                        coveredWorkers, coveredEnterprises, effectiveOn));
                reloadChildrenOf(subject.id());
                done("unitDialog", "org.created", created.unit().name());
            });
        } else {
            attempt(() -> {
                OrgUnitDetails saved = management.update(new OrgUnitEditForm(subject.id(), subject.version(), name, code,
                        coveredWorkers, coveredEnterprises, effectiveOn));
                replace(saved.unit());
                done("unitDialog", "org.saved", saved.unit().name());
            });
        }
    }

    public void merge() {
        attempt(() -> {
            OrgUnitDetails merged = management.merge(subject.id(), subject.version(),
                    mergeTarget == null ? -1 : mergeTarget.id(), endDate);
            replace(merged.unit());
            reloadChildrenOf(mergeTarget.parentId());
            done("mergeDialog", "org.merged", merged.unit().name(), mergeTarget.name());
        });
    }

    public void dissolve() {
        attempt(() -> {
            OrgUnitDetails dissolved = management.dissolve(subject.id(), subject.version(), endDate);
            replace(dissolved.unit());
            done("dissolveDialog", "org.dissolved", dissolved.unit().name());
        });
    }

    /** After a conflict (edit, merge or dissolve): the unit as it is now, the clerk's edits discarded. */
    public void reload() {
        attempt(() -> {
            OrgUnitView now = management.details(subject.id()).unit();
            replace(now);
            fill(now);
            Messages.info("org.reloaded");
        });
    }

    private void done(String dialog, String messageKey, Object... args) {
        Messages.info(messageKey, args);
        PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
    }

    /** Runs a service call; refusals become messages, and a conflict also offers the reload button. */
    private void attempt(Runnable call) {
        if (Messages.attempt(call) == Messages.Outcome.CONFLICT) {
            conflict = true;
        }
    }

    /** "360102 东湖区" as picked, or "360102" as typed: the code is the first word. */
    static String codeOf(String picked) {
        if (picked == null || picked.isBlank()) {
            return null;
        }
        return picked.strip().split("[\\s\u3000]+")[0];
    }

    // ---- the tree after a change ----

    private void replace(OrgUnitView unit) {
        findNode(root, unit.id()).ifPresent(node -> setData(node, unit));
    }

    private static void setData(TreeNode<Object> node, OrgUnitView unit) {
        ((DefaultTreeNode<Object>) node).setData(unit);
    }

    private void reloadChildrenOf(Long parentId) {
        if (parentId == null) {
            return;
        }
        findNode(root, parentId).ifPresent(node -> {
            setData(node, orgUnits.get(parentId));
            node.getChildren().clear();
            orgUnits.children(parentId).forEach(child -> node(child, node));
            node.setExpanded(true);
        });
    }

    private static Optional<TreeNode<Object>> findNode(TreeNode<Object> from, long id) {
        if (from.getData() instanceof OrgUnitView unit && unit.id() == id) {
            return Optional.of(from);
        }
        for (TreeNode<Object> child : from.getChildren()) {
            Optional<TreeNode<Object>> found = findNode(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    // ---- pickers ----

    /** Division codes for the unit dialog: inside the parent's division, of the level the type needs. */
    public List<String> completeDivision(String query) {
        String within = creating ? subject.divisionCode() : parentDivision(subject);
        return divisions.options(within, type, codeOf(query)).stream()
                .map(d -> d.code().value() + " " + d.name()).toList();
    }

    private String parentDivision(OrgUnitView unit) {
        return unit.parentId() == null ? DivisionCode.of(unit.divisionCode()).province().value()
                : orgUnits.get(unit.parentId()).divisionCode();
    }

    /** Units the subject may merge into: active units of its kind in the caller's subtree. */
    public List<OrgUnitView> completeMergeTarget(String query) {
        return orgUnits.list(new OrgUnitFilter(query, subject.type(), null), PageRequest.first(PICKER_SIZE)).items()
                .stream().filter(u -> u.active() && u.id() != subject.id()).toList();
    }

    /** The kinds of unit that may be founded under the dialog's parent. */
    public List<OrgUnitType> getChildTypes() {
        if (subject == null) {
            return List.of();
        }
        return Arrays.stream(OrgUnitType.values()).filter(t -> t.mayBeChildOf(subject.type())).toList();
    }

    public TreeNode<Object> getRoot() {
        return root;
    }

    /** The caller's own unit: edited here, but merged or dissolved only by the level above. */
    public long getScopeRootId() {
        return scopeRootId;
    }

    public OrgUnitView getSubject() { return subject; }
    public boolean isCreating() { return creating; }
    public boolean isConflict() { return conflict; }
    public OrgUnitType getType() { return type; }
    public void setType(OrgUnitType v) { type = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getDivision() { return division; }
    public void setDivision(String v) { division = v; }
    public Long getCoveredWorkers() { return coveredWorkers; }
    public void setCoveredWorkers(Long v) { coveredWorkers = v; }
    public Long getCoveredEnterprises() { return coveredEnterprises; }
    public void setCoveredEnterprises(Long v) { coveredEnterprises = v; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate v) { effectiveOn = v; }
    public OrgUnitView getMergeTarget() { return mergeTarget; }
    public void setMergeTarget(OrgUnitView v) { mergeTarget = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public OrgUnitDetails getHistory() { return history; }
}
