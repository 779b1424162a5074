package org.unionworks.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificationRepository;
import org.unionworks.demo.SyntheticPeople;
import org.unionworks.demo.SyntheticPerson;
import org.unionworks.imports.application.ImportColumn;
import org.unionworks.imports.application.ImportPass;
import org.unionworks.imports.application.ImportSettings;
import org.unionworks.imports.application.ImportTemplate;
import org.unionworks.imports.application.SheetImport;
import org.unionworks.imports.application.Vocabulary;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.registry.application.PersonalDataSealer;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.model.PersonalField;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetWriter;
import org.unionworks.shared.model.ChinaTime;

/**
 * National social worker certificates as a workbook import (issue 4, item 1), for professionals already in the
 * registry: {@link CertificateColumn}s, a template with the levels in a drop-down, and a {@link CertificatePass}.
 */
@ApplicationScoped
public class CertificateSheetImport implements SheetImport {

    private static final String INSTRUCTIONS_PREFIX = "certificateImport.instructions.";
    private static final List<CertificateColumn> COLUMNS = List.of(CertificateColumn.values());
    private static final Map<String, CertificateLevel> LEVELS = Vocabulary.words(List.of(CertificateLevel.values()),
            CertificateLevel::labelKey, Enum::name);
    /** The province's own division: sample people are fictitious residents of Nanchang. */
    private static final String SAMPLE_DIVISION = "360102";

    @Inject
    ImportSettings settings;

    @Inject
    PersonalDataSealer sealer;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    CertificationRepository certification;

    @Inject
    Standings standings;

    @Inject
    AuditTrail audit;

    @Override
    public ImportKind kind() {
        return ImportKind.CERTIFICATES;
    }

    @Override
    public List<? extends ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public PersonalField personalField(int column) {
        return column == CertificateColumn.RESIDENT_ID.index() ? PersonalField.RESIDENT_ID : null;
    }

    @Override
    public void writeTemplate(Locale locale, OutputStream out) throws IOException {
        try (SpreadsheetWriter writer = open(locale)) {
            finish(writer, locale, out);
        }
    }

    /**
     * The template with fictitious people (the sample must not carry anyone's real ID number): every row is
     * refused as naming nobody in the registry, and some show the typical mistakes besides — a level not in the
     * list, an exam year that does not fit the issue date, a certificate number twice.
     */
    @Override
    public void writeSample(Locale locale, OutputStream out) throws IOException {
        ResourceBundle labels = Labels.bundle(locale);
        SyntheticPeople people = new SyntheticPeople(System.nanoTime());
        String authority = labels.getString("certificateImport.sample.authority");
        int year = LocalDate.now(ChinaTime.ZONE).getYear() - 2;
        LocalDate issued = LocalDate.of(year, 12, 20);
        try (SpreadsheetWriter writer = open(locale)) {
            List<List<Object>> rows = new ArrayList<>();
            CertificateLevel[] levels = CertificateLevel.values();
            for (int i = 0; i < levels.length; i++) {
                SyntheticPerson person = people.next(SAMPLE_DIVISION);
                rows.add(row(person, labels.getString(levels[i].labelKey()), number(year, i), year, issued,
                        authority));
            }
            rows.add(row(people.next(SAMPLE_DIVISION), labels.getString("certificateImport.sample.wrongLevel"),
                    number(year, 7), year, issued, authority));
            rows.add(row(people.next(SAMPLE_DIVISION), labels.getString(CertificateLevel.ASSISTANT.labelKey()),
                    number(year, 8), year - 3, issued, authority));
            rows.add(row(people.next(SAMPLE_DIVISION), labels.getString(CertificateLevel.ASSISTANT.labelKey()),
                    number(year, 0), year, issued, authority));
            for (List<Object> row : rows) {
                writer.row(row);
            }
            finish(writer, locale, out);
        }
    }

    private static List<Object> row(SyntheticPerson person, String level, String number, int examYear,
                                    LocalDate issuedOn, String authority) {
        return List.of(person.name(), person.residentId(), level, number, examYear, issuedOn, authority);
    }

    private static String number(int year, int n) {
        return year + "0360" + String.format(Locale.ROOT, "%05d", 10 + n);
    }

    private SpreadsheetWriter open(Locale locale) {
        ResourceBundle labels = Labels.bundle(locale);
        SpreadsheetWriter writer = new SpreadsheetWriter()
                .sheet(labels.getString("certificateImport.sheet"))
                .textColumns(textColumns())
                .header(titles(locale));
        writer.dropDown(CertificateColumn.LEVEL.index(), 1, settings.maxRows(), List.of(CertificateLevel.values())
                .stream().map(l -> labels.getString(l.labelKey())).toList());
        return writer;
    }

    private void finish(SpreadsheetWriter writer, Locale locale, OutputStream out) throws IOException {
        ImportTemplate.finish(writer, locale, INSTRUCTIONS_PREFIX, COLUMNS, settings.maxRows(),
                settings.maxFileMegabytes(), out);
    }

    @Override
    public ImportPass<?> open(ImportPass.Setup setup) {
        return new CertificatePass(setup,
                new CertificatePass.Services(sealer, professionals, certification, standings, audit),
                cell -> LEVELS.get(Vocabulary.key(cell)), LocalDate.now(ChinaTime.ZONE));
    }
}
