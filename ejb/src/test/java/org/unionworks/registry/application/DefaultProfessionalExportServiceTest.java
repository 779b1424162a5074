package org.unionworks.registry.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.registry.model.PdfFilingLimit;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.SealedListItem;
import org.unionworks.reports.ReportFormat;
import org.unionworks.reports.ReportRenderer;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.Caller;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.PersonalDataProtector;
import org.unionworks.security.model.PersonalField;
import org.unionworks.security.model.RevealReason;
import org.unionworks.shared.model.DomainException;

/** The export use case with its collaborators replaced: what is read, what is written, what is audited when. */
class DefaultProfessionalExportServiceTest {

    private static final OrgScope NANCHANG = OrgScope.of("/1/10/");
    private static final Caller OFFICIAL = new Caller(7, "official", "张敏", 10, "南昌市总工会", NANCHANG, Set.of());
    private static final String FULL_ID = "36010219860402123X";

    private final FakeRepository repository = new FakeRepository();
    private final RecordingAudit audit = new RecordingAudit();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final DefaultProfessionalExportService service = new DefaultProfessionalExportService();

    @BeforeEach
    void wire() {
        CurrentCaller caller = new CurrentCaller() {
            @Override
            public Caller get() {
                return OFFICIAL;
            }
        };
        service.caller = caller;
        service.professionals = repository;
        service.listScope = new ProfessionalListScope() {
            @Override
            public OrgScope of(ProfessionalFilter filter) {
                return NANCHANG;
            }
        };
        service.sealer = new PersonalDataSealer();
        service.sealer.protector = new PrefixProtector();
        service.audit = audit;
        audit.out = out;
        service.renderer = new ReportRenderer();
        service.pdfMaxRows = PdfFilingLimit.DEFAULT_MAX_ROWS;
        repository.items = List.of(ExportFixtures.item(1, "李娜"), ExportFixtures.bareItem(2, "王强"),
                ExportFixtures.item(3, ExportFixtures.FORMULA_NAME));
    }

