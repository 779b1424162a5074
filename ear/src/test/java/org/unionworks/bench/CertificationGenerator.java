package org.unionworks.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.RegistrationKind;
import org.unionworks.certification.model.RegistrationRules;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.certification.model.TitleEligibilityPolicy;
import org.unionworks.certification.model.TitleLevel;
import org.unionworks.education.model.ActivityKind;
import org.unionworks.security.model.ApiToken;

/**
 * The certification side of the benchmark nation (issue 4): about 45% of its professionals hold a certificate (62%
 * assistant, 33% social worker, 5% senior), issued between 2010 and the nation's last day; most registered within
 * the year and renewed while diligent, some never registered, some lapsed, some with a renewal under review; about
 * ten continuing-education activities each (trainings mostly, papers and coursework under the provincial credit rule
 * or none, a degree for a few), placed mostly in the current cycle; half appointed, mostly at the eligible level. Each
 * certified person gets the standing row the service keeps, computed by the same rules (national registration
 * periods, the default title mapping).
 *
 * <p>Added to a complete nation ({@link NationGenerator}) in chunks of {@value #CHUNK} people through JDBC batches,
 * the five tables' secondary indexes built afterwards. Three API clients close the phase — for the largest city's
 * jurisdiction, the largest province's and a national one — so their presence marks a complete phase and a later run reuses it. Their
 * tokens are derived from the seed: they open nothing but a benchmark database. Deterministic like the nation.
 */
@Dependent
public class CertificationGenerator {

    private static final Logger LOG = Logger.getLogger(CertificationGenerator.class.getName());

    static final String CITY_CLIENT = "基准测试（市人社局）";
    static final String PROVINCE_CLIENT = "基准测试（省人社厅）";
    static final String NATION_CLIENT = "基准测试（人社部）";
    private static final int CHUNK = 5_000;
    private static final int PERCENT_CERTIFIED = 45;
    private static final LocalDate FIRST_ISSUE = LocalDate.of(2010, 6, 1);
    /** Decisions (registered yet? renewed?) are taken as of the nation's last day, so the data do not depend on when. */
    private static final LocalDate AS_OF = NationGenerator.LAST_DAY;
    private static final RegistrationRules RULES = RegistrationRules.NATIONAL;
    private static final TitleEligibilityPolicy TITLES = TitleEligibilityPolicy.defaults();
    private static final String CREDIT_RULE = "CORE_JOURNAL_PAPER_3000";
    private static final String[] COURSES = {"劳动争议调解实务", "集体协商指导", "职工心理疏导", "困难职工帮扶", "社会工作伦理",
        "个案管理", "小组工作方法", "职工法律援助", "社区职工服务", "项目设计与评估"};
    private static final String[] PROVIDERS = {"中国工运学院", "全国社会工作教育培训基地", "省总工会干部学校",
        "师范大学社会工作系"};
    private static final String BY = "benchmark";

    @Resource(lookup = "java:jboss/datasources/UnionWorksDS")
    DataSource dataSource;

    /** The clients the benchmark calls the API as, with their tokens and jurisdictions (the nation's is every division). */
    public record Clients(String cityToken, String cityJurisdiction, String provinceToken, String provinceJurisdiction,
                          String nationToken) {
    }

