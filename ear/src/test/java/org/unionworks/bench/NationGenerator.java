package org.unionworks.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.unionworks.demo.SyntheticPeople;
import org.unionworks.demo.SyntheticPerson;
import org.unionworks.organization.infrastructure.DivisionCatalogueParser;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.DivisionEntry;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.registry.application.PersonalDataSealer;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.LeaveReason;
import org.unionworks.registry.model.PhoneNumber;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.RecordSource;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.registry.model.SealedValue;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Labels;

/**
 * The benchmark nation: a second organisation tree beside the demo province with 30 provinces (every
 * province-level division of GB/T 2260 but the demo's Jiangxi, Taiwan, Hong Kong and Macao), 10 cities each,
 * 8 counties per city and 23 street-level unions plus a worker service centre per county — 60,331 units — and
 * {@value #DEFAULT_PROFESSIONALS} professionals spread over them unevenly (province and city weights fall off
 * like 1/rank, so the largest province holds about a tenth of the nation and its largest city about a quarter
 * of the province). Each professional has sealed ID and phone numbers (the server's own keys), a post, a
 * posting, for some a transfer before it, for some a departure. Deterministic: the same seed gives the same
 * nation, row for row.
 *
 * <p>Rows go in through JDBC batches, not the domain model: at this size only the shape of the data matters to
 * the queries measured, and the model's rules are tested elsewhere. Everything is written in chunks of
 * {@value #CHUNK} people per transaction, the people's secondary indexes built after them; the three benchmark
 * accounts are created last, so their presence marks a complete nation and a later run reuses it.
 */
@Dependent
public class NationGenerator {

    private static final Logger LOG = Logger.getLogger(NationGenerator.class.getName());

    public static final int DEFAULT_PROFESSIONALS = 2_000_000;
    public static final long SEED = 20_161_231L;
    static final String ROOT_NAME = "全国总工会（基准测试数据）";
    static final String NATION_ACCOUNT = "bench.nation";
    static final String PROVINCE_ACCOUNT = "bench.province";
    static final String CITY_ACCOUNT = "bench.city";

    /**
     * The server property that gives the largest province this share of the people instead of about a tenth, as
     * {@code -Dbench.jvm=-Dunionworks.bench.largest-province-share=0.167}: a sixth of 2 M makes about 150,000 of them
     * certified, the province that issue 4's compliance goal names.
     */
    static final String LARGEST_PROVINCE_SHARE = "unionworks.bench.largest-province-share";
    static final int CITIES_PER_PROVINCE = 10;
    static final int COUNTIES_PER_CITY = 8;
    static final int STREETS_PER_COUNTY = 23;
    static final int SOCIAL_ORGS_PER_CITY = 20;
    /**
     * People per JDBC batch and per transaction. The secondary indexes of the people's tables are dropped while they
     * load and built once afterwards ({@link DeferredIndexes}): with them in place H2 (MVStore) rewrote nearly every
     * leaf page of a dozen random-key indexes at each commit, and 500,000 people took 15 minutes, 2,000,000 hours
     * (docs/benchmarks.md); without, 2,000,000 load in 8 minutes and the indexes build in 6.
     */
    private static final int CHUNK = 5_000;
    /** People per JDBC batch when writing an import by hand: the import's chunk. */
    private static final int IMPORT_BATCH = 500;
    private static final String[] EXCLUDED_PROVINCES = {"36", "71", "81", "82"};
    private static final String[] STREET_TYPES = {"STREET", "STREET", "TOWNSHIP", "TOWNSHIP", "DEVELOPMENT_ZONE",
        "INDUSTRIAL_PARK"};
    private static final String[] CHINESE_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 6, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    static final OffsetDateTime RECORDED = OffsetDateTime.parse("2026-12-01T08:00:00+08:00");
    private static final ServiceField[] FIELDS = ServiceField.values();
    private static final PostGrade[] GRADES = PostGrade.values();
    private static final LeaveReason[] LEAVE_REASONS = LeaveReason.values();

