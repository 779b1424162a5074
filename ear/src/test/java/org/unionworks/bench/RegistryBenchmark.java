package org.unionworks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.demo.SyntheticPeople;
import org.unionworks.demo.SyntheticPerson;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identity;
import org.unionworks.imports.application.ImportJobView;
import org.unionworks.registry.application.PersonalDataSealer;
import org.unionworks.registry.application.ProfessionalExportRequest;
import org.unionworks.registry.application.ProfessionalExportService;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.application.RosterColumn;
import org.unionworks.imports.application.ImportService;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.imports.model.ImportMode;
import org.unionworks.imports.model.ImportStatus;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.reports.ReportFormat;
import org.unionworks.security.model.PersonalField;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetWriter;
import org.unionworks.shared.infrastructure.upload.UploadStore;

/**
 * The registry's speed and memory goals (issue 3), measured on the running server over the benchmark nation
 * ({@link NationGenerator}): the list page, the lookup by full ID number, the export and the import, each
 * through the application's own services as the benchmark officials, and each beside the same work in
 * hand-written SQL on the same data source. Not a test: it asserts only that the work was done (rows counted,
 * jobs committed); the figures go to the report file for docs/benchmarks.md. Run with
 * {@code ./mvnw -Pbenchmark verify} (README, docs/benchmarks.md).
 */
@ExtendWith(ArquillianExtension.class)
class RegistryBenchmark {

