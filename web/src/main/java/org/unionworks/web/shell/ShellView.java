package org.unionworks.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.security.application.AuthenticationService;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.Roles;

/** The page template's top bar: who is signed in, for which org unit, and logout. */
@Named
@RequestScoped
public class ShellView {

    @Inject
    SecurityContext security;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AuthenticationService authentication;

    @Inject
    CurrentCaller caller;

    private OrgUnitView scopeRoot;

    public String getUsername() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    /** The signed-in person's name as the security administrator recorded it. */
    public String getDisplayName() {
        return getUsername() == null ? "" : caller.get().displayName();
    }

    public String getOrgUnitName() {
        if (scopeRoot == null && getUsername() != null) {
            scopeRoot = orgUnits.scopeRoot();
        }
        return scopeRoot == null ? "" : scopeRoot.name();
    }

    public boolean isSecurityAdmin() {
        return security.isCallerInRole(Roles.SECURITY_ADMIN);
    }

    public boolean isAuditAdmin() {
        return security.isCallerInRole(Roles.AUDIT_ADMIN);
    }

    /** Who may open the talent registry (the services check the same roles). */
    public boolean isRegistryReader() {
        return isMayExport();
    }

    /** Who may open the posts and social organisations lists (the services check the same roles). */
    public boolean isStaffingReader() {
        return security.isCallerInRole(Roles.UNION_OFFICIAL) || security.isCallerInRole(Roles.FINANCE);
    }

    /** The upper bound of date pickers for facts that cannot lie in the future. */
    public java.time.LocalDate getToday() {
        return java.time.LocalDate.now();
    }

    public boolean isMayExport() {
        return security.isCallerInRole(Roles.UNION_OFFICIAL) || security.isCallerInRole(Roles.LABOR_DEPT)
                || security.isCallerInRole(Roles.FINANCE);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = getUsername();
        if (name != null) {
            authentication.recordLogout(name, false);
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