    /** The phase in the database: reused when complete, added when absent, refused when half there. */
    public Clients ensure(NationGenerator.Nation nation) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String jurisdiction = provinceDivision(c, nation.provinceId());
            Long client = NationGenerator.single(c, "SELECT id FROM api_client WHERE name = ?", NATION_CLIENT);
            if (client == null) {
                Long any = NationGenerator.single(c, "SELECT COUNT(*) FROM certificate c JOIN professional p"
                        + " ON p.id = c.professional_id WHERE p.tree_path LIKE ?", nation.nationPath() + "%");
                if (any != null && any > 0) {
                    throw new IllegalStateException("the benchmark nation's certifications are incomplete (a"
                            + " generation was interrupted): delete the benchmark data directory and run again");
                }
                generate(c, nation, jurisdiction);
            }
            return new Clients(token("city").reveal(), nation.cityDivision().strip(), token("province").reveal(),
                    jurisdiction, token("nation").reveal());
        }
    }

    private static String provinceDivision(Connection c, long provinceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT division_code FROM org_unit WHERE id = ?")) {
            ps.setLong(1, provinceId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1).strip();
            }
        }
    }

    /** A token of the API's shape derived from the seed: reproducible, and worth nothing outside this database. */
    static ApiToken token(String who) {
        try {
            byte[] bytes = MessageDigest.getInstance("SHA-256").digest((NationGenerator.SEED + "/" + who)
                    .getBytes(StandardCharsets.UTF_8));
            return ApiToken.parse(ApiToken.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                    .orElseThrow();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void generate(Connection c, NationGenerator.Nation nation, String jurisdiction) throws SQLException {
        long started = System.nanoTime();
        // the people in id order, in flat arrays: two million small objects would take a fifth of the heap
        int size = Math.toIntExact(NationGenerator.single(c, "SELECT COUNT(*) FROM professional WHERE tree_path LIKE ?",
                nation.nationPath() + "%"));
        long[] people = new long[size];
        int[] joined = new int[size];
        int[] born = new int[size];
        try (PreparedStatement ps = c.prepareStatement("SELECT id, joined_on, birth_date FROM professional"
                + " WHERE tree_path LIKE ? ORDER BY id")) {
            ps.setString(1, nation.nationPath() + "%");
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < size && rs.next(); i++) {
                    people[i] = rs.getLong(1);
                    joined[i] = (int) rs.getDate(2).toLocalDate().toEpochDay();
                    born[i] = (int) rs.getDate(3).toLocalDate().toEpochDay();
                }
            }
        }
        c.setAutoCommit(false);
        NationGenerator.Ids ids = new NationGenerator.Ids(c, List.of("certificate", "registration",
                "education_activity", "appointment", "api_client"));
        List<String> tables = List.of("certificate", "registration", "education_activity", "appointment",
                "certification_standing");
        DeferredIndexes deferred = DeferredIndexes.drop(c, tables);
        SplittableRandom random = new SplittableRandom(NationGenerator.SEED + 4);
        long certified = 0;
        try (Writer writer = new Writer(c, ids)) {
            for (int n = 0; n < size; n++) {
                if (random.nextInt(100) < PERCENT_CERTIFIED && writer.certify(people[n],
                        LocalDate.ofEpochDay(joined[n]), LocalDate.ofEpochDay(born[n]), random)) {
                    certified++;
                }
                if ((n + 1) % CHUNK == 0) {
                    writer.flush();
                    c.commit();
                }
                if ((n + 1) % 200_000 == 0) {
                    int done = n + 1;
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    LOG.info(() -> "benchmark certifications: " + done + " professionals considered in " + ms + " ms");
                }
            }
            writer.flush();
        }
        c.commit();
        long loaded = System.nanoTime();
        deferred.rebuild(c);
        LOG.info(() -> "benchmark certifications: indexes built in " + (System.nanoTime() - loaded) / 1_000_000
                + " ms");
        clients(c, ids, nation, jurisdiction);
        ids.restartSequences();
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // on PostgreSQL VACUUM too: index-only scans need the visibility map, which a bulk load leaves unset until
            // autovacuum comes by (a DBA vacuums after a load)
            s.execute(Bench.onPostgres(c) ? "VACUUM ANALYZE" : "ANALYZE");
        }
        long total = certified;
        LOG.info(() -> "benchmark certifications: " + total + " certified in " + (System.nanoTime() - started)
                / 1_000_000_000L + " s");
    }

    private static void clients(Connection c, NationGenerator.Ids ids, NationGenerator.Nation nation,
                                String jurisdiction) throws SQLException {
        long root;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM org_unit WHERE"
                + " parent_id IS NULL AND name = '" + NationGenerator.ROOT_NAME + "'")) {
            rs.next();
            root = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_client (id, name, jurisdiction, org_unit_id,"
                + " token_hash, token_hint, created_by, created_at, expires_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            Object[][] clients = {{CITY_CLIENT, nation.cityDivision().strip(), nation.cityId(), token("city")},
                {PROVINCE_CLIENT, jurisdiction, nation.provinceId(), token("province")},
                {NATION_CLIENT, "100000", root, token("nation")}};
            for (Object[] client : clients) {
                ApiToken token = (ApiToken) client[3];
                ps.setLong(1, ids.next("api_client"));
                ps.setString(2, (String) client[0]);
                ps.setString(3, (String) client[1]);
                ps.setLong(4, (Long) client[2]);
                ps.setString(5, token.hash());
                ps.setString(6, token.hint());
                ps.setString(7, BY);
                ps.setObject(8, NationGenerator.RECORDED);
                ps.setObject(9, OffsetDateTime.now().plusYears(5));
                ps.executeUpdate();
            }
        }
    }

    /** A day in [from, to), or null when that period is empty. */
    private static LocalDate between(LocalDate from, LocalDate to, SplittableRandom random) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? null : from.plusDays(random.nextLong(days));
    }

    /** One registration as filed: its kind, how far it got, the period once completed. */
    private record Filed(RegistrationKind kind, RegistrationStatus status, LocalDate appliedOn, LocalDate changedOn,
                         LocalDate validFrom, LocalDate validUntil) {
    }

    /** The five tables' rows, batched per chunk. */
    private static final class Writer implements AutoCloseable {
        private final NationGenerator.Ids ids;
        private final PreparedStatement certificate;
        private final PreparedStatement registration;
        private final PreparedStatement activity;
        private final PreparedStatement appointment;
        private final PreparedStatement standing;
        private long serial;

        Writer(Connection c, NationGenerator.Ids ids) throws SQLException {
            this.ids = ids;
            certificate = c.prepareStatement("INSERT INTO certificate (id, professional_id, cert_level, cert_number,"
                    + " exam_year, issued_on, issuing_authority, status, source, created_by, created_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, '人力资源和社会保障部', 'VALID', 'ENTERED', '" + BY + "', ?, 0)");
            registration = c.prepareStatement("INSERT INTO registration (id, certificate_id, kind, status, applied_on,"
                    + " valid_from, valid_until, created_by, created_at, changed_by, changed_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, '" + BY + "', ?, '" + BY + "', ?, 0)");
            activity = c.prepareStatement("INSERT INTO education_activity (id, professional_id, kind, title, provider,"
                    + " completed_on, hours, passed, credit_rule, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '" + BY + "', ?)");
            appointment = c.prepareStatement("INSERT INTO appointment (id, professional_id, title_level, employer,"
                    + " appointed_on, ends_on, document_number, created_by, created_at)"
                    + " VALUES (?, ?, ?, '基准测试用人单位', ?, ?, ?, '" + BY + "', ?)");
            standing = c.prepareStatement("INSERT INTO certification_standing (professional_id, cert_level,"
                    + " certificate_id, cert_number, issued_on, first_registration_due, registration_status,"
                    + " registered_from, registered_until, title_level, appointed_on, appointment_ends, changed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        /** A certificate with its registrations, education and maybe an appointment; false when none fits. */
        boolean certify(long professional, LocalDate joined, LocalDate born, SplittableRandom random)
                throws SQLException {
            int roll = random.nextInt(100);
            CertificateLevel level = roll < 62 ? CertificateLevel.ASSISTANT
                    : roll < 95 ? CertificateLevel.SOCIAL_WORKER : CertificateLevel.SENIOR;
            LocalDate earliest = born.plusYears(22).isAfter(FIRST_ISSUE) ? born.plusYears(22) : FIRST_ISSUE;
            LocalDate issued = between(earliest, AS_OF.minusDays(30), random);
            if (issued == null) {
                return false;
            }
            long certificateId = ids.next("certificate");
            String number = String.format("ZS%d%07d", issued.getYear(), ++serial);
            certificate.setLong(1, certificateId);
            certificate.setLong(2, professional);
            certificate.setString(3, level.name());
            certificate.setString(4, number);
            certificate.setInt(5, issued.getYear());
            certificate.setDate(6, Date.valueOf(issued));
            certificate.setObject(7, recorded(issued));
            certificate.addBatch();

            boolean diligent = random.nextInt(100) < 85;
            List<Filed> filed = register(issued, diligent, random);
            Filed current = null;
            for (Filed f : filed) {
                registration.setLong(1, ids.next("registration"));
                registration.setLong(2, certificateId);
                registration.setString(3, f.kind().name());
                registration.setString(4, f.status().name());
                registration.setDate(5, Date.valueOf(f.appliedOn()));
                registration.setDate(6, f.validFrom() == null ? null : Date.valueOf(f.validFrom()));
                registration.setDate(7, f.validUntil() == null ? null : Date.valueOf(f.validUntil()));
                registration.setObject(8, recorded(f.appliedOn()));
                registration.setObject(9, recorded(f.changedOn()));
                registration.addBatch();
                if (f.status().isRegistered()) {
                    current = f;
                }
            }
            educate(professional, issued, current, diligent, level, random);

            TitleLevel eligible = TITLES.eligibleFor(level).orElseThrow();
            TitleLevel title = null;
            LocalDate appointedOn = null;
            LocalDate ends = null;
            if (random.nextInt(100) < 50) {
                appointedOn = between(issued.isAfter(joined) ? issued : joined, AS_OF, random);
                if (appointedOn != null) {
                    int r = random.nextInt(100);
                    title = r < 8 && eligible.ordinal() + 1 < TitleLevel.values().length
                            ? TitleLevel.values()[eligible.ordinal() + 1] : eligible;
                    ends = r >= 8 && r < 14 && appointedOn.plusDays(400).isBefore(AS_OF)
                            ? appointedOn.plusYears(1) : null;
                    appointment.setLong(1, ids.next("appointment"));
                    appointment.setLong(2, professional);
                    appointment.setString(3, title.name());
                    appointment.setDate(4, Date.valueOf(appointedOn));
                    appointment.setDate(5, ends == null ? null : Date.valueOf(ends));
                    appointment.setString(6, String.format("基准聘〔%d〕%d号", appointedOn.getYear(),
                            1 + random.nextInt(300)));
                    appointment.setObject(7, recorded(appointedOn));
                    appointment.addBatch();
                }
            }

            Filed latest = filed.isEmpty() ? null : filed.get(filed.size() - 1);
            LocalDate changed = latest == null ? issued : latest.changedOn();
            if (appointedOn != null && appointedOn.isAfter(changed)) {
                changed = appointedOn;
            }
            standing.setLong(1, professional);
            standing.setString(2, level.name());
            standing.setLong(3, certificateId);
            standing.setString(4, number);
            standing.setDate(5, Date.valueOf(issued));
            standing.setDate(6, current == null ? Date.valueOf(RULES.firstRegistrationDeadline(issued)) : null);
            standing.setString(7, latest == null ? RegistrationStatus.NOT_APPLIED.name() : latest.status().name());
            standing.setDate(8, current == null ? null : Date.valueOf(current.validFrom()));
            standing.setDate(9, current == null ? null : Date.valueOf(current.validUntil()));
            standing.setString(10, title == null ? null : title.name());
            standing.setDate(11, appointedOn == null ? null : Date.valueOf(appointedOn));
            standing.setDate(12, ends == null ? null : Date.valueOf(ends));
            standing.setObject(13, recorded(changed));
            standing.addBatch();
            return true;
        }

        /**
         * First registration within the year for most (8% never file), then a renewal in each window while diligent
         * (or, for the others, by a coin's throw); a filing still under review stops short of completed.
         */
        private static List<Filed> register(LocalDate issued, boolean diligent, SplittableRandom random) {
            List<Filed> filed = new ArrayList<>();
            if (random.nextInt(100) < 8) {
                return filed;
            }
            LocalDate applied = issued.plusDays(20 + random.nextInt(300));
            LocalDate previousEnd = null;
            RegistrationKind kind = RegistrationKind.FIRST;
            while (!applied.isAfter(AS_OF)) {
                LocalDate completed = applied.plusDays(21 + random.nextInt(60));
                if (completed.isAfter(AS_OF)) {
                    RegistrationStatus reviewing = random.nextBoolean() ? RegistrationStatus.PENDING
                            : RegistrationStatus.FIRST_REVIEW_PASSED;
                    filed.add(new Filed(kind, reviewing, applied, applied, null, null));
                    return filed;
                }
                LocalDate from = previousEnd != null && previousEnd.isAfter(completed) ? previousEnd : completed;
                LocalDate until = RULES.expiresOn(from);
                filed.add(new Filed(kind, RegistrationStatus.COMPLETED, applied, completed, from, until));
                if (!diligent && random.nextBoolean()) {
                    return filed;
                }
                previousEnd = until;
                kind = RegistrationKind.RENEWAL;
                applied = RULES.renewalOpensOn(from).plusDays(random.nextInt(60));
            }
            return filed;
        }

        /**
         * About ten activities: trainings (95% passed, 4 to 18 hours), a paper or coursework now and then (under the
         * credit rule, or under none), a degree for 3%; 80% inside the current cycle up to the nation's last day, the
         * rest since the certificate. The others (not diligent) do three to six.
         */
        private void educate(long professional, LocalDate issued, Filed current, boolean diligent,
                             CertificateLevel level, SplittableRandom random) throws SQLException {
            int count = diligent ? 7 + random.nextInt(7) : 3 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                LocalDate on = current != null && random.nextInt(100) < 80
                        ? between(current.validFrom(), current.validUntil().isAfter(AS_OF) ? AS_OF
                        : current.validUntil(), random)
                        : between(issued, AS_OF, random);
                if (on == null) {
                    continue;
                }
                int k = random.nextInt(100);
                ActivityKind kind = k < 90 ? ActivityKind.TRAINING : k < 95 ? ActivityKind.PAPER
                        : k < 99 ? ActivityKind.COURSEWORK : ActivityKind.DEGREE;
                activity.setLong(1, ids.next("education_activity"));
                activity.setLong(2, professional);
                activity.setString(3, kind.name());
                activity.setString(4, kind == ActivityKind.DEGREE ? "社会工作专业学位（" + level.name() + "）"
                        : COURSES[random.nextInt(COURSES.length)]);
                activity.setString(5, PROVIDERS[random.nextInt(PROVIDERS.length)]);
                activity.setDate(6, Date.valueOf(on));
                activity.setBigDecimal(7, kind == ActivityKind.TRAINING ? BigDecimal.valueOf(4 + random.nextInt(15))
                        : null);
                activity.setBoolean(8, kind != ActivityKind.TRAINING || random.nextInt(100) < 95);
                activity.setString(9, kind == ActivityKind.PAPER || kind == ActivityKind.COURSEWORK
                        ? (random.nextBoolean() ? CREDIT_RULE : null) : null);
                activity.setObject(10, recorded(on));
                activity.addBatch();
            }
        }

        private static OffsetDateTime recorded(LocalDate day) {
            return day.atTime(9, 0).atOffset(NationGenerator.RECORDED.getOffset());
        }

        void flush() throws SQLException {
            certificate.executeBatch();
            registration.executeBatch();
            activity.executeBatch();
            appointment.executeBatch();
            standing.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            certificate.close();
            registration.close();
            activity.close();
            appointment.close();
            standing.close();
        }
    }
}
