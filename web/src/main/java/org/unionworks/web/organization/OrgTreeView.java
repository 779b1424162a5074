package org.unionworks.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;

/** The org tree, loaded one level at a time as the person expands nodes. */
@Named
@ViewScoped
public class OrgTreeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PLACEHOLDER = "loading";

    @Inject
    transient OrgUnitService orgUnits;

    private TreeNode<Object> root;

    @PostConstruct
    void init() {
        root = new DefaultTreeNode<>("root", null);
        OrgUnitView top = orgUnits.scopeRoot();
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

    public TreeNode<Object> getRoot() {
        return root;
    }
}
