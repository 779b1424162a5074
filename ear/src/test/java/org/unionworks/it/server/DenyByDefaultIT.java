package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identities;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.model.OrgUnitFilter;
import org.unionworks.reporting.application.OrgRosterService;
import org.unionworks.reports.ReportFormat;
import org.unionworks.security.application.AuditSearchService;
import org.unionworks.security.application.UserAdministrationService;
import org.unionworks.security.model.AuditCriteria;
import org.unionworks.shared.application.PageRequest;

/** Nobody gets in without a role, and a role only opens its own doors. */
@ExtendWith(ArquillianExtension.class)
class DenyByDefaultIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(DenyByDefaultIT.class);
    }

    @Inject
    Identities as;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    UserAdministrationService users;

    @Inject
    AuditSearchService audit;

    @Inject
    OrgRosterService roster;

    @Test
    void anUnauthenticatedCallerIsRefusedEverywhere() {
        assertThrows(EJBAccessException.class, () -> orgUnits.count(OrgUnitFilter.NONE));
        assertThrows(EJBAccessException.class, () -> users.list(null, PageRequest.first(10)));
        assertThrows(EJBAccessException.class, () -> audit.search(AuditCriteria.ANY, PageRequest.first(10)));
        assertThrows(EJBAccessException.class,
                () -> roster.render(ReportFormat.PDF, Locale.ENGLISH, new ByteArrayOutputStream()));
    }

    @Test
    void aUnionOfficialCannotAdministerUsersNorReadTheAuditTrail() {
        assertThrows(EJBAccessException.class,
                () -> as.nanchangOfficial().call(() -> users.list(null, PageRequest.first(10))));
        assertThrows(EJBAccessException.class,
                () -> as.nanchangOfficial().call(() -> audit.search(AuditCriteria.ANY, PageRequest.first(10))));
    }

    @Test
    void administratorsDoNotCrossTheirDuties() {
        assertThrows(EJBAccessException.class,
                () -> as.securityAdmin().call(() -> audit.search(AuditCriteria.ANY, PageRequest.first(10))));
        assertThrows(EJBAccessException.class,
                () -> as.auditAdmin().call(() -> users.list(null, PageRequest.first(10))));
        assertThrows(EJBAccessException.class, () -> as.auditAdmin().call(
                () -> roster.render(ReportFormat.PDF, Locale.ENGLISH, new ByteArrayOutputStream())));
    }
}
