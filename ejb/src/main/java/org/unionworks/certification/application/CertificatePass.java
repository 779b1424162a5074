package org.unionworks.certification.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unionworks.certification.model.Certificate;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificateSource;
import org.unionworks.certification.model.CertificationRepository;
import org.unionworks.imports.application.ImportPass;
import org.unionworks.imports.application.RowCells;
import org.unionworks.registry.application.NamedProfessional;
import org.unionworks.registry.application.PersonalDataSealer;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.shared.infrastructure.spreadsheet.SheetRow;
import org.unionworks.shared.model.DomainException;

/**
 * One pass over a certificate workbook. A row names a professional by ID number (and name, which must match the
 * record: a typo in the ID must not give someone else a certificate) and one certificate. The certificate number
 * is the key: a number already on record for the same person with the same details is unchanged — so the same
 * file twice adds nothing —; on record with other details or for another person, the row is refused rather than
 * overwriting what an official entered. New certificates are recorded as imported and update the person's
 * standing, as the form does.
 */
final class CertificatePass extends ImportPass<CertificatePass.Pending> {

    static final int NAME_MAX = 50;
    static final int AUTHORITY_MAX = 100;

    record Services(PersonalDataSealer sealer, ProfessionalRepository professionals,
                    CertificationRepository certification, Standings standings, AuditTrail audit) {
    }

    record Pending(SheetRow sheetRow, String fullName, String residentIdIndex, CertificateLevel level, String number,
                   int examYear, LocalDate issuedOn, String authority) implements ImportPass.Pending {
    }

    private final Services services;
    private final Function<String, CertificateLevel> levels;
    private final LocalDate today;
    private final Map<String, Integer> seenNumbers = new HashMap<>();
    private Map<String, Professional> people = Map.of();
    private Map<String, Certificate> onRecord = Map.of();

    CertificatePass(Setup setup, Services services, Function<String, CertificateLevel> levels, LocalDate today) {
        super(setup);
        this.services = services;
        this.levels = levels;
        this.today = today;
    }

    @Override
    protected Pending parse(SheetRow sheetRow) {
        RowCells cells = new RowCells(sheetRow, CertificateColumn.values().length);
        String name = cells.text(CertificateColumn.FULL_NAME, NAME_MAX);
        ResidentId id = cells.value(CertificateColumn.RESIDENT_ID, raw -> ResidentId.parse(raw, today));
        CertificateLevel level = cells.choice(CertificateColumn.LEVEL, levels);
        String number = cells.value(CertificateColumn.NUMBER, Certificate::checkedNumber);
        Integer examYear = cells.value(CertificateColumn.EXAM_YEAR, RowCells::year);
        LocalDate issuedOn = cells.value(CertificateColumn.ISSUED_ON, RowCells::date);
        String authority = cells.text(CertificateColumn.ISSUING_AUTHORITY, AUTHORITY_MAX);
        if (number != null && cells.valid()) {
            Integer first = seenNumbers.putIfAbsent(number, sheetRow.rowNumber());
            if (first != null) {
                cells.issue(CertificateColumn.NUMBER, "certificateImport.numberTwiceInFile", first);
            }
        }
        if (!cells.valid()) {
            error(sheetRow, cells.issues());
            return null;
        }
        return new Pending(sheetRow, name, services.sealer().index(id), level, number, examYear, issuedOn, authority);
    }

    @Override
    protected void prepare(List<Pending> rows) {
        people = services.professionals().findByResidentIdIndexes(rows.stream().map(Pending::residentIdIndex).toList())
                .stream().collect(Collectors.toMap(Professional::getResidentIdIndex, Function.identity()));
        onRecord = services.certification().certificatesByNumbers(rows.stream().map(Pending::number).toList())
                .stream().collect(Collectors.toMap(Certificate::getNumber, Function.identity()));
    }

    @Override
    protected Outcome apply(Pending row) {
        Professional person = NamedProfessional.require(people.get(row.residentIdIndex()), setup.scope(),
                row.fullName());
        Certificate existing = onRecord.get(row.number());
        if (existing != null) {
            if (!existing.getProfessional().getId().equals(person.getId())) {
                throw new DomainException("certification.number.taken", "number on record for someone else",
                        row.number());
            }
            if (existing.getLevel() != row.level() || existing.getExamYear() != row.examYear()
                    || !existing.getIssuedOn().equals(row.issuedOn())
                    || !Objects.equals(existing.getIssuingAuthority(), row.authority())) {
                throw new DomainException("certificateImport.differsFromRecord", "on record with other details",
                        row.number());
            }
            return Outcome.UNCHANGED;
        }
        Certificate certificate = new Certificate(person, row.level(), row.number(), row.examYear(), row.issuedOn(),
                row.authority(), CertificateSource.IMPORTED, setup.username());
        if (committing()) {
            services.certification().add(certificate);
            services.standings().refresh(person);
            services.audit().record(AuditAction.CERTIFICATE_ADDED, Standings.PROFESSIONAL, person.getId(),
                    AuditOutcome.SUCCESS, AuditDetail.of("certificateImported", "#" + row.level().labelKey(),
                            row.number(), jobId()));
        }
        return Outcome.NEW;
    }
}
