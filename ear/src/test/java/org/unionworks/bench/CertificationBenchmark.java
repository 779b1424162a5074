package org.unionworks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.education.application.ComplianceReport;
import org.unionworks.education.application.ComplianceService;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identity;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.registry.model.DivisionCopy;

/**
 * The certification side's speed and memory goals (issue 4), measured on the running server over the benchmark
 * nation with its certifications ({@link NationGenerator}, {@link CertificationGenerator}): the continuing-education
 * compliance of a province and of the nation through the service, the labour departments' pull API over HTTP with a
 * client's bearer token (pages of 500, the CSV stream) and the certification roster as a PDF filing, each beside the
 * same work in hand-written SQL on the same data source. Not a test: it asserts only that the work was done and
 * agrees with the SQL; the figures go to {@code benchmark-certification.md} beside the registry's report.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationBenchmark {

    private static final Logger LOG = Logger.getLogger(CertificationBenchmark.class.getName());
    static final List<String> SECTIONS = List.of("compliance", "api", "csv", "roster");
    private static final int PAGE = 500;
    private static final int PAGES = 30;
    /** The report's rows by hand: what the API's repository reads, in the same order. */
    private static final String ROWS = "SELECT p.id, p.full_name, p.resident_id_masked, o.name, o.division_code,"
            + " s.cert_level, s.cert_number, s.issued_on, s.first_registration_due, s.registration_status,"
            + " s.registered_from, s.registered_until, s.title_level, s.appointed_on, s.appointment_ends, s.changed_at"
            + " FROM certification_standing s JOIN professional p ON p.id = s.professional_id"
            + " JOIN org_unit o ON o.id = p.org_unit_id";
    /** The report as one statement over the joined rows, the division tested on the unit (the plan before 013). */
    private static final String REPORT_SQL = ROWS + " WHERE p.status = 'ACTIVE'"
            + " AND p.org_unit_id IN (SELECT j.id FROM org_unit j WHERE j.division_code LIKE ?)%s"
            + " ORDER BY s.professional_id";
    /**
     * The service's plan for a jurisdiction below the nation, by hand: the keys from the professional's copy of the
     * division at the jurisdiction's level, in that index's order, the standing and its filters as an EXISTS...
     */
    private static final String DIVISION_KEYS_SQL = "SELECT p.id FROM professional p WHERE p.%1$s = ?"
            + " AND p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM certification_standing s"
            + " WHERE s.professional_id = p.id%2$s)%3$s ORDER BY p.%1$s, p.id";
    /** ...for the nation: the keys from the standing table in key order... */
    private static final String NATION_KEYS_SQL = "SELECT s.professional_id FROM certification_standing s WHERE EXISTS"
            + " (SELECT 1 FROM professional p WHERE p.id = s.professional_id AND p.status = 'ACTIVE')%s%s"
            + " ORDER BY s.professional_id";
    /** ...then their rows by key. */
    private static final String BY_KEY_SQL = ROWS + " WHERE s.professional_id IN (%s) ORDER BY s.professional_id";
    /**
     * The compliance by hand: the service's statement with the default rules as literals (72 hours for an assistant,
     * 90 otherwise; a passed training's hours, 80 for a paper or coursework under the Jiangxi rule, 90 for the first
     * degree of a life inside the cycle) and without the units' names and tree order; {@code %s} is the earned hours:
     * {@link #COMPUTED} in place, or {@link #KEPT} from the rows the service keeps.
     */
    private static final String COMPLIANCE_SQL = "SELECT x.org_unit_id, COUNT(*),"
            + " SUM(CASE WHEN x.earned >= x.required THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN x.earned < x.required AND x.registered_until <= ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN x.earned < x.required THEN x.required - x.earned ELSE 0 END)"
            + " FROM (SELECT p.org_unit_id, s.registered_until,"
            + " CASE s.cert_level WHEN 'ASSISTANT' THEN 72 ELSE 90 END AS required, %s AS earned"
            + " FROM professional p LEFT JOIN certification_standing s ON s.professional_id = p.id"
            + " AND s.cert_level IS NOT NULL AND s.registered_from <= ? AND s.registered_until > ?"
            + " LEFT JOIN cycle_hours h ON h.professional_id = s.professional_id AND h.cycle_from = s.registered_from"
            + " AND h.cycle_until = s.registered_until"
            + " WHERE p.tree_path LIKE ? AND p.status = 'ACTIVE' AND s.professional_id IS NOT NULL%s) x"
            + " GROUP BY x.org_unit_id";
    private static final String COMPUTED = "(SELECT COALESCE(SUM(CASE WHEN a.completed_on >= s.registered_from"
            + " AND a.completed_on < s.registered_until THEN CASE WHEN a.kind = 'TRAINING' AND a.passed"
            + " THEN COALESCE(a.hours, 0) WHEN a.kind IN ('PAPER', 'COURSEWORK')"
            + " AND a.credit_rule = 'CORE_JOURNAL_PAPER_3000' THEN 80 ELSE 0 END ELSE 0 END), 0)"
            + " + CASE WHEN MIN(CASE WHEN a.kind = 'DEGREE' THEN a.completed_on END) >= s.registered_from"
            + " AND MIN(CASE WHEN a.kind = 'DEGREE' THEN a.completed_on END) < s.registered_until THEN 90 ELSE 0 END"
            + " FROM education_activity a WHERE a.professional_id = s.professional_id)";
    /**
     * The kept hours where the person's row matches their activities (count, highest id), else computed in place: the
     * service's one pass once the hours are kept.
     */
    private static final String KEPT = "CASE WHEN h.professional_id IS NOT NULL AND (h.activities, h.last_activity_id)"
            + " = (SELECT COUNT(*), COALESCE(MAX(c.id), 0) FROM education_activity c"
            + " WHERE c.professional_id = s.professional_id) THEN h.earned ELSE " + COMPUTED + " END";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(CertificationBenchmark.class);
    }

    @Inject
    NationGenerator nations;

    @Inject
    CertificationGenerator certifications;

    @Inject
    AsBenchNation nationOfficial;

    @Inject
    AsBenchProvince provinceOfficial;

    @Inject
    ComplianceService compliance;

    @Resource(lookup = "java:jboss/datasources/UnionWorksDS")
    DataSource dataSource;

    private final StringBuilder report = new StringBuilder();
    /** HTTP/1.1: an HTTP/2 connection left idle through a long hand-written statement was closed under the client. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One scenario of the API: whose token, which filters. */
    private record ApiCase(String label, String token, DivisionCode jurisdiction, String query, String sqlFilter,
                           Object[] sqlParameters) {

        /** The professional's column the service walks for the jurisdiction; null for the nation's. */
        String column() {
            return DivisionCopy.of(jurisdiction).map(DivisionCopy::column).orElse(null);
        }

        /** The keys of the case's rows by hand, after a key when {@code keyset} (one more parameter). */
        String keysSql(boolean keyset) {
            if (column() == null) {
                return String.format(NATION_KEYS_SQL, sqlFilter, keyset ? " AND s.professional_id > ?" : "");
            }
            return String.format(DIVISION_KEYS_SQL, column(), sqlFilter, keyset ? " AND p.id > ?" : "");
        }

        /** Binds the division (none for the nation) and the filters; returns the next parameter's index. */
        int bindKeys(PreparedStatement ps) throws SQLException {
            int i = 1;
            if (column() != null) {
                ps.setString(i++, jurisdiction.value());
            }
            for (Object p : sqlParameters) {
                ps.setObject(i++, p);
            }
            return i;
        }
    }

    @Test
    void measureTheCertificationSideAtNationalScale() throws Exception {
        if (!Bench.anyOf(SECTIONS)) {
            return;
        }
        List<String> sections = Bench.sections();
        int size = Integer.getInteger("unionworks.bench.professionals", NationGenerator.DEFAULT_PROFESSIONALS);
        long started = System.nanoTime();
        NationGenerator.Nation nation = nations.ensure(size);
        CertificationGenerator.Clients clients = certifications.ensure(nation);
        long ready = System.nanoTime() - started;
        DivisionCode province = DivisionCode.of(clients.provinceJurisdiction());
        report.append("# Certification benchmark\n\n")
                .append("Server heap maximum: ").append(HeapProbe.mebibytes(HeapProbe.maxBytes()))
                .append("; professionals: ").append(count("SELECT COUNT(*) FROM professional"))
                .append("; certificates: ").append(count("SELECT COUNT(*) FROM certificate"))
                .append("; registrations: ").append(count("SELECT COUNT(*) FROM registration"))
                .append("; standings: ").append(count("SELECT COUNT(*) FROM certification_standing"))
                .append("; education activities: ").append(count("SELECT COUNT(*) FROM education_activity"))
                .append("; appointments: ").append(count("SELECT COUNT(*) FROM appointment"))
                .append("; ready in ").append(ready / 1_000_000_000L).append(" s.\n\n")
                .append("Province ").append(nation.provinceName()).append(" (jurisdiction ")
                .append(clients.provinceJurisdiction()).append("): ")
                .append(count("SELECT COUNT(*) FROM professional WHERE tree_path LIKE ?", nation.provincePath() + "%"))
                .append(" people, ").append(count("SELECT COUNT(*) FROM certification_standing s JOIN professional p"
                        + " ON p.id = s.professional_id WHERE p.tree_path LIKE ? AND p.status = 'ACTIVE'",
                        nation.provincePath() + "%")).append(" certified and active.\n\n");

        if (sections.contains("compliance")) {
            compliance(nation, clients.provinceJurisdiction());
            writeReport();
        }
        List<ApiCase> cases = List.of(
                new ApiCase("province client, no filter", clients.provinceToken(), province, "", "", new Object[0]),
                new ApiCase("province client, level = 社会工作师, registration completed", clients.provinceToken(),
                        province, "&level=SOCIAL_WORKER&registrationStatus=COMPLETED",
                        " AND s.cert_level = ? AND s.registration_status = ?",
                        new Object[] {"SOCIAL_WORKER", "COMPLETED"}),
                new ApiCase("national client, no filter", clients.nationToken(), DivisionCode.NATIONAL, "", "",
                        new Object[0]),
                new ApiCase("city client, no filter", clients.cityToken(), DivisionCode.of(clients.cityJurisdiction()),
                        "", "", new Object[0]));
        if (sections.contains("api")) {
            apiPages(cases);
            writeReport();
        }
        if (sections.contains("csv")) {
            csv(List.of(cases.get(0), new ApiCase("national client, level = 社会工作师", clients.nationToken(), DivisionCode.NATIONAL,
                    "&level=SOCIAL_WORKER", " AND s.cert_level = ?", new Object[] {"SOCIAL_WORKER"})));
            writeReport();
        }
        if (sections.contains("roster")) {
            roster(cases.get(0));
            writeReport();
        }
        LOG.info(() -> "\n" + report);
    }

    private void writeReport() throws IOException {
        Bench.write("benchmark-certification.md", report);
    }

    // ---------------------------------------------------------------- compliance

    private void compliance(NationGenerator.Nation nation, String provinceCode) throws Exception {
        report.append("## Continuing-education compliance (SQL aggregates), as of today\n\n")
                .append("| scope | certified in a cycle | units | first call: service (counts in place, then keeps"
                        + " every person's hours) | first call: counted in place by hand | rounds after |"
                        + " service median | one pass over kept hours by hand, median | ratio |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        // the first call of each scope computes and keeps every person's hours: start from none kept
        forgetKeptHours();
        // the service's redundant condition on the root unit's division, by hand
        complianceOf("province", provinceOfficial, nation.provincePath() + "%", " AND p.province_code = '"
                + provinceCode + "'", 3);
        forgetKeptHours();
        // minutes a first call at 2 M: one round after it
        complianceOf("nation", nationOfficial, nation.nationPath() + "%", "", 1);
        report.append('\n');
    }

    private void complianceOf(String scope, Identity who, String pattern, String within, int rounds)
            throws Exception {
        long t0 = System.nanoTime();
        ComplianceReport first = who.call(compliance::report);
        long t1 = System.nanoTime();
        Totals raw = rawCompliance(pattern, first.date(), COMPUTED, within);
        long t2 = System.nanoTime();
        assertEquals(first.total().inCycle(), raw.inCycle(), "the service and the SQL count the same people in a cycle");
        assertEquals(first.total().compliant(), raw.compliant(), "and the same compliant");
        assertEquals(first.total().shortDueSoon(), raw.shortDueSoon(), "and the same short and due soon");
        assertEquals(0, first.total().shortfallHours().compareTo(raw.shortfall()), "and the same hours missing");
        Samples service = new Samples(Math.max(1, rounds));
        Samples sql = new Samples(Math.max(1, rounds));
        for (int i = 0; i < rounds; i++) {
            long r0 = System.nanoTime();
            ComplianceReport again = who.call(compliance::report);
            long r1 = System.nanoTime();
            // by hand: one pass, each person's kept hours where their row matches
            Totals kept = rawCompliance(pattern, first.date(), KEPT, within);
            service.add(r1 - r0);
            sql.add(System.nanoTime() - r1);
            assertEquals(first.total().compliant(), again.total().compliant(), "the kept hours give the same figures");
            assertEquals(raw.compliant(), kept.compliant());
        }
        report.append("| ").append(scope).append(" | ").append(first.total().inCycle()).append(" (")
                .append(first.total().compliant()).append(" compliant) | ").append(first.units().size()).append(" | ")
                .append(seconds(t1 - t0)).append(" | ").append(seconds(t2 - t1)).append(" | ").append(rounds)
                .append(" | ").append(Samples.millis(service.medianMillis())).append(" | ")
                .append(Samples.millis(sql.medianMillis())).append(" | ").append(ratio(service, sql)).append(" |\n");
    }

    /** The compliance figures over every unit of a scope. */
    private record Totals(long inCycle, long compliant, long shortDueSoon, BigDecimal shortfall) {
    }

    /** The compliance by hand with the earned hours as given, over the people the condition adds selects. */
    private Totals rawCompliance(String pattern, LocalDate date, String earned, String condition) throws SQLException {
        long[] totals = new long[3];
        BigDecimal shortfall = BigDecimal.ZERO;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(String.format(COMPLIANCE_SQL, earned, condition))) {
            ps.setDate(1, Date.valueOf(date.plusDays(ComplianceService.DUE_SOON_DAYS)));
            ps.setDate(2, Date.valueOf(date));
            ps.setDate(3, Date.valueOf(date));
            ps.setString(4, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    totals[0] += rs.getLong(2);
                    totals[1] += rs.getLong(3);
                    totals[2] += rs.getLong(4);
                    shortfall = shortfall.add(rs.getBigDecimal(5));
                }
            }
        }
        return new Totals(totals[0], totals[1], totals[2], shortfall);
    }

    // ---------------------------------------------------------------- API pages

    private void apiPages(List<ApiCase> cases) throws Exception {
        report.append("## Pull API: pages of ").append(PAGE).append(" over HTTP (bearer token, JSON), ").append(PAGES)
                .append(" consecutive pages by keyset (fewer where there are not as many)\n\n")
                .append("| client and filter | rows matching | pages | first page with total | page median | page p95 |"
                        + " same SQL by hand, median | ratio | one-statement SQL, one page |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (ApiCase c : cases) {
            // the one-statement page takes minutes above a city at 2 M: timed for the first case only
            apiPage(c, c == cases.get(0));
            writeReport();
        }
        report.append('\n');
    }

    private void apiPage(ApiCase c, boolean oneStatementToo) throws Exception {
        long t0 = System.nanoTime();
        JsonObject first = json(get(c.token(), "?limit=" + PAGE + "&total=true" + c.query(), "application/json"));
        long withTotal = System.nanoTime() - t0;
        long total = first.getJsonNumber("total").longValue();
        // up to PAGES full pages after the first (a small nation has fewer), read once to warm up, then measured
        int pages = (int) Math.min(PAGES, total / PAGE - 1);
        if (pages < 1) {
            report.append("| ").append(c.label()).append(" | ").append(total).append(" | too few for a full page after"
                    + " the first | ").append(Samples.millis(withTotal / 1e6)).append(" | | | | | |\n");
            return;
        }
        pages(c, first, pages, null, null);
        Samples service = new Samples(pages);
        Samples sql = new Samples(pages);
        pages(c, first, pages, service, sql);
        long o0 = System.nanoTime();
        if (oneStatementToo) {
            oneStatementPage(c, first.getJsonNumber("nextAfter").longValue());
        }
        long oneStatement = oneStatementToo ? System.nanoTime() - o0 : -1;
        report.append("| ").append(c.label()).append(" | ").append(total).append(" | ").append(pages).append(" | ")
                .append(Samples.millis(withTotal / 1e6)).append(" | ").append(Samples.millis(service.medianMillis()))
                .append(" | ").append(Samples.millis(service.p95Millis())).append(" | ")
                .append(Samples.millis(sql.medianMillis())).append(" | ").append(ratio(service, sql)).append(" | ")
                .append(oneStatement < 0 ? "not timed" : Samples.millis(oneStatement / 1e6)).append(" |\n");
    }

    /** Reads pages after the first over HTTP, each also by hand. */
    private void pages(ApiCase c, JsonObject first, int pages, Samples service, Samples sql) throws Exception {
        long after = first.getJsonNumber("nextAfter").longValue();
        for (int i = 0; i < pages; i++) {
            long t0 = System.nanoTime();
            JsonObject page = json(get(c.token(), "?limit=" + PAGE + "&after=" + after + c.query(),
                    "application/json"));
            long t1 = System.nanoTime();
            long[] raw = rawPage(c, after);
            long t2 = System.nanoTime();
            assertEquals(PAGE, page.getJsonArray("items").size());
            assertEquals(raw[1], page.getJsonNumber("nextAfter").longValue(), "the API and the SQL end on one row");
            if (service != null) {
                service.add(t1 - t0);
                sql.add(t2 - t1);
            }
            after = raw[1];
        }
    }

    /** The page by hand as the service reads it (the keys, then their rows): the rows read and the last key. */
    private long[] rawPage(ApiCase c, long after) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(c.keysSql(true) + " LIMIT " + PAGE)) {
            int i = c.bindKeys(ps);
            ps.setLong(i, after);
            List<Long> keys = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getLong(1));
                }
            }
            return new long[] {rowsByKey(conn, keys), keys.isEmpty() ? 0 : keys.get(keys.size() - 1)};
        }
    }

    /** The page as one statement over the joined rows, the division tested on the unit (the plan before 013). */
    private long[] oneStatementPage(ApiCase c, long after) throws SQLException {
        String sql = String.format(REPORT_SQL, c.sqlFilter() + " AND s.professional_id > ?") + " LIMIT " + PAGE;
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, c.jurisdiction().likePattern());
            int i = 2;
            for (Object p : c.sqlParameters()) {
                ps.setObject(i++, p);
            }
            ps.setLong(i, after);
            long rows = 0;
            long last = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    readRow(rs);
                    last = rs.getLong(1);
                    rows++;
                }
            }
            return new long[] {rows, last};
        }
    }

    /** Reads the rows of the keys; returns how many. */
    private static long rowsByKey(Connection conn, List<Long> keys) throws SQLException {
        if (keys.isEmpty()) {
            return 0;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement ps = conn.prepareStatement(String.format(BY_KEY_SQL, marks))) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setLong(i + 1, keys.get(i));
            }
            long rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    readRow(rs);
                    rows++;
                }
            }
            return rows;
        }
    }

    // ---------------------------------------------------------------- CSV

    private void csv(List<ApiCase> cases) throws Exception {
        report.append("## Pull API: the whole report as CSV over HTTP (streamed)\n\n")
                .append("| client and filter | rows | time | per 200,000 rows | SQL read of the same rows | ratio |"
                        + " size | live heap before | heap pools' peaks summed (an upper bound) |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (ApiCase c : cases) {
            HeapProbe heap = new HeapProbe();
            heap.start();
            long t0 = System.nanoTime();
            HttpResponse<InputStream> response = http.send(request(c.token(), filters(c), "text/csv"),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            long lines = 0;
            long chars = 0;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines++;
                    chars += line.length() + 1;
                }
            }
            long elapsed = System.nanoTime() - t0;
            long peak = heap.peakBytes();
            long t1 = System.nanoTime();
            long raw = rawRead(c);
            long rawElapsed = System.nanoTime() - t1;
            assertEquals(raw, lines - 1, "the CSV holds every row of the report and a header");
            report.append("| ").append(c.label()).append(" | ").append(raw).append(" | ").append(seconds(elapsed))
                    .append(" | ").append(seconds(elapsed * 200_000 / Math.max(1, raw))).append(" | ")
                    .append(seconds(rawElapsed)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", elapsed / (double) rawElapsed)).append(" | ")
                    .append(chars / 1024).append(" KiB (characters) | ")
                    .append(HeapProbe.mebibytes(heap.baselineBytes())).append(" | ").append(HeapProbe.mebibytes(peak))
                    .append(" |\n");
            writeReport();
        }
        report.append('\n');
    }

    // ---------------------------------------------------------------- roster filing

    private void roster(ApiCase c) throws Exception {
        report.append("## Certification roster (持证社会工作者名册) as a PDF filing over HTTP\n\n")
                .append("| client and filter | rows | time | SQL read of the same rows | file | live heap before |"
                        + " heap pools' peaks summed (an upper bound) |\n|---|---|---|---|---|---|---|\n");
        Path file = Files.createTempFile("bench-roster-", ".pdf");
        try {
            HeapProbe heap = new HeapProbe();
            heap.start();
            long t0 = System.nanoTime();
            HttpResponse<Path> response = http.send(request(c.token(), filters(c), "application/pdf"),
                    HttpResponse.BodyHandlers.ofFile(file));
            long elapsed = System.nanoTime() - t0;
            long peak = heap.peakBytes();
            assertEquals(200, response.statusCode());
            long t1 = System.nanoTime();
            long raw = rawRead(c);
            long rawElapsed = System.nanoTime() - t1;
            byte[] head = new byte[5];
            try (InputStream in = Files.newInputStream(file)) {
                assertEquals(5, in.read(head));
            }
            assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
            report.append("| ").append(c.label()).append(" | ").append(raw).append(" | ").append(seconds(elapsed))
                    .append(" | ").append(seconds(rawElapsed)).append(" | ").append(Files.size(file) / 1024)
                    .append(" KiB | ").append(HeapProbe.mebibytes(heap.baselineBytes())).append(" | ")
                    .append(HeapProbe.mebibytes(peak)).append(" |\n\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Every row of the report by hand, as the service reads them: the keys, then their rows 1,000 at a time. */
    private long rawRead(ApiCase c) throws SQLException {
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(c.keysSql(false))) {
            ps.setFetchSize(500);
            c.bindKeys(ps);
            long rows = 0;
            List<Long> keys = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getLong(1));
                }
            }
            for (int from = 0; from < keys.size(); from += 1_000) {
                rows += rowsByKey(conn, keys.subList(from, Math.min(keys.size(), from + 1_000)));
            }
            return rows;
        }
    }

    private static void readRow(ResultSet rs) throws SQLException {
        for (int i = 1; i <= 16; i++) {
            rs.getObject(i);
        }
    }

    /** The case's filters as a query string of their own. */
    private static String filters(ApiCase c) {
        return c.query().isEmpty() ? "" : "?" + c.query().substring(1);
    }

    private String get(String token, String query, String accept) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(token, query, accept),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static HttpRequest request(String token, String query, String accept) {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/unionworks/api/v1/certifications"
                        + query)).header("Authorization", "Bearer " + token).header("Accept", accept)
                .timeout(Duration.ofMinutes(20)).GET().build();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Derived rows only: the next compliance computes and keeps them again. */
    private void forgetKeptHours() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM cycle_hours");
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return Bench.count(dataSource, sql, parameters);
    }

    private static String ratio(Samples service, Samples sql) {
        return String.format(Locale.ROOT, "%.2f", service.medianMillis() / sql.medianMillis());
    }

    private static String seconds(long nanos) {
        return Bench.seconds(nanos);
    }
}
