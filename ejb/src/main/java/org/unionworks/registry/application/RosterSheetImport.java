package org.unionworks.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.unionworks.demo.SyntheticPeople;
import org.unionworks.demo.SyntheticPerson;
import org.unionworks.imports.application.ImportColumn;
import org.unionworks.imports.application.ImportPass;
import org.unionworks.imports.application.ImportSettings;
import org.unionworks.imports.application.SheetImport;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.Post;
import org.unionworks.registry.model.PostFilter;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.PostRepository;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.registry.model.SocialOrganization;
import org.unionworks.registry.model.SocialOrganizationRepository;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.PersonalField;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetWriter;
import org.unionworks.shared.model.NotFoundException;

/**
 * The roster of professionals as a workbook import (issue 3, item 8): {@link RosterColumn}s, the template with the
 * caller's units in a drop-down, and a {@link RosterPass} that registers or updates people by their ID number.
 */
@ApplicationScoped
public class RosterSheetImport implements SheetImport {

    private static final int SAMPLE_VALID_ROWS = 6;
    private static final int MAX_VACANCIES = 100_000;
    private static final int MAX_EMPLOYERS = 100_000;

    @Inject
    ImportSettings settings;

    @Inject
    OrgUnitRepository units;

    @Inject
    SocialOrganizationRepository socialOrgs;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    PostRepository posts;

    @Inject
    PersonalDataSealer sealer;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Override
    public ImportKind kind() {
        return ImportKind.PROFESSIONALS;
    }

    @Override
    public List<? extends ImportColumn> columns() {
        return List.of(RosterColumn.values());
    }

    @Override
    public PersonalField personalField(int column) {
        if (column == RosterColumn.RESIDENT_ID.index()) {
            return PersonalField.RESIDENT_ID;
        }
        return column == RosterColumn.PHONE.index() ? PersonalField.PHONE : null;
    }

    @Override
    public void writeTemplate(Locale locale, OutputStream out) throws IOException {
        try (SpreadsheetWriter writer = RosterTemplate.open(locale, unitEntries(caller.scope()), settings.maxRows())) {
            RosterTemplate.finish(writer, locale, settings.maxRows(), settings.maxFileMegabytes(), out);
        }
    }

    @Override
    public void writeSample(Locale locale, OutputStream out) throws IOException {
        OrgScope scope = caller.scope();
        List<OrgUnit> active;
        try (Stream<OrgUnit> units = activeUnits(scope)) {
            active = units.limit(SAMPLE_VALID_ROWS).toList();
        }
        if (active.isEmpty()) {
            throw new NotFoundException("OrgUnit", caller.get().orgUnitId());
        }
        List<String> entries = unitEntries(scope);
        ResourceBundle labels = Labels.bundle(locale);
        SocialOrganization employer = socialOrgs.usableAsEmployer(scope, null, 1).stream().findFirst().orElse(null);
        SyntheticPeople people = new SyntheticPeople(System.nanoTime());
        try (SpreadsheetWriter writer = RosterTemplate.open(locale, entries, settings.maxRows())) {
            String firstId = null;
            for (int i = 0; i < SAMPLE_VALID_ROWS; i++) {
                OrgUnit unit = active.get(i % active.size());
                SyntheticPerson person = people.next(unit.getDivisionCode().value());
                firstId = firstId == null ? person.residentId() : firstId;
                boolean purchased = employer != null && i == 2;
                ServiceField field = ServiceField.values()[i % ServiceField.values().length];
                writer.row(List.of(person.name(), person.residentId(), person.mobile(),
                        labels.getString(EducationLevel.fromCode(person.educationCode()).labelKey()),
                        person.major() == null ? "" : person.major(),
                        labels.getString(person.socialWorkMajor() ? "roster.yes" : "roster.no"),
                        labels.getString(PoliticalStatus.fromCode(person.politicalStatusCode()).labelKey()),
                        labels.getString(ProfessionalCategory.SOCIAL_WORKER.labelKey()),
                        labels.getString((purchased ? EmploymentMode.PURCHASED_SERVICE : EmploymentMode.DIRECT_HIRE)
                                .labelKey()),
                        purchased ? employer.getCreditCode().value() : "",
                        RosterDirectory.entry(new RosterDirectory.Unit(unit.getId(), unit.getName())),
                        LocalDate.now().minusYears(1 + i).withDayOfMonth(1),
                        labels.getString(field.labelKey()),
                        labels.getString(PostGrade.ASSISTANT_1.labelKey())));
            }
            OrgUnit unit = active.get(0);
            SyntheticPerson wrongCheck = people.next(unit.getDivisionCode().value());
            String id = wrongCheck.residentId();
            char last = id.charAt(17);
            String badId = id.substring(0, 17) + (last == '0' ? '1' : last == 'X' ? '0' : (char) (last - 1));
            writer.row(sampleRow(labels, wrongCheck.name(), badId, entries.get(0)));
            SyntheticPerson noEducation = people.next(unit.getDivisionCode().value());
            List<Object> missing = new ArrayList<>(sampleRow(labels, noEducation.name(), noEducation.residentId(),
                    entries.get(0)));
            missing.set(RosterColumn.EDUCATION.index(), "");
            writer.row(missing);
            writer.row(sampleRow(labels, people.next(unit.getDivisionCode().value()).name(), firstId, entries.get(0)));
            RosterTemplate.finish(writer, locale, settings.maxRows(), settings.maxFileMegabytes(), out);
        }
    }