    private static final Logger LOG = Logger.getLogger(RegistryBenchmark.class.getName());
    static final List<String> SECTIONS = List.of("list", "lookup", "export", "import");
    private static final int PAGE = 50;
    private static final int IMPORT_ROWS = Integer.getInteger("unionworks.bench.import-rows", 200_000);
    private static final String LIST_SQL = "SELECT p.id, p.full_name, p.resident_id_masked, p.gender, p.birth_date,"
            + " p.phone_masked, o.id, o.name, p.employment_mode, e.name, p.service_field, cp.title, p.education,"
            + " p.category, p.status, p.joined_on, p.left_on FROM professional p JOIN org_unit o ON o.id = p.org_unit_id"
            + " LEFT JOIN social_org e ON e.id = p.employer_id LEFT JOIN post cp ON cp.holder_id = p.id"
            + " WHERE p.tree_path LIKE ? AND %s ORDER BY %s, p.id";
    private static final String COUNT_SQL = "SELECT COUNT(*) FROM professional p WHERE p.tree_path LIKE ? AND %s";
    /** The service's first step by hand: the page's keys from the filtered table, joined only for the sort. */
    private static final String KEYS_SQL = "SELECT p.id FROM professional p%s WHERE p.tree_path LIKE ? AND %s%s"
            + " ORDER BY %s, p.id LIMIT " + PAGE;
    /** And its second: the list columns of those rows. */
    private static final String ROWS_SQL = "SELECT p.id, p.full_name, p.resident_id_masked, p.gender, p.birth_date,"
            + " p.phone_masked, o.id, o.name, p.employment_mode, e.name, p.service_field, cp.title, p.education,"
            + " p.category, p.status, p.joined_on, p.left_on FROM professional p JOIN org_unit o ON o.id = p.org_unit_id"
            + " LEFT JOIN social_org e ON e.id = p.employer_id LEFT JOIN post cp ON cp.holder_id = p.id"
            + " WHERE p.id IN (%s)";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(RegistryBenchmark.class);
    }

    @Inject
    NationGenerator generator;

    @Inject
    AsBenchNation nationOfficial;

    @Inject
    AsBenchProvince provinceOfficial;

    @Inject
    AsBenchCity cityOfficial;

    @Inject
    ProfessionalService professionals;

    @Inject
    ProfessionalExportService exports;

    @Inject
    ImportService imports;

    @Inject
    PersonalDataSealer sealer;

    @Inject
    UploadStore uploads;

    @Resource(lookup = "java:jboss/datasources/UnionWorksDS")
    DataSource dataSource;

    private final StringBuilder report = new StringBuilder();

    /** One list scenario: a filter the official sets and the column they sort on. */
    private record ListCase(String label, ProfessionalFilter filter, String sortField, boolean ascending,
                            String where, Object parameter, String orderBy) {
    }

    @Test
    void measureTheRegistryAtNationalScale() throws Exception {
        if (!Bench.anyOf(SECTIONS)) {
            return;
        }
        List<String> sections = Bench.sections();
        int size = Integer.getInteger("unionworks.bench.professionals", NationGenerator.DEFAULT_PROFESSIONALS);
        long started = System.nanoTime();
        NationGenerator.Nation nation = generator.ensure(size);
        long generated = System.nanoTime() - started;
        // an earlier run's imports go first, so that every section sees the generated nation as it was made
        removeEarlierImports(nation.cityPath() + "%");
        report.append("# Registry benchmark\n\n")
                .append("Server heap maximum: ").append(HeapProbe.mebibytes(HeapProbe.maxBytes()))
                .append("; professionals in the database: ").append(count("SELECT COUNT(*) FROM professional"))
                .append(" (benchmark nation ").append(count("SELECT COUNT(*) FROM professional WHERE tree_path LIKE ?",
                        nation.nationPath() + "%")).append(")")
                .append("; org units: ").append(count("SELECT COUNT(*) FROM org_unit"))
                .append("; postings: ").append(count("SELECT COUNT(*) FROM posting"))
                .append("; nation ready in ").append(generated / 1_000_000_000L).append(" s.\n\n")
                .append("Scopes: city ").append(nation.cityName()).append(" (")
                .append(count("SELECT COUNT(*) FROM professional WHERE tree_path LIKE ?", nation.cityPath() + "%"))
                .append(" people), province ").append(nation.provinceName()).append(" (")
                .append(count("SELECT COUNT(*) FROM professional WHERE tree_path LIKE ?", nation.provincePath() + "%"))
                .append(" people), nation.\n\n");

        // each section's figures are on file as soon as it ends; the PDF export runs before the import, which grows
        // the city (a PDF of its 650,000 people after the import's passes outgrew the 512 MiB heap on PostgreSQL and
        // outlasted the transaction timeout on H2)
        if (sections.contains("list")) {
            listPages(nation);
            writeReport();
        }
        if (sections.contains("lookup")) {
            lookups(nation);
            writeReport();
        }
        if (sections.contains("export")) {
            export(nation, ReportFormat.XLSX);
            writeReport();
            export(nation, ReportFormat.PDF);
            writeReport();
        }
        if (sections.contains("import")) {
            rosterImport(nation);
            writeReport();
        }
        LOG.info(() -> "\n" + report);
    }

    private void writeReport() throws IOException {
        Bench.write("benchmark-registry.md", report);
    }

    // ---------------------------------------------------------------- list page

    private void listPages(NationGenerator.Nation nation) throws Exception {
        List<ListCase> cases = List.of(
                new ListCase("employment mode = purchased service, sorted by name",
                        new ProfessionalFilter(null, null, null, EmploymentMode.PURCHASED_SERVICE, null, null, null, null,
                                null), "fullName", true, "p.employment_mode = ?", "PURCHASED_SERVICE",
                        "p.full_name ASC"),
                new ListCase("name starts with 王, sorted by joining date (newest first)",
                        new ProfessionalFilter("王", null, null, null, null, null, null, null, null), "joinedOn", false,
                        "p.full_name LIKE ? ESCAPE '\\'", "王%", "p.joined_on DESC"),
                new ListCase("service field = legal aid, sorted by organisation",
                        new ProfessionalFilter(null, null, null, null, null, null, ServiceField.LEGAL_AID_MEDIATION, null,
                                null), "orgUnitName", true, "p.service_field = ?", "LEGAL_AID_MEDIATION",
                        "o.name ASC"));
        report.append("## List page (filter + sort + count, first 50 rows)\n\n")
                .append("| scope | case | rows matching | rounds | service median | service p95 | same SQL by hand,"
                        + " median | ratio | one-statement SQL, one run |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        Object[][] scopes = {{"city", cityOfficial, nation.cityPath()}, {"province", provinceOfficial,
            nation.provincePath()}, {"nation", nationOfficial, nation.nationPath()}};
        for (Object[] scope : scopes) {
            for (ListCase c : cases) {
                listPage((String) scope[0], (Identity) scope[1], (String) scope[2] + "%", c);
            }
        }
        report.append('\n');
    }

    private void listPage(String scopeName, Identity who, String scopePattern, ListCase c) throws Exception {
        PageRequest page = new PageRequest(0, PAGE, c.sortField(), c.ascending());
        Callable<Page<?>> service = () -> who.call(() -> professionals.search(c.filter(), page));
        Callable<Long> sql = () -> rawListPage(scopePattern, c);
        long oneStatementStarted = System.nanoTime();
        long oneStatementTotal = rawOneStatementPage(scopePattern, c);
        double oneStatement = (System.nanoTime() - oneStatementStarted) / 1e6;
        long first = System.nanoTime();
        Page<?> result = service.call();
        long once = System.nanoTime() - first;
        // slow cases get fewer rounds so that a run stays within minutes; the report says how many
        int rounds = once > 5_000_000_000L ? 1 : once > 500_000_000L ? 5 : 30;
        for (int i = 0; i < Math.min(10, rounds - 1); i++) {
            service.call();
            sql.call();
        }
        Samples s = new Samples(rounds);
        Samples q = new Samples(rounds);
        long rawTotal = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            service.call();
            long t1 = System.nanoTime();
            rawTotal = sql.call();
            long t2 = System.nanoTime();
            s.add(t1 - t0);
            q.add(t2 - t1);
        }
        assertEquals(rawTotal, result.total(), "the service and the SQL count the same rows");
        assertEquals(oneStatementTotal, result.total());
        assertEquals(Math.min(PAGE, result.total()), result.items().size());
        report.append("| ").append(scopeName).append(" | ").append(c.label()).append(" | ").append(result.total())
                .append(" | ").append(rounds)
                .append(" | ").append(Samples.millis(s.medianMillis())).append(" | ")
                .append(Samples.millis(s.p95Millis())).append(" | ").append(Samples.millis(q.medianMillis()))
                .append(" | ").append(String.format(Locale.ROOT, "%.2f", s.medianMillis() / q.medianMillis()))
                .append(" | ").append(Samples.millis(oneStatement)).append(" |\n");
    }

    /** The service's page by hand: keys, their rows, the count, on one connection; returns the count. */
    private long rawListPage(String scopePattern, ListCase c) throws SQLException {
        // sorted by unit: the units' scope said too, as the service says it
        boolean byUnit = c.orderBy().startsWith("o.");
        String join = byUnit ? " JOIN org_unit o ON o.id = p.org_unit_id" : "";
        try (Connection conn = dataSource.getConnection();
             PreparedStatement keys = conn.prepareStatement(String.format(KEYS_SQL, join, c.where(),
                     byUnit ? " AND o.tree_path LIKE ?" : "", c.orderBy()));
             PreparedStatement count = conn.prepareStatement(String.format(COUNT_SQL, c.where()))) {
            keys.setString(1, scopePattern);
            keys.setObject(2, c.parameter());
            if (byUnit) {
                keys.setString(3, scopePattern);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = keys.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            int rows = 0;
            if (!ids.isEmpty()) {
                String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
                try (PreparedStatement list = conn.prepareStatement(String.format(ROWS_SQL, marks))) {
                    for (int i = 0; i < ids.size(); i++) {
                        list.setLong(i + 1, ids.get(i));
                    }
                    rows = readAll(list);
                }
            }
            return checkedCount(count, scopePattern, c, rows);
        }
    }

    /** The page as one statement over the joined rows: what the service did before it read keys first. */
    private long rawOneStatementPage(String scopePattern, ListCase c) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement list = conn.prepareStatement(String.format(LIST_SQL, c.where(), c.orderBy())
                     + " LIMIT " + PAGE);
             PreparedStatement count = conn.prepareStatement(String.format(COUNT_SQL, c.where()))) {
            list.setString(1, scopePattern);
            list.setObject(2, c.parameter());
            return checkedCount(count, scopePattern, c, readAll(list));
        }
    }

    private static int readAll(PreparedStatement list) throws SQLException {
        int rows = 0;
        try (ResultSet rs = list.executeQuery()) {
            while (rs.next()) {
                for (int i = 1; i <= 17; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    private static long checkedCount(PreparedStatement count, String scopePattern, ListCase c, int rows)
            throws SQLException {
        count.setString(1, scopePattern);
        count.setObject(2, c.parameter());
        try (ResultSet rs = count.executeQuery()) {
            rs.next();
            long total = rs.getLong(1);
            if (rows != Math.min(PAGE, total)) {
                throw new IllegalStateException("SQL page has " + rows + " rows of " + total);
            }
            return total;
        }
    }

    // ---------------------------------------------------------------- lookup by full ID number

    private void lookups(NationGenerator.Nation nation) throws Exception {
        List<String> ids = new ArrayList<>();
        List<Long> expected = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, resident_id_enc FROM professional"
                     + " WHERE tree_path LIKE ? AND MOD(id, ?) = 13 FETCH FIRST 200 ROWS ONLY")) {
            // about 250 people spread over the whole id range, of whom the first 200 are taken
            ps.setString(1, nation.nationPath() + "%");
            ps.setLong(2, Math.max(20, count("SELECT COUNT(*) FROM professional WHERE tree_path LIKE ?",
                    nation.nationPath() + "%") / 250));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expected.add(rs.getLong(1));
                    ids.add(sealer.reveal(PersonalField.RESIDENT_ID, rs.getString(2)));
                }
            }
        }
        assertTrue(ids.size() >= 150, "enough people to look up: " + ids.size());
        for (int i = 0; i < 20; i++) {
            lookUp(ids.get(i));
            rawLookUp(ids.get(i));
        }
        Samples s = new Samples(ids.size());
        Samples q = new Samples(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            long t0 = System.nanoTime();
            long found = lookUp(ids.get(i));
            long t1 = System.nanoTime();
            long raw = rawLookUp(ids.get(i));
            long t2 = System.nanoTime();
            assertEquals(expected.get(i), found);
            assertEquals(expected.get(i), raw);
            s.add(t1 - t0);
            q.add(t2 - t1);
        }
        report.append("## Lookup by full ID number (blind index), ").append(ids.size()).append(" people\n\n")
                .append("| figure | service | SQL | ratio |\n|---|---|---|---|\n")
                .append("| median | ").append(Samples.millis(s.medianMillis())).append(" | ")
                .append(Samples.millis(q.medianMillis())).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f", s.medianMillis() / q.medianMillis())).append(" |\n")
                .append("| p95 | ").append(Samples.millis(s.p95Millis())).append(" | ")
                .append(Samples.millis(q.p95Millis())).append(" | |\n\n");
    }

    private long lookUp(String residentId) throws Exception {
        return nationOfficial.call(() -> professionals.findIdByResidentId(residentId)).orElseThrow();
    }

    /** The same lookup by hand: validate, compute the blind index, one indexed read. */
    private long rawLookUp(String residentId) throws SQLException {
        String index = sealer.index(ResidentId.parse(residentId));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM professional WHERE resident_id_hash = ?")) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------- export

    /** XLSX: the province's whole list; PDF (a filing, slower per row): the city's. */
    private void export(NationGenerator.Nation nation, ReportFormat format) throws Exception {
        report.append("## Export of the filtered list (masked), ").append(format).append("\n\n")
                .append("| scope | format | rows | time | SQL read of the same rows | file | live heap before | heap pools' peaks summed (an upper bound) |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        if (format == ReportFormat.XLSX) {
            exportOnce("province", provinceOfficial, nation.provincePath(), format);
        } else {
            exportOnce("city", cityOfficial, nation.cityPath(), format);
        }
        report.append('\n');
    }

    private void exportOnce(String scopeName, Identity who, String scopePath, ReportFormat format) throws Exception {
        Path file = Files.createTempFile("bench-export-", "." + format.name().toLowerCase(Locale.ROOT));
        try {
            HeapProbe heap = new HeapProbe();
            heap.start();
            long t0 = System.nanoTime();
            long rows;
            try (OutputStream out = Files.newOutputStream(file)) {
                rows = who.call(() -> exports.export(new ProfessionalExportRequest(ProfessionalFilter.NONE, "fullName",
                        true, format, Locale.CHINESE), out));
            }
            long elapsed = System.nanoTime() - t0;
            long peak = heap.peakBytes();
            long t1 = System.nanoTime();
            long raw = rawRead(scopePath + "%");
            long rawElapsed = System.nanoTime() - t1;
            assertEquals(raw, rows, "the export holds every row of the scope");
            report.append("| ").append(scopeName).append(" | ").append(format).append(" | ").append(rows).append(" | ")
                    .append(seconds(elapsed)).append(" | ").append(seconds(rawElapsed)).append(" | ")
                    .append(Files.size(file) / 1024).append(" KiB | ").append(HeapProbe.mebibytes(heap.baselineBytes()))
                    .append(" | ").append(HeapProbe.mebibytes(peak)).append(" |\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Every row of the scope in the export's order and columns, read and dropped. */
    private long rawRead(String scopePattern) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(String.format(LIST_SQL, "1 = 1", "p.full_name ASC"))) {
            ps.setFetchSize(500);
            ps.setString(1, scopePattern);
            return readAll(ps);
        }
    }

    // ---------------------------------------------------------------- import

    private void rosterImport(NationGenerator.Nation nation) throws Exception {
        Path roster = Files.createTempFile("bench-roster-", ".xlsx");
        try {
            long written = writeRoster(nation, roster);
            report.append("## Import of a ").append(IMPORT_ROWS).append("-row roster (").append(written / 1024)
                    .append(" KiB .xlsx) into the city, every row with a post\n\n")
                    .append("| pass | time | rows/s | live heap before | heap pools' peaks summed (an upper bound) |\n|---|---|---|---|---|\n");
            ImportJobView first = dryRun("first import: dry run", roster);
            assertEquals(IMPORT_ROWS, first.counts().newRows(), "every row is new the first time");
            long commitNanos = commit("first import: commit", first);
            // the service refuses to commit a file with nothing new or changed: the dry run is the whole pass
            ImportJobView second = dryRun("same file again: dry run (nothing to commit)", roster);
            assertEquals(0, second.counts().newRows(), "the same file twice adds nobody");
            assertEquals(IMPORT_ROWS, second.counts().unchangedRows());
            cityOfficial.call(() -> imports.cancel(second.id(), second.version()));
            HeapProbe heap = new HeapProbe();
            heap.start();
            long byHand = generator.importByHand(nation, IMPORT_ROWS, NationGenerator.CITY_ACCOUNT, nation.cityId(),
                    IMPORT_ROWS, 6);
            importRow("the commit's writes by hand (JDBC batches of 500 people, one transaction; other people)",
                    byHand, heap);
            HeapProbe chunkedHeap = new HeapProbe();
            chunkedHeap.start();
            long chunked = generator.importByHand(nation, IMPORT_ROWS, NationGenerator.CITY_ACCOUNT, nation.cityId(),
                    5_000, 7);
            importRow("the same writes by hand, committed every 5,000 people (not all-or-nothing; other people)",
                    chunked, chunkedHeap);
            report.append("\nRatio of the commit to its writes by hand: ")
                    .append(String.format(Locale.ROOT, "%.2f", commitNanos / (double) byHand)).append("\n\n");
            // the people stay (removing 2 × IMPORT_ROWS people from H2 takes longer than adding them): the next
            // run removes them first; run the import section last or on a copy of the data directory
        } finally {
            Files.deleteIfExists(roster);
        }
    }

    private ImportJobView dryRun(String label, Path roster) throws Exception {
        HeapProbe heap = new HeapProbe();
        heap.start();
        long t0 = System.nanoTime();
        ImportJobView job;
        try (InputStream in = Files.newInputStream(roster)) {
            job = cityOfficial.call(() -> imports.upload(ImportKind.PROFESSIONALS, "bench-roster.xlsx", Files.size(roster), in,
                    ImportMode.ALL_OR_NOTHING, Locale.CHINESE));
        }
        job = await(job.id());
        long elapsed = System.nanoTime() - t0;
        assertEquals(ImportStatus.VALIDATED, job.status(), "dry run: " + job.messageKey());
        assertEquals(0, job.counts().errors(), "the roster is valid");
        importRow(label, elapsed, heap);
        return job;
    }

    private long commit(String label, ImportJobView checked) throws Exception {
        HeapProbe heap = new HeapProbe();
        heap.start();
        long t0 = System.nanoTime();
        String upload = uploadKey(checked.id());
        cityOfficial.call(() -> imports.commit(checked.id(), checked.version(), ImportMode.ALL_OR_NOTHING));
        ImportJobView job = await(checked.id());
        // H2 shows a transaction committed before its commit returns (it then applies the undo log, minutes for
        // a large one); the worker deletes the upload once the commit has returned
        while (uploads.exists(upload)) {
            Thread.sleep(200);
        }
        long elapsed = System.nanoTime() - t0;
        assertEquals(ImportStatus.COMMITTED, job.status(), "commit: " + job.messageKey());
        assertEquals(IMPORT_ROWS, job.counts().newRows());
        importRow(label, elapsed, heap);
        return elapsed;
    }

    private void importRow(String label, long nanos, HeapProbe heap) {
        report.append("| ").append(label).append(" | ").append(seconds(nanos)).append(" | ")
                .append(String.format(Locale.ROOT, "%,.0f", IMPORT_ROWS / (nanos / 1e9))).append(" | ")
                .append(HeapProbe.mebibytes(heap.baselineBytes())).append(" | ")
                .append(HeapProbe.mebibytes(heap.peakBytes())).append(" |\n");
    }

    private String uploadKey(long jobId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT upload_key FROM import_job WHERE id = ?")) {
            ps.setLong(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private ImportJobView await(long jobId) throws Exception {
        while (true) {
            ImportJobView job = cityOfficial.call(() -> imports.job(jobId));
            if (!job.running()) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    /** A roster of new people for the city's street-level units, as a province would send it. */
    private long writeRoster(NationGenerator.Nation nation, Path file) throws Exception {
        List<String> units = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, name FROM org_unit WHERE tree_path LIKE ?"
                     + " AND depth = 4 ORDER BY id")) {
            ps.setString(1, nation.cityPath() + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(rs.getString(2) + " #" + rs.getLong(1));
                }
            }
        }
        ResourceBundle labels = Labels.bundle(Locale.CHINESE);
        List<String> header = Arrays.stream(RosterColumn.values()).map(col -> labels.getString(col.labelKey())).toList();
        // divisions no generated person has (the nation's counties end 01-08), so every ID is new to the database
        String[] divisions = new String[9];
        for (int i = 0; i < divisions.length; i++) {
            divisions[i] = nation.cityDivision().substring(0, 4) + "5" + (i + 1);
        }
        SyntheticPeople people = new SyntheticPeople(NationGenerator.SEED + 1);
        SplittableRandom random = new SplittableRandom(NationGenerator.SEED + 1);
        ServiceField[] fields = ServiceField.values();
        PostGrade[] grades = PostGrade.values();
        try (SpreadsheetWriter writer = new SpreadsheetWriter(); OutputStream out = Files.newOutputStream(file)) {
            writer.sheet("人员名册").textColumns(1, 2, 9).header(header);
            for (int n = 0; n < IMPORT_ROWS; n++) {
                SyntheticPerson p = people.next(divisions[n % divisions.length]);
                EmploymentMode mode = n % 3 == 0 ? EmploymentMode.DIRECT_HIRE : EmploymentMode.UNION_STAFF;
                writer.row(Arrays.asList(p.name(), p.residentId(), p.mobile(),
                        labels.getString(EducationLevel.fromCode(p.educationCode()).labelKey()),
                        p.major() == null ? "" : p.major(), p.socialWorkMajor() ? "是" : "否", "",
                        labels.getString(ProfessionalCategory.SOCIAL_WORKER.labelKey()),
                        labels.getString(mode.labelKey()), "", units.get(random.nextInt(units.size())),
                        LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600)),
                        labels.getString(fields[random.nextInt(fields.length)].labelKey()),
                        labels.getString(grades[random.nextInt(grades.length)].labelKey())));
            }
            writer.write(out);
        }
        return Files.size(file);
    }

    /** Earlier benchmark imports into the city go, so every run imports the same new people. */
    private void removeEarlierImports(String cityPattern) throws SQLException {
        String imported = "SELECT id FROM professional WHERE source = 'IMPORTED' AND tree_path LIKE ?";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (String sql : List.of(
                    "UPDATE post SET holder_id = NULL WHERE holder_id IN (" + imported + ")",
                    "DELETE FROM posting WHERE professional_id IN (" + imported + ")",
                    "DELETE FROM professional WHERE id IN (" + imported + ")")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, cityPattern);
                    ps.executeUpdate();
                }
            }
            // posts the imports set up (the generator's carry its fixed recording time) and nobody holds now
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM post WHERE tree_path LIKE ? AND created_at > ?"
                    + " AND holder_id IS NULL AND NOT EXISTS (SELECT 1 FROM posting s WHERE s.post_id = post.id)")) {
                ps.setString(1, cityPattern);
                ps.setTimestamp(2, Timestamp.from(OffsetDateTime.parse("2026-12-01T08:00:01+08:00").toInstant()));
                ps.executeUpdate();
            }
            c.commit();
            if (Bench.onPostgres(c)) {
                // what the import left is dead rows now: index-only scans need them vacuumed away
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE professional, post, posting");
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private long count(String sql, Object... parameters) throws SQLException {
        return Bench.count(dataSource, sql, parameters);
    }

    private static String seconds(long nanos) {
        return Bench.seconds(nanos);
    }
}
