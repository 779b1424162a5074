package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identities;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.organization.model.OrgUnitFilter;
import org.unionworks.reporting.application.OrgRosterService;
import org.unionworks.reports.ReportFormat;
import org.unionworks.security.application.AuditSearchService;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditCriteria;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.NotFoundException;

/**
 * A union official of 南昌 sees 南昌's subtree and nothing of 九江: not by list, count,
 * direct id (IDOR), children or export — the scope is applied in the service layer.
 */
@ExtendWith(ArquillianExtension.class)
class OrgScopingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(OrgScopingIT.class);
    }

    @Inject
    Identities as;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    OrgRosterService roster;

    @Inject
    AuditSearchService audit;

    private long deniedFor(String actor) throws Exception {
        return as.auditAdmin().call(() -> audit.search(new AuditCriteria(null, null, actor, AuditAction.ACCESS_DENIED,
                null), PageRequest.first(1)).total());
    }

    @Test
    void listsAndCountsStayInsideTheCallersSubtree() throws Exception {
        OrgUnitView nanchang = as.nanchangOfficial().call(orgUnits::scopeRoot);
        OrgUnitView jiujiang = as.jiujiangOfficial().call(orgUnits::scopeRoot);
        assertEquals("南昌市总工会", nanchang.name());
        assertEquals("九江市总工会", jiujiang.name());

        List<OrgUnitView> seen = as.nanchangOfficial().call(
                () -> orgUnits.list(OrgUnitFilter.NONE, new PageRequest(0, 500, null, true)).items());
        long count = as.nanchangOfficial().call(() -> orgUnits.count(OrgUnitFilter.NONE));
        assertEquals(count, seen.size(), "the whole 南昌 subtree fits one page");
        assertTrue(seen.stream().allMatch(u -> u.divisionCode().startsWith("3601")), "only 南昌 division codes");
        assertTrue(seen.stream().noneMatch(u -> u.name().contains("九江") || u.name().contains("江西省")));

        long byName = as.nanchangOfficial().call(() -> orgUnits.count(new OrgUnitFilter("九江", null, null)));
        assertEquals(0, byName, "a name filter cannot reach outside the scope");
        long jiujiangOwn = as.jiujiangOfficial().call(() -> orgUnits.count(new OrgUnitFilter("九江", null, null)));
        assertTrue(jiujiangOwn > 0, "the same filter finds 九江 units for 九江's official");
    }

    @Test
    void aUnitOfAnotherCityCannotBeReadByIdNorItsChildren() throws Exception {
        long jiujiangId = as.jiujiangOfficial().call(orgUnits::scopeRoot).id();
        List<OrgUnitView> jiujiangChildren = as.jiujiangOfficial().call(() -> orgUnits.children(jiujiangId));
        assertFalse(jiujiangChildren.isEmpty());

        long probesBefore = deniedFor("official");
        assertThrows(NotFoundException.class, () -> as.nanchangOfficial().call(() -> orgUnits.get(jiujiangId)));
        assertEquals(probesBefore + 1, deniedFor("official"), "the probe is on record for the audit administrator");
        long childId = jiujiangChildren.get(0).id();
        assertThrows(NotFoundException.class, () -> as.nanchangOfficial().call(() -> orgUnits.get(childId)));
        assertTrue(as.nanchangOfficial().call(() -> orgUnits.children(jiujiangId)).isEmpty());
        // the province itself is above 南昌's scope: not even its id or name shows as the root's parent
        OrgUnitView nanchangRoot = as.nanchangOfficial().call(orgUnits::scopeRoot);
        assertEquals(null, nanchangRoot.parentId());
        assertEquals(null, nanchangRoot.parentName());
        long provinceId = as.auditAdmin().call(orgUnits::scopeRoot).id();
        assertThrows(NotFoundException.class, () -> as.nanchangOfficial().call(() -> orgUnits.get(provinceId)));
    }

    @Test
    void theRosterExportHoldsExactlyTheCallersScope() throws Exception {
        long inScope = as.nanchangFinance().call(() -> orgUnits.count(OrgUnitFilter.NONE));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        int rows = as.nanchangFinance().call(() -> roster.render(ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE, xlsx));
        assertEquals(inScope, rows, "one roster row per unit in scope");
        assertTrue(xlsx.size() > 1000, "a workbook was written");
        long jiujiang = as.jiujiangOfficial().call(() -> orgUnits.count(OrgUnitFilter.NONE));
        int jiujiangRows = as.jiujiangOfficial().call(() -> roster.render(ReportFormat.PDF, Locale.ENGLISH,
                new ByteArrayOutputStream()));
        assertEquals(jiujiang, jiujiangRows);
    }
}