    private static List<Object> sampleRow(ResourceBundle labels, String name, String residentId, String unitEntry) {
        return List.of(name, residentId, "", labels.getString(EducationLevel.UNDERGRADUATE_GRADUATED.labelKey()),
                "", labels.getString("roster.no"), "", labels.getString(ProfessionalCategory.SOCIAL_WORKER.labelKey()),
                labels.getString(EmploymentMode.UNION_STAFF.labelKey()), "", unitEntry,
                LocalDate.now().minusYears(2).withDayOfMonth(1), "", "");
    }

    @Override
    public ImportPass<?> open(ImportPass.Setup setup) {
        OrgScope scope = setup.scope();
        Locale locale = setup.job().getLocale();
        RosterRowParser parser = new RosterRowParser(RosterVocabulary.of(locale), directory(setup), LocalDate.now());
        return new RosterPass(setup, new RosterPass.Context(parser,
                new RosterPass.Services(sealer, professionals, posts, audit), vacancies(setup, scope),
                Labels.bundle(locale)));
    }

    private RosterDirectory directory(ImportPass.Setup setup) {
        OrgScope scope = setup.scope();
        List<RosterDirectory.Unit> active;
        try (Stream<OrgUnit> all = activeUnits(scope)) {
            active = all.map(u -> new RosterDirectory.Unit(u.getId(), u.getName())).toList();
        }
        Map<CreditCode, Long> employers = socialOrgs.usableAsEmployer(scope, null, MAX_EMPLOYERS).stream()
                .collect(Collectors.toMap(SocialOrganization::getCreditCode, SocialOrganization::getId, (a, b) -> a));
        setup.em().clear();
        return new RosterDirectory(active, employers);
    }

    /** Vacant posts of the scope by unit, field and grade, oldest first: imported people fill these before new posts are set up. */
    private Map<RosterPass.VacancyKey, Deque<Long>> vacancies(ImportPass.Setup setup, OrgScope scope) {
        Map<RosterPass.VacancyKey, Deque<Long>> vacancies = new HashMap<>();
        for (Post post : posts.findPage(scope, new PostFilter(null, null, null, Boolean.TRUE, false), 0, MAX_VACANCIES,
                "establishedOn", true)) {
            vacancies.computeIfAbsent(new RosterPass.VacancyKey(post.getOrgUnit().getId(), post.getServiceField(),
                    post.getGrade()), k -> new ArrayDeque<>()).add(post.getId());
        }
        setup.em().clear();
        return vacancies;
    }

    private Stream<OrgUnit> activeUnits(OrgScope scope) {
        LocalDate today = LocalDate.now();
        return units.streamInTreeOrder(scope).filter(u -> u.isActiveOn(today));
    }

    private List<String> unitEntries(OrgScope scope) {
        try (Stream<OrgUnit> active = activeUnits(scope)) {
            return active.map(u -> RosterDirectory.entry(new RosterDirectory.Unit(u.getId(), u.getName()))).toList();
        }
    }
}
