package org.unionworks.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.security.application.NewUserCommand;
import org.unionworks.security.application.PasswordRejectedException;
import org.unionworks.security.application.UpdateUserCommand;
import org.unionworks.security.application.UserAdministrationService;
import org.unionworks.security.application.UserView;
import org.unionworks.security.model.PasswordPolicy;
import org.unionworks.security.model.Role;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.DomainException;
import org.unionworks.web.shell.Messages;

/** User management for the security administrator: list, create, edit, reset password, unlock. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAdministrationService users;

    @Inject
    transient OrgUnitService orgUnits;

    @Inject
    transient PasswordPolicy passwordPolicy;

    private String text;
    private LazyDataModel<UserView> model;

    // the form of the create/edit dialog
    private Long editingId;
    private long editingVersion;
    private String username;
    private String displayName;
    private OrgUnitView orgUnit;
    /** An array, not a List: Faces converts array elements to the enum by the component type. */
    private Role[] roles = new Role[0];
    private boolean enabled = true;
    private String newPassword;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) users.count(text);
            }

            @Override
            public List<UserView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
                Page<UserView> page = users.list(text, new PageRequest(first, pageSize, null, true));
                return page.items();
            }

            @Override
            public String getRowKey(UserView user) {
                return String.valueOf(user.id());
            }

            @Override
            public UserView getRowData(String rowKey) {
                return users.get(Long.parseLong(rowKey));
            }
        };
    }

    public void startCreate() {
        editingId = null;
        username = null;
        displayName = null;
        orgUnit = orgUnits.scopeRoot();
        roles = new Role[] {Role.UNION_OFFICIAL};
        enabled = true;
        newPassword = null;
    }

    public void startEdit(UserView user) {
        UserView fresh = users.get(user.id());
        editingId = fresh.id();
        editingVersion = fresh.version();
        username = fresh.username();
        displayName = fresh.displayName();
        orgUnit = orgUnits.get(fresh.orgUnitId());
        roles = fresh.roles().toArray(new Role[0]);
        enabled = fresh.enabled();
        newPassword = null;
    }

    public void save() {
        try {
            if (orgUnit == null) {
                Messages.error("user.orgUnit.required");
                return;
            }
            EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
            chosen.addAll(Arrays.asList(roles));
            if (chosen.isEmpty()) {
                Messages.error("user.roles.empty");
                return;
            }
            if (editingId == null) {
                users.create(new NewUserCommand(username, displayName, orgUnit.id(), chosen,
                        newPassword == null ? new char[0] : newPassword.toCharArray()));
                Messages.info("user.created", username);
            } else {
                users.update(new UpdateUserCommand(editingId, editingVersion, displayName, orgUnit.id(), chosen, enabled));
                Messages.info("user.saved", username);
            }
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (PasswordRejectedException e) {
            Messages.passwordRejected(e, passwordPolicy);
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        } catch (DomainException e) {
            Messages.error(e);
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        } catch (EJBException e) {
            Messages.invalid(e);
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        } finally {
            newPassword = null;
        }
    }

    public String getPasswordRules() {
        return Messages.passwordRules(passwordPolicy);
    }

    public void resetPassword() {
        try {
            users.resetPassword(editingId, newPassword == null ? new char[0] : newPassword.toCharArray());
            Messages.info("user.passwordReset", username);
            PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
        } catch (PasswordRejectedException e) {
            Messages.passwordRejected(e, passwordPolicy);
        } catch (DomainException e) {
            Messages.error(e);
        } finally {
            newPassword = null;
        }
    }

    public void unlock(UserView user) {
        try {
            users.unlock(user.id());
            Messages.info("user.unlocked", user.username());
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public List<Role> getAllRoles() {
        return Arrays.stream(Role.values()).filter(Role::isAssignableToAccounts).toList();
    }

    public LazyDataModel<UserView> getModel() {
        return model;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public OrgUnitView getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(OrgUnitView orgUnit) {
        this.orgUnit = orgUnit;
    }

    public Role[] getRoles() {
        return roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