    @Resource(lookup = "java:jboss/datasources/UnionWorksDS")
    DataSource dataSource;

    @Inject
    PersonalDataSealer sealer;

    /** The nation as the benchmark needs it: its scopes and where the largest province and city lie. */
    public record Nation(String nationPath, long provinceId, String provincePath, String provinceName, long cityId,
                         String cityPath, String cityName, String cityDivision) {
    }

    /** A unit of the nation while it is generated. */
    private record Unit(long id, String path, String division, int city) {
    }

    /** The nation in the database: reused when complete, generated when absent, refused when half there. */
    public Nation ensure(int professionals) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Long root = single(c, "SELECT id FROM org_unit WHERE name = ? AND parent_id IS NULL", ROOT_NAME);
            Long account = single(c, "SELECT id FROM app_user WHERE username = ?", CITY_ACCOUNT);
            if (root != null && account == null) {
                throw new IllegalStateException("the benchmark nation in this database is incomplete (a generation"
                        + " was interrupted): delete the benchmark data directory and run again");
            }
            if (root == null) {
                generate(c, professionals);
            }
            return describe(c);
        }
    }

    /**
     * What the roster import's commit writes for {@code count} new people in the city, written by hand: the sealed
     * record, a new post each holds, the posting and the audit row, in JDBC batches of {@value #IMPORT_BATCH} people,
     * committed every {@code commitEvery} people (the import's commit is one transaction: {@code count}). The people
     * are made up beforehand, in divisions of their own ({@code series}: 6 to 9, the roster has 5); the time runs
     * from the first seal to the last commit.
     *
     * @return nanoseconds spent sealing and writing
     */
    public long importByHand(Nation nation, int count, String actor, long actorOrgId, int commitEvery, int series)
            throws SQLException {
        SyntheticPeople people = new SyntheticPeople(SEED + series);
        SplittableRandom random = new SplittableRandom(SEED + series);
        List<SyntheticPerson> persons = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            // divisions no generated or rostered person has (the nation's counties end 01-08, the roster's 51-59),
            // nine of the series' own per run by hand (61-69, 71-79, ...): two runs drawing birth dates and
            // sequence numbers in the same divisions would meet (a 200,000-person run collided with the one before)
            persons.add(people.next(nation.cityDivision().substring(0, 4) + series + (n % 9 + 1)));
        }
        try (Connection c = dataSource.getConnection()) {
            List<Unit> units = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, tree_path, division_code FROM org_unit"
                    + " WHERE tree_path LIKE ? AND depth = 4 ORDER BY id")) {
                ps.setString(1, nation.cityPath() + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        units.add(new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), 0));
                    }
                }
            }
            c.setAutoCommit(false);
            Ids ids = new Ids(c);
            long started = System.nanoTime();
            try (PeopleWriter writer = new PeopleWriter(c, ids, RecordSource.IMPORTED, OffsetDateTime.now())) {
                for (int n = 0; n < count; n++) {
                    writer.imported(persons.get(n), units.get(random.nextInt(units.size())),
                            FIELDS[random.nextInt(FIELDS.length)], GRADES[random.nextInt(GRADES.length)],
                            n % 3 == 0 ? EmploymentMode.DIRECT_HIRE : EmploymentMode.UNION_STAFF,
                            LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600)), actor, actorOrgId, 0);
                    if ((n + 1) % IMPORT_BATCH == 0) {
                        writer.flush();
                    }
                    if ((n + 1) % commitEvery == 0) {
                        c.commit();
                    }
                }
                writer.flush();
            }
            c.commit();
            long elapsed = System.nanoTime() - started;
            ids.restartSequences();
            c.commit();
            c.setAutoCommit(true);
            return elapsed;
        }
    }

    static Long single(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static Nation describe(Connection c) throws SQLException {
        String sql = "SELECT o.id, o.tree_path, o.name, o.division_code FROM app_user u JOIN org_unit o"
                + " ON o.id = u.org_unit_id WHERE u.username = ?";
        String[] nation = row(c, sql, NATION_ACCOUNT);
        String[] province = row(c, sql, PROVINCE_ACCOUNT);
        String[] city = row(c, sql, CITY_ACCOUNT);
        return new Nation(nation[1], Long.parseLong(province[0]), province[1], province[2],
                Long.parseLong(city[0]), city[1], city[2], city[3]);
    }

    private static String[] row(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no benchmark account " + parameter);
                }
                String[] values = new String[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getString(i + 1);
                }
                return values;
            }
        }
    }

    private void generate(Connection c, int professionals) throws SQLException {
        long started = System.nanoTime();
        c.setAutoCommit(false);
        SplittableRandom random = new SplittableRandom(SEED);
        Ids ids = new Ids(c);

        List<DivisionEntry> provinces = provinces();
        long rootId = ids.next("org_unit");
        String rootPath = "/" + rootId + "/";
        List<Unit> hubs = new ArrayList<>();
        List<long[]> cityUnits = new ArrayList<>();  // per city: its id, then its street-level unit indexes' bounds
        List<Unit> cities = new ArrayList<>();
        List<Unit> provinceUnits = new ArrayList<>();
        try (UnitWriter units = new UnitWriter(c, ids)) {
            units.add(rootId, null, "NATIONAL", ROOT_NAME, DivisionCode.NATIONAL.value(), rootPath, 0);
            for (DivisionEntry province : provinces) {
                String pCode = province.code().value();
                long pId = ids.next("org_unit");
                String pPath = rootPath + pId + "/";
                String pName = province.name() + "总工会";
                units.add(pId, rootId, "PROVINCE", pName, pCode, pPath, 1);
                provinceUnits.add(new Unit(pId, pPath, pCode, -1));
                for (int ci = 1; ci <= CITIES_PER_PROVINCE; ci++) {
                    String cCode = pCode.substring(0, 2) + String.format(Locale.ROOT, "%02d", ci) + "00";
                    long cId = ids.next("org_unit");
                    String cPath = pPath + cId + "/";
                    String cPlace = province.name() + "第" + CHINESE_NUMBERS[ci - 1] + "市";
                    units.add(cId, pId, "CITY", cPlace + "总工会", cCode, cPath, 2);
                    int cityIndex = cities.size();
                    cities.add(new Unit(cId, cPath, cCode, cityIndex));
                    long firstHub = hubs.size();
                    for (int k = 1; k <= COUNTIES_PER_CITY; k++) {
                        String kCode = cCode.substring(0, 4) + String.format(Locale.ROOT, "%02d", k);
                        long kId = ids.next("org_unit");
                        String kPath = cPath + kId + "/";
                        String kPlace = cPlace + "第" + CHINESE_NUMBERS[k - 1] + "区";
                        units.add(kId, cId, "COUNTY", kPlace + "总工会", kCode, kPath, 3);
                        for (int s = 1; s <= STREETS_PER_COUNTY + 1; s++) {
                            long sId = ids.next("org_unit");
                            String sPath = kPath + sId + "/";
                            boolean centre = s > STREETS_PER_COUNTY;
                            String type = centre ? "SERVICE_CENTRE" : STREET_TYPES[random.nextInt(STREET_TYPES.length)];
                            String name = centre ? kPlace + "职工服务中心" : kPlace + "第" + s + label(type);
                            units.add(sId, kId, type, name, kCode, sPath, 4);
                            hubs.add(new Unit(sId, sPath, kCode, cityIndex));
                        }
                    }
                    cityUnits.add(new long[] {firstHub, hubs.size()});
                }
            }
        }
        c.commit();
        long unitsDone = System.nanoTime();
        LOG.info(() -> "benchmark nation: " + (unitsDone - started) / 1_000_000 + " ms for " + (1 + provinces.size() + cities.size() + hubs.size() + cities.size()
                * COUNTIES_PER_CITY) + " units");

        long[][] employers = socialOrganisations(c, ids, cities, random);
        c.commit();

        // province and city weights fall off like 1/rank, in a seeded order
        double[] provinceWeights = harmonic(provinces.size(), 4);
        shuffle(provinceWeights, random);
        String share = System.getProperty(LARGEST_PROVINCE_SHARE);
        if (share != null) {
            weighLargest(provinceWeights, Double.parseDouble(share));
        }
        double[] cityWeights = harmonic(CITIES_PER_PROVINCE, 2);

        SyntheticPeople people = new SyntheticPeople(SEED);
        long[] perProvince = new long[provinces.size()];
        long[] perCity = new long[cities.size()];
        DeferredIndexes deferred = DeferredIndexes.drop(c, List.of("professional", "post", "posting"));
        try (PeopleWriter writer = new PeopleWriter(c, ids, RecordSource.ENTERED, RECORDED)) {
            for (int n = 0; n < professionals; n++) {
                int p = pick(provinceWeights, random);
                int city = p * CITIES_PER_PROVINCE + pick(cityWeights, random);
                long[] bounds = cityUnits.get(city);
                Unit unit = hubs.get((int) (bounds[0] + random.nextInt((int) (bounds[1] - bounds[0]))));
                Unit previous = random.nextInt(100) < 15
                        ? hubs.get((int) (bounds[0] + random.nextInt((int) (bounds[1] - bounds[0])))) : null;
                writer.person(people.next(unit.division()), unit, previous == unit ? null : previous,
                        employers[city], random);
                perProvince[p]++;
                perCity[city]++;
                if ((n + 1) % CHUNK == 0) {
                    writer.flush();
                    c.commit();
                }
                if ((n + 1) % 100_000 == 0) {
                    int done = n + 1;
                    long ms = (System.nanoTime() - unitsDone) / 1_000_000;
                    LOG.info(() -> "benchmark nation: " + done + " professionals in " + ms + " ms");
                }
            }
            writer.flush();
        }
        c.commit();
        long loaded = System.nanoTime();
        deferred.rebuild(c);
        LOG.info(() -> "benchmark nation: indexes built in " + (System.nanoTime() - loaded) / 1_000_000 + " ms");

        int largestProvince = argMax(perProvince);
        int largestCity = largestProvince * CITIES_PER_PROVINCE;
        for (int i = largestCity; i < largestCity + CITIES_PER_PROVINCE; i++) {
            if (perCity[i] > perCity[largestCity]) {
                largestCity = i;
            }
        }
        ids.restartSequences();
        accounts(c, ids, rootId, provinceUnits.get(largestProvince).id(), cities.get(largestCity).id());
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // selectivity statistics for the planner, as a database in use for a while has them
            // on PostgreSQL VACUUM too: index-only scans need the visibility map, which a bulk load leaves unset until
            // autovacuum comes by (a DBA vacuums after a load)
            s.execute(Bench.onPostgres(c) ? "VACUUM ANALYZE" : "ANALYZE");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        LOG.info(() -> "benchmark nation generated in " + seconds + " s");
    }

    private static String label(String unitType) {
        return Labels.bundle(Locale.CHINESE).getString(OrgUnitType.valueOf(unitType).labelKey());
    }

    private static List<DivisionEntry> provinces() {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                NationGenerator.class.getResourceAsStream("/reference/gbt2260/2023.txt")), StandardCharsets.UTF_8)) {
            return DivisionCatalogueParser.parse(reader).stream()
                    .filter(e -> e.level() == DivisionCode.Level.PROVINCE)
                    .filter(e -> Arrays.stream(EXCLUDED_PROVINCES).noneMatch(x -> e.code().value().startsWith(x)))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long[][] socialOrganisations(Connection c, Ids ids, List<Unit> cities, SplittableRandom random)
            throws SQLException {
        long[][] employers = new long[cities.size()][SOCIAL_ORGS_PER_CITY];
        long serial = 1_000_000;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO social_org (id, name, credit_code,"
                + " supervising_unit_id, incubated_by_id, tree_path, registered_on, status, status_since, version,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, 0, ?)")) {
            for (Unit city : cities) {
                for (int i = 0; i < SOCIAL_ORGS_PER_CITY; i++) {
                    long id = ids.next("social_org");
                    employers[city.city()][i] = id;
                    LocalDate registered = day(LocalDate.of(2012, 1, 1), FIRST_DAY, random);
                    ps.setLong(1, id);
                    ps.setString(2, SyntheticPeople.socialOrganisationName("基准" + city.city(), i));
                    ps.setString(3, SyntheticPeople.creditCode(city.division(), '5', '2', serial++));
                    ps.setLong(4, city.id());
                    ps.setObject(5, random.nextBoolean() ? city.id() : null);
                    ps.setString(6, city.path());
                    ps.setDate(7, Date.valueOf(registered));
                    ps.setDate(8, Date.valueOf(registered));
                    ps.setObject(9, RECORDED);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return employers;
    }

    private void accounts(Connection c, Ids ids, long nation, long province, long city) throws SQLException {
        try (PreparedStatement user = c.prepareStatement("INSERT INTO app_user (id, username, display_name,"
                + " org_unit_id, password_hash, enabled, failed_attempts, password_changed_at, version, created_at)"
                + " VALUES (?, ?, ?, ?, ?, TRUE, 0, ?, 0, ?)");
             PreparedStatement role = c.prepareStatement(
                     "INSERT INTO app_user_role (user_id, role_name) VALUES (?, ?)")) {
            Object[][] accounts = {{NATION_ACCOUNT, "基准测试（全国）", nation}, {PROVINCE_ACCOUNT, "基准测试（省）", province},
                {CITY_ACCOUNT, "基准测试（市）", city}};
            for (Object[] a : accounts) {
                long id = ids.next("app_user");
                user.setLong(1, id);
                user.setString(2, (String) a[0]);
                user.setString(3, (String) a[1]);
                user.setLong(4, (Long) a[2]);
                // not a hash of anything: nobody signs in with these accounts, the benchmark runs as them
                user.setString(5, "!benchmark-account-without-login");
                user.setObject(6, RECORDED);
                user.setObject(7, RECORDED);
                user.executeUpdate();
                for (String r : List.of(Roles.UNION_OFFICIAL, Roles.PERSONAL_DATA)) {
                    role.setLong(1, id);
                    role.setString(2, r);
                    role.executeUpdate();
                }
            }
        }
    }

    /**
     * Gives the largest weight the share of the total that {@code share} names, the others keeping theirs relative to
     * each other (and the seeded stream its draws, so everything else stays as it was).
     */
    static void weighLargest(double[] weights, double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException(LARGEST_PROVINCE_SHARE + " must lie between 0 and 1: " + share);
        }
        int largest = 0;
        double others = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > weights[largest]) {
                largest = i;
            }
        }
        for (int i = 0; i < weights.length; i++) {
            others += i == largest ? 0 : weights[i];
        }
        weights[largest] = others * share / (1 - share);
    }

    static double[] harmonic(int n, int offset) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 / (i + offset);
        }
        return w;
    }

    private static void shuffle(double[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private static int pick(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int argMax(long[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    static LocalDate day(LocalDate from, LocalDate to, SplittableRandom random) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    /**
     * Identifiers above everything the sequences handed out, and the sequences moved past them afterwards. Each table
     * named has a sequence {@code <table>_seq}.
     */
    static final class Ids {
        private final Connection c;
        private final java.util.Map<String, long[]> next = new java.util.LinkedHashMap<>();

        Ids(Connection c) throws SQLException {
            this(c, List.of("org_unit", "org_unit_state", "social_org", "professional", "post", "posting", "app_user"));
        }

        Ids(Connection c, List<String> tables) throws SQLException {
            this.c = c;
            for (String table : tables) {
                long max;
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                long sequence;
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT " + Bench.nextValue(c, table + "_seq"))) {
                    rs.next();
                    sequence = rs.getLong(1);
                }
                next.put(table, new long[] {Math.max(max, sequence) + 1_000});
            }
        }

        long next(String table) {
            return next.get(table)[0]++;
        }

        void restartSequences() throws SQLException {
            try (Statement s = c.createStatement()) {
                for (var e : next.entrySet()) {
                    // a literal: H2 takes no parameter here; the value is a number this class computed
                    s.execute("ALTER SEQUENCE " + e.getKey() + "_seq RESTART WITH " + (e.getValue()[0] + 1_000));
                }
            }
        }
    }

    /** Org units and their founding states, in one batch each. */
    private static final class UnitWriter implements AutoCloseable {
        private final PreparedStatement unit;
        private final PreparedStatement state;
        private final Ids ids;
        private int pending;

        UnitWriter(Connection c, Ids ids) throws SQLException {
            this.ids = ids;
            unit = c.prepareStatement("INSERT INTO org_unit (id, parent_id, unit_type, name, division_code, tree_path,"
                    + " depth, covered_workers, covered_enterprises, valid_from, version, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
            state = c.prepareStatement("INSERT INTO org_unit_state (id, org_unit_id, valid_from, name, covered_workers,"
                    + " covered_enterprises, division_code, change_type, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'FOUNDED', 'benchmark', ?)");
        }

        void add(long id, Long parent, String type, String name, String division, String path, int depth)
                throws SQLException {
            long workers = depth == 4 ? 800 + (id * 7919) % 12_000 : 0;
            long enterprises = workers / 40;
            unit.setLong(1, id);
            unit.setObject(2, parent);
            unit.setString(3, type);
            unit.setString(4, name);
            unit.setString(5, division);
            unit.setString(6, path);
            unit.setInt(7, depth);
            unit.setObject(8, depth == 4 ? workers : null);
            unit.setObject(9, depth == 4 ? enterprises : null);
            unit.setDate(10, Date.valueOf(LocalDate.of(2016, 1, 1)));
            unit.setObject(11, RECORDED);
            unit.addBatch();
            state.setLong(1, ids.next("org_unit_state"));
            state.setLong(2, id);
            state.setDate(3, Date.valueOf(LocalDate.of(2016, 1, 1)));
            state.setString(4, name);
            state.setObject(5, depth == 4 ? workers : null);
            state.setObject(6, depth == 4 ? enterprises : null);
            state.setString(7, division);
            state.setObject(8, RECORDED);
            state.addBatch();
            if (++pending % 1_000 == 0) {
                flush();
            }
        }

        private void flush() throws SQLException {
            unit.executeBatch();
            state.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            flush();
            unit.close();
            state.close();
        }
    }

    /** Professionals with their posts and postings, batched per chunk. */
    private final class PeopleWriter implements AutoCloseable {
        private final PreparedStatement professional;
        private final PreparedStatement post;
        private final PreparedStatement posting;
        private final PreparedStatement audit;
        private final Ids ids;
        private final OffsetDateTime recorded;
        private final ResourceBundle labels = Labels.bundle(Locale.CHINESE);

        /**
         * @param source   the records' source: ENTERED for the nation, IMPORTED for the import's writes by hand
         * @param recorded when the rows say they were recorded
         */
        PeopleWriter(Connection c, Ids ids, RecordSource source, OffsetDateTime recorded) throws SQLException {
            this.ids = ids;
            this.recorded = recorded;
            professional = c.prepareStatement("INSERT INTO professional (id, full_name, resident_id_enc,"
                    + " resident_id_hash, resident_id_masked, resident_id_last4, birth_date, gender, phone_enc, phone_hash,"
                    + " phone_masked, education, major, social_work_major, political_status, category, employment_mode,"
                    + " employer_id, org_unit_id, tree_path, service_field, status, joined_on, left_on, leave_reason,"
                    + " source, version, created_at, updated_at, updated_by, province_code, city_code, county_code)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '" + source.name()
                    + "', 0, ?, ?, 'benchmark', ?, ?, ?)");
            post = c.prepareStatement("INSERT INTO post (id, org_unit_id, tree_path, title, service_field, grade,"
                    + " established_on, holder_id, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
            posting = c.prepareStatement("INSERT INTO posting (id, professional_id, post_id, org_unit_id, tree_path,"
                    + " service_field, employment_mode, employer_id, start_date, start_reason, end_date, end_reason,"
                    + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark', ?)");
            audit = c.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, actor_org_id, action,"
                    + " object_type, object_id, outcome, detail) VALUES (" + Bench.nextValue(c, "audit_event_seq") + ", ?, ?, ?,"
                    + " 'PROFESSIONAL_CREATED', 'Professional', ?, 'SUCCESS', ?)");
        }

        void person(SyntheticPerson person, Unit unit, Unit previous, long[] employers, SplittableRandom random)
                throws SQLException {
            long id = ids.next("professional");
            int m = random.nextInt(100);
            EmploymentMode mode = m < 35 ? EmploymentMode.DIRECT_HIRE
                    : m < 80 ? EmploymentMode.PURCHASED_SERVICE : EmploymentMode.UNION_STAFF;
            Long employer = mode == EmploymentMode.PURCHASED_SERVICE ? employers[random.nextInt(employers.length)] : null;
            int k = random.nextInt(100);
            ProfessionalCategory category = k < 80 ? ProfessionalCategory.SOCIAL_WORKER
                    : k < 95 ? ProfessionalCategory.SOCIALISED_UNION_WORKER : ProfessionalCategory.BARGAINING_INSTRUCTOR;
            ServiceField field = FIELDS[random.nextInt(FIELDS.length)];
            LocalDate joined = day(FIRST_DAY, LAST_DAY.minusDays(200), random);
            LocalDate transferred = previous == null ? null : day(joined.plusDays(30), LAST_DAY.minusDays(100), random);
            boolean left = random.nextInt(100) < 8;
            LocalDate leftOn = left ? day((transferred == null ? joined : transferred).plusDays(30), LAST_DAY, random)
                    : null;
            professional(id, person, unit, category, mode, employer, left ? null : field, joined, leftOn,
                    left ? LEAVE_REASONS[random.nextInt(LEAVE_REASONS.length)] : null);

            if (previous != null) {
                ServiceField earlier = FIELDS[random.nextInt(FIELDS.length)];
                long earlierPost = post(previous, earlier, GRADES[random.nextInt(GRADES.length)], joined, null);
                posting(id, earlierPost, previous, earlier, mode, employer, joined, "NEW_HIRE", transferred, "TRANSFER");
            }
            long current = post(unit, field, GRADES[random.nextInt(GRADES.length)],
                    transferred == null ? joined : transferred, left ? null : id);
            posting(id, current, unit, field, mode, employer, transferred == null ? joined : transferred,
                    transferred == null ? "NEW_HIRE" : "TRANSFER", leftOn, left ? "DEPARTURE" : null);
            if (random.nextInt(100) < 5) {
                post(unit, FIELDS[random.nextInt(FIELDS.length)], GRADES[random.nextInt(GRADES.length)], joined, null);
            }
        }

        /**
         * What a roster import writes for one new person, by hand: the record, a new post they hold, the posting and
         * the audit row.
         */
        void imported(SyntheticPerson person, Unit unit, ServiceField field, PostGrade grade, EmploymentMode mode,
                      LocalDate joined, String actor, long actorOrgId, long jobId) throws SQLException {
            long id = ids.next("professional");
            professional(id, person, unit, ProfessionalCategory.SOCIAL_WORKER, mode, null, field, joined, null, null);
            long current = post(unit, field, grade, joined, id);
            posting(id, current, unit, field, mode, null, joined, "NEW_HIRE", null, null);
            audit.setObject(1, OffsetDateTime.now());
            audit.setString(2, actor);
            audit.setLong(3, actorOrgId);
            audit.setString(4, String.valueOf(id));
            audit.setString(5, "professionalImported|" + unit.id() + "|" + jobId);
            audit.addBatch();
        }

        private void professional(long id, SyntheticPerson person, Unit unit, ProfessionalCategory category,
                                  EmploymentMode mode, Long employer, ServiceField field, LocalDate joined,
                                  LocalDate leftOn, LeaveReason leaveReason) throws SQLException {
            ResidentId residentId = ResidentId.parse(person.residentId());
            SealedValue sealedId = sealer.seal(residentId);
            SealedValue phone = sealer.seal(PhoneNumber.parse(person.mobile()));
            professional.setLong(1, id);
            professional.setString(2, person.name());
            professional.setString(3, sealedId.cipherText());
            professional.setString(4, sealedId.blindIndex());
            professional.setString(5, sealedId.masked());
            professional.setString(6, residentId.lastFour());
            professional.setDate(7, Date.valueOf(person.birthDate()));
            professional.setString(8, person.gender().name());
            professional.setString(9, phone.cipherText());
            professional.setString(10, phone.blindIndex());
            professional.setString(11, phone.masked());
            professional.setString(12, person.educationCode());
            professional.setString(13, person.major());
            professional.setBoolean(14, person.socialWorkMajor());
            professional.setString(15, person.politicalStatusCode());
            professional.setString(16, category.name());
            professional.setString(17, mode.name());
            professional.setObject(18, employer);
            professional.setLong(19, unit.id());
            professional.setString(20, unit.path());
            professional.setString(21, field == null ? null : field.name());
            professional.setString(22, leftOn != null ? "LEFT" : "ACTIVE");
            professional.setDate(23, Date.valueOf(joined));
            professional.setDate(24, leftOn != null ? Date.valueOf(leftOn) : null);
            professional.setString(25, leaveReason == null ? null : leaveReason.name());
            professional.setObject(26, recorded);
            professional.setObject(27, recorded);
            DivisionCode division = DivisionCode.of(unit.division());
            professional.setString(28, value(division.at(DivisionCode.Level.PROVINCE)));
            professional.setString(29, value(division.at(DivisionCode.Level.CITY)));
            professional.setString(30, value(division.at(DivisionCode.Level.COUNTY)));
            professional.addBatch();
        }

        private static String value(DivisionCode code) {
            return code == null ? null : code.value();
        }

        private long post(Unit unit, ServiceField field, PostGrade grade, LocalDate established, Long holder)
                throws SQLException {
            long id = ids.next("post");
            post.setLong(1, id);
            post.setLong(2, unit.id());
            post.setString(3, unit.path());
            post.setString(4, labels.getString(field.labelKey()) + "岗");
            post.setString(5, field.name());
            post.setString(6, grade.name());
            post.setDate(7, Date.valueOf(established));
            post.setObject(8, holder);
            post.setObject(9, recorded);
            post.addBatch();
            return id;
        }

        private void posting(long professionalId, long postId, Unit unit, ServiceField field, EmploymentMode mode,
                             Long employer, LocalDate start, String startReason, LocalDate end, String endReason)
                throws SQLException {
            posting.setLong(1, ids.next("posting"));
            posting.setLong(2, professionalId);
            posting.setLong(3, postId);
            posting.setLong(4, unit.id());
            posting.setString(5, unit.path());
            posting.setString(6, field.name());
            posting.setString(7, mode.name());
            posting.setObject(8, employer);
            posting.setDate(9, Date.valueOf(start));
            posting.setString(10, startReason);
            posting.setDate(11, end == null ? null : Date.valueOf(end));
            posting.setString(12, endReason);
            posting.setObject(13, recorded);
            posting.addBatch();
        }

        void flush() throws SQLException {
            professional.executeBatch();
            post.executeBatch();
            posting.executeBatch();
            audit.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            professional.close();
            post.close();
            posting.close();
            audit.close();
        }
    }
}
