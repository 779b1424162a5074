package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identities;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.registry.application.ProfessionalDetails;
import org.unionworks.registry.application.ProfessionalForm;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.application.RegistryDashboardService;
import org.unionworks.registry.application.WorkforceFigures;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.LeaveReason;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ProfessionalStatus;

/** The registry dashboard on the demo province: figures add up, follow changes and stay within the city. */
@ExtendWith(ArquillianExtension.class)
class RegistryDashboardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(RegistryDashboardIT.class);
    }

    @Inject
    Identities as;

    @Inject
    RegistryDashboardService dashboard;

    @Inject
    ProfessionalService professionals;

    @Inject
    OrgUnitService orgUnits;

    @Test
    void theFiguresOfACityAddUpAndMatchTheList() throws Exception {
        WorkforceFigures nanchang = as.nanchangOfficial().call(dashboard::figures);
        long listed = as.nanchangOfficial().call(() -> professionals.count(new ProfessionalFilter(null, null, null,
                null, ProfessionalStatus.ACTIVE, null, null, null, null)));

        assertEquals("南昌市总工会", nanchang.scopeName());
        assertEquals(listed, nanchang.active(), "the headcount is the list's count of active people");
        WorkforceFigures.Staffing norm = nanchang.staffing();
        assertTrue(norm.hubs() > 0 && norm.target() >= norm.hubs(), "every demo street and township has covered workers");
        assertTrue(norm.atHubs() > 0 && norm.atHubs() < nanchang.active(), "hubs hold part of the workforce");
        assertTrue(norm.hubsMeetingNorm() <= norm.hubs());
        assertTrue(norm.gap() <= norm.target());
        assertEquals(nanchang.active(), nanchang.regions().stream().mapToLong(WorkforceFigures.Region::active).sum());
        WorkforceFigures.Staffing byRegions = nanchang.regions().stream().map(WorkforceFigures.Region::staffing)
                .reduce(WorkforceFigures.Staffing.NONE, WorkforceFigures.Staffing::plus);
        assertEquals(norm, byRegions, "the regions add up to the city");
        assertEquals(nanchang.active(), nanchang.byEmploymentMode().stream().mapToLong(WorkforceFigures.Slice::count).sum());
        assertEquals(nanchang.active(), nanchang.byServiceField().stream().mapToLong(WorkforceFigures.Slice::count).sum());
        assertTrue(nanchang.socialWorkMajors() > 0 && nanchang.socialWorkMajors() < nanchang.active());
        assertTrue(nanchang.certified() <= nanchang.active());
        assertEquals(java.math.BigDecimal.valueOf(nanchang.certified() * 100).divide(java.math.BigDecimal.valueOf(
                nanchang.active()), 1, java.math.RoundingMode.HALF_UP), nanchang.certifiedShare(),
                "the share of the active who hold a valid certificate");

        // professionalism and turnover by region and by employment mode add up to the city's
        WorkforceFigures.Quality byRegion = nanchang.regions().stream().map(WorkforceFigures.Region::quality)
                .reduce(WorkforceFigures.Quality.NONE, WorkforceFigures.Quality::plus);
        WorkforceFigures.Quality byMode = nanchang.qualityByEmploymentMode().stream().map(WorkforceFigures.Group::quality)
                .reduce(WorkforceFigures.Quality.NONE, WorkforceFigures.Quality::plus);
        for (WorkforceFigures.Quality parts : List.of(byRegion, byMode)) {
            assertEquals(nanchang.active(), parts.active());
            assertEquals(nanchang.socialWorkMajors(), parts.socialWorkMajors());
            assertEquals(nanchang.leftLast12Months(), parts.leftLast12Months());
            assertTrue(Math.abs(nanchang.averageWorkforce() - parts.averageWorkforce()) <= nanchang.regions().size(),
                    "average workforces add up but for halving each part");
        }
        assertTrue(nanchang.regions().stream().filter(r -> r.active() > 0)
                .allMatch(r -> r.quality().socialWorkShare() != null), "every staffed region has its share");

        WorkforceFigures jiujiang = as.jiujiangOfficial().call(dashboard::figures);
        Set<String> nanchangRegions = nanchang.regions().stream().map(WorkforceFigures.Region::name)
                .collect(Collectors.toSet());
        assertTrue(jiujiang.regions().stream().noneMatch(r -> nanchangRegions.contains(r.name())),
                "another city's dashboard shows none of Nanchang's districts");
    }

    private static long left(WorkforceFigures figures, EmploymentMode mode) {
        return figures.qualityByEmploymentMode().stream().filter(g -> g.labelKey().equals(mode.labelKey())).findFirst()
                .orElseThrow().quality().leftLast12Months();
    }

    @Test
    void aLeaverCountsInTheTurnoverOfTheLastTwelveMonths() throws Exception {
        var official = as.nanchangOfficial();
        long home = official.call(orgUnits::scopeRoot).id();
        WorkforceFigures before = official.call(dashboard::figures);
        ProfessionalDetails p = official.call(() -> professionals.register(new ProfessionalForm(null, 0,
                "流失测试" + System.nanoTime() % 1000, Rosters.freshResidentId(), null, EducationLevel.fromCode("21"),
                null, false, null, ProfessionalCategory.SOCIAL_WORKER, EmploymentMode.UNION_STAFF, null, home,
                LocalDate.now().minusYears(2))));
        official.call(() -> professionals.leave(p.id(), p.version(), LocalDate.now().minusDays(3),
                LeaveReason.values()[0]));

        WorkforceFigures after = official.call(dashboard::figures);
        assertEquals(before.leftLast12Months() + 1, after.leftLast12Months());
        assertEquals(left(before, EmploymentMode.UNION_STAFF) + 1, left(after, EmploymentMode.UNION_STAFF),
                "the leaver counts in the turnover of their employment mode");
        assertEquals(left(before, EmploymentMode.DIRECT_HIRE), left(after, EmploymentMode.DIRECT_HIRE));
        assertEquals(before.active(), after.active());
        assertTrue(after.turnoverRate().signum() > 0);
    }
}
