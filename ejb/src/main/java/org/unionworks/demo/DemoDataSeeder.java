package org.unionworks.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.annotation.Resource;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.UserTransaction;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.security.model.ApiClient;
import org.unionworks.security.model.ApiClientRepository;
import org.unionworks.security.model.ApiToken;
import org.unionworks.security.model.AppUser;
import org.unionworks.security.model.PasswordHasher;
import org.unionworks.security.model.Role;
import org.unionworks.security.model.UserRepository;

/**
 * Seeds a demo province and one account per role, <em>only</em> when the explicit switch
 * {@code unionworks.demo=true} is set (the README's run command sets it) and the database
 * holds no org unit yet. Without the switch no default account exists anywhere.
 */
@Singleton
@Startup
@DenyAll
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataSeeder {

    /** Listed in the README; for the demo only. */
    public static final String DEMO_PASSWORD = "UnionWorks#2026";
    /** The demo labour department's API token, listed in the README; for the demo only. */
    public static final String DEMO_API_TOKEN = "uwk_DEMO-only-Nanchang-labour-bureau-not-secret";
    static final String DEMO_API_JURISDICTION = "360100";

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "unionworks.demo", defaultValue = "false")
    boolean demo;

    @Inject
    OrgUnitRepository units;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    ApiClientRepository apiClients;

    /** About the size of a province's workforce in the guideline's terms (issue: ~20,000). */
    private static final int DEMO_PROFESSIONALS = 20_000;

    @Inject
    DemoRegistrySeeder registry;

    private final Random random = new Random(2016);
    private final List<OrgUnit> seeded = new ArrayList<>();

    @Resource
    UserTransaction transaction;

    /**
     * Bean-managed transactions: the organisation tree and accounts commit together, the
     * registry then commits in chunks (a 20,000-person province in one transaction would hold
     * every entity in one persistence context and outlast the transaction timeout).
     */
    @PostConstruct
    void seedIfRequested() {
        if (!demo) {
            return;
        }
        try {
            transaction.begin();
            boolean empty = units.isEmpty();
            if (empty) {
                seedOrganisationsAndAccounts();
            }
            transaction.commit();
            if (!empty) {
                LOG.info("demo switch on, database not empty: nothing seeded");
                return;
            }
            registry.seed(seeded.stream().map(OrgUnit::getId).toList(), DEMO_PROFESSIONALS, 2016, transaction);
            LOG.info("demo province seeded");
        } catch (Exception e) {
            throw new IllegalStateException("demo seed failed", e);
        }
    }

    private void seedOrganisationsAndAccounts() {
        OrgUnit province = OrgUnit.root(OrgUnitType.PROVINCE, DemoProvince.PROVINCE_NAME + "总工会",
                DivisionCode.of(DemoProvince.PROVINCE_CODE));
        units.add(province);
        add(province, OrgUnitType.SERVICE_CENTRE, "江西省职工服务中心", DemoProvince.PROVINCE_CODE, null);
        add(province, OrgUnitType.HOTLINE_12351, "江西省12351职工服务热线", DemoProvince.PROVINCE_CODE, null);
        add(province, OrgUnitType.LEGAL_AID, "江西省职工法律援助中心", DemoProvince.PROVINCE_CODE, null);

        OrgUnit nanchang = null;
        OrgUnit jiujiang = null;
        for (DemoProvince.City c : DemoProvince.CITIES) {
            OrgUnit city = add(province, OrgUnitType.CITY, c.name() + "总工会", c.code(), null);
            if ("360100".equals(c.code())) {
                nanchang = city;
            } else if ("360400".equals(c.code())) {
                jiujiang = city;
            }
            add(city, OrgUnitType.SERVICE_CENTRE, c.name() + "职工服务中心", c.code(), null);
            add(city, OrgUnitType.LEGAL_AID, c.name() + "职工法律援助中心", c.code(), null);
            seedDistricts(city, c);
        }
        seedUsers(province, nanchang, jiujiang);
        seedApiClient(province);
        seeded.add(0, province);
    }

    private void seedDistricts(OrgUnit city, DemoProvince.City c) {
        List<OrgUnit> counties = new ArrayList<>();
        for (DemoProvince.District d : c.districts()) {
            OrgUnit county = add(city, OrgUnitType.COUNTY, d.name() + "总工会", d.code(), null);
            counties.add(county);
            List<String> names = new ArrayList<>(d.realStreets());
            if (names.isEmpty()) {
                List<String> pool = new ArrayList<>(d.urban() ? DemoProvince.STREET_POOL : DemoProvince.TOWN_POOL);
                Collections.shuffle(pool, random);
                names.addAll(pool.subList(0, 4 + random.nextInt(3)));
            }
            for (int i = 0; i < names.size(); i++) {
                OrgUnitType type = d.urban() ? OrgUnitType.STREET : OrgUnitType.TOWNSHIP;
                String suffix = d.urban() ? "街道总工会" : (i % 3 == 2 ? "乡总工会" : "镇总工会");
                OrgUnit street = add(county, type, names.get(i) + suffix, d.code(), 600L + random.nextInt(14_000));
                seedCommunities(street, d.code());
            }
            if (random.nextInt(3) == 0) {
                add(county, OrgUnitType.SERVICE_CENTRE, d.name() + "职工服务站", d.code(), null);
            }
        }
        OrgUnit firstCounty = counties.get(0);
        if (c.developmentZone() != null) {
            add(city, OrgUnitType.DEVELOPMENT_ZONE, c.developmentZone() + "总工会", firstCounty.getDivisionCode().value(),
                    20_000L + random.nextInt(40_000));
        }
        if (c.industrialPark() != null) {
            add(city, OrgUnitType.INDUSTRIAL_PARK, c.industrialPark() + "工会", counties.get(counties.size() - 1)
                    .getDivisionCode().value(), 15_000L + random.nextInt(30_000));
        }
        for (String enterprise : c.enterprises()) {
            OrgUnit county = counties.get(random.nextInt(counties.size()));
            add(county, OrgUnitType.ENTERPRISE_UNION, enterprise, county.getDivisionCode().value(), null);
        }
        add(firstCounty, OrgUnitType.REGIONAL_FEDERATION,
                firstCounty.getName().replace("总工会", "") + "建筑行业工会联合会", firstCounty.getDivisionCode().value(), null);
    }

    private void seedCommunities(OrgUnit street, String code) {
        int n = 1 + random.nextInt(2);
        List<String> pool = new ArrayList<>(DemoProvince.COMMUNITY_POOL);
        Collections.shuffle(pool, random);
        for (int i = 0; i < n; i++) {
            add(street, OrgUnitType.COMMUNITY, pool.get(i) + "社区工会", code, null);
        }
    }

    private OrgUnit add(OrgUnit parent, OrgUnitType type, String name, String code, Long workers) {
        OrgUnit unit = parent.foundChild(type, name, DivisionCode.of(code), workers);
        units.add(unit);
        seeded.add(unit);
        return unit;
    }

    private void seedUsers(OrgUnit province, OrgUnit nanchang, OrgUnit jiujiang) {
        String hash = hasher.hash(DEMO_PASSWORD.toCharArray());
        user("sysadmin", "王强（系统管理员）", province, Role.SYSTEM_ADMIN, hash);
        user("secadmin", "李娜（安全管理员）", province, Role.SECURITY_ADMIN, hash);
        user("auditor", "张敏（审计管理员）", province, Role.AUDIT_ADMIN, hash);
        users.add(new AppUser("official", "刘洋", nanchang, EnumSet.of(Role.UNION_OFFICIAL, Role.PERSONAL_DATA), hash));
        user("official2", "周婷", nanchang, Role.UNION_OFFICIAL, hash);
        user("official.jj", "陈静", jiujiang, Role.UNION_OFFICIAL, hash);
        user("labor", "赵磊", province, Role.LABOR_DEPT, hash);
        user("finance", "孙丽", nanchang, Role.FINANCE, hash);
    }

    /** Nanchang's labour bureau pulls the certification report of the city (README: the pull API). */
    private void seedApiClient(OrgUnit province) {
        OffsetDateTime now = OffsetDateTime.now();
        apiClients.add(ApiClient.issue("南昌市人力资源和社会保障局（演示）", DivisionCode.of(DEMO_API_JURISDICTION),
                province, ApiToken.parse(DEMO_API_TOKEN).orElseThrow(), now.plusDays(365), "demo", now));
    }

    private void user(String username, String name, OrgUnit org, Role role, String hash) {
        users.add(new AppUser(username, name, org, EnumSet.of(role), hash));
    }
}