    private static ProfessionalExportRequest request(ReportFormat format) {
        return new ProfessionalExportRequest(ProfessionalFilter.NONE, "joinedOn", false, format,
                Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aMaskedExportReadsTheListInItsOrderAndIsAuditedWithItsRowCountBeforeAByteIsWritten() throws IOException {
        long rows = service.export(request(ReportFormat.XLSX), out);

        assertEquals(3, rows);
        assertEquals(List.of("stream " + NANCHANG.rootPath() + " joinedOn desc"), repository.calls);
        assertTrue(repository.closed, "the cursor is closed");
        assertEquals(List.of("EXPORT SUCCESS ProfessionalList 10 professionalListExported|XLSX|3 written=0"),
                audit.rows);
        try (XSSFWorkbook workbook = ExportFixtures.workbook(out.toByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(4, sheet.getLastRowNum() + 1);
            for (int r = 1; r <= 3; r++) {
                assertEquals(ExportFixtures.MASKED_ID, sheet.getRow(r).getCell(2).getStringCellValue());
            }
        }
    }

    @Test
    void aFullValuesExportDecryptsEachRowAndTheAuditNamesThePurpose() throws IOException {
        long rows = service.exportWithFullValues(request(ReportFormat.XLSX), RevealReason.CERTIFICATION_FILING, out);

        assertEquals(3, rows);
        assertEquals(List.of("sealed " + NANCHANG.rootPath() + " joinedOn desc"), repository.calls);
        assertEquals(List.of("EXPORT SUCCESS ProfessionalList 10 professionalListExportedFull|XLSX|3"
                + "|#revealReason.CERTIFICATION_FILING written=0"), audit.rows);
        try (XSSFWorkbook workbook = ExportFixtures.workbook(out.toByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(FULL_ID, sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals("13912345678", sheet.getRow(1).getCell(5).getStringCellValue());
            assertEquals(null, sheet.getRow(2).getCell(5), "no phone on record stays blank");
        }
    }

    @Test
    void aPdfExportIsAuditedBetweenTheFillAndTheFirstByte() {
        long rows = service.export(request(ReportFormat.PDF), out);

        assertEquals(3, rows);
        assertEquals(List.of("EXPORT SUCCESS ProfessionalList 10 professionalListExported|PDF|3 written=0"), audit.rows);
        assertTrue(new String(out.toByteArray(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    @Test
    void aPdfLargerThanAFilingMayBeIsRefusedWithBothNumbersBeforeAnythingIsReadOrWritten() {
        service.pdfMaxRows = 2;

        DomainException tooLarge = assertThrows(DomainException.class,
                () -> service.exportWithFullValues(request(ReportFormat.PDF), RevealReason.CERTIFICATION_FILING, out));
        assertEquals("registry.export.pdf.tooLarge", tooLarge.messageKey());
        assertEquals(List.of(2L, 3L), List.of(tooLarge.arguments()));
        assertEquals(List.of("count " + NANCHANG.rootPath()), repository.calls);
        assertEquals(List.of(), audit.rows);
        assertEquals(0, out.size());

        DomainException asked = assertThrows(DomainException.class, () -> service.checkSize(request(ReportFormat.PDF)));
        assertEquals("registry.export.pdf.tooLarge", asked.messageKey());
        service.checkSize(request(ReportFormat.XLSX));
        assertEquals(3, service.export(request(ReportFormat.XLSX), out), "the spreadsheet streams any size");
    }

    @Test
    void aPdfAtTheLimitIsWritten() {
        service.pdfMaxRows = 3;

        service.checkSize(request(ReportFormat.PDF));
        assertEquals(3, service.export(request(ReportFormat.PDF), out));
    }

    @Test
    void anExportTheListCouldNotShowIsRefusedAndNotAudited() {
        repository.refuseSort = true;

        assertThrows(DomainException.class, () -> service.export(request(ReportFormat.XLSX), out));

        assertEquals(List.of(), audit.rows);
        assertEquals(0, out.size());
    }

    /** Serves the fixture rows; ciphers are the clear value behind a prefix the fake protector strips. */
    private static final class FakeRepository implements ProfessionalRepository {

        List<ProfessionalListItem> items = List.of();
        final List<String> calls = new ArrayList<>();
        boolean closed;
        boolean refuseSort;

        @Override
        public Stream<ProfessionalListItem> stream(OrgScope scope, ProfessionalFilter filter, String sortField,
                                                   boolean ascending) {
            return open("stream", scope, sortField, ascending).map(i -> i);
        }

        @Override
        public Stream<SealedListItem> streamSealed(OrgScope scope, ProfessionalFilter filter, String sortField,
                                                   boolean ascending) {
            return open("sealed", scope, sortField, ascending).map(i -> new SealedListItem(i,
                    PrefixProtector.PREFIX + FULL_ID,
                    i.phoneMasked() == null ? null : PrefixProtector.PREFIX + "13912345678"));
        }

        private Stream<ProfessionalListItem> open(String kind, OrgScope scope, String sortField, boolean ascending) {
            if (refuseSort) {
                throw new DomainException("error.sortField.invalid", "cannot sort on " + sortField);
            }
            calls.add(kind + " " + scope.rootPath() + " " + sortField + (ascending ? " asc" : " desc"));
            return items.stream().onClose(() -> closed = true);
        }

        @Override
        public Optional<Professional> find(OrgScope scope, long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Professional> findByResidentIdIndex(String blindIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ProfessionalListItem> findPage(OrgScope scope, ProfessionalFilter filter, int offset, int size,
                                                   String sortField, boolean ascending) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(OrgScope scope, ProfessionalFilter filter) {
            calls.add("count " + scope.rootPath());
            return items.size();
        }

        @Override
        public List<Professional> findByResidentIdIndexes(java.util.Collection<String> blindIndexes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Professional> activeRegisteredAt(org.unionworks.organization.model.OrgUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countActiveRegisteredAt(org.unionworks.organization.model.OrgUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int refileAt(org.unionworks.organization.model.OrgUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(Professional professional) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class PrefixProtector implements PersonalDataProtector {

        static final String PREFIX = "sealed:";

        @Override
        public String encrypt(PersonalField field, String plaintext) {
            return PREFIX + plaintext;
        }

        @Override
        public String decrypt(PersonalField field, String stored) {
            return stored.substring(PREFIX.length());
        }

        @Override
        public String blindIndex(PersonalField field, String normalisedValue) {
            return "index:" + normalisedValue;
        }
    }

    /** Remembers each audit row with how many bytes had been written when it was recorded. */
    private static final class RecordingAudit extends AuditTrail {

        final List<String> rows = new ArrayList<>();
        ByteArrayOutputStream out;

        @Override
        public void recordIndependently(AuditAction action, String objectType, Object objectId, AuditOutcome outcome,
                                        String detail) {
            rows.add(action + " " + outcome + " " + objectType + " " + objectId + " " + detail + " written="
                    + out.size());
        }
    }
}
