package org.unionworks.registry.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.Profile;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.imports.model.RowIssue;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.shared.infrastructure.spreadsheet.SheetRow;
import org.unionworks.shared.model.DomainException;

class RosterRowParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String ID = id("36010219900307123");
    private static final String EMPLOYER_CODE = creditCode("5136010000000001");

    private final RosterDirectory directory = new RosterDirectory(
            List.of(new RosterDirectory.Unit(11, "东湖区总工会"), new RosterDirectory.Unit(12, "城关镇工会"),
                    new RosterDirectory.Unit(13, "城关镇工会")),
            Map.of(CreditCode.parse(EMPLOYER_CODE), 77L));
    private final RosterRowParser parser = new RosterRowParser(RosterVocabulary.of(Locale.CHINESE), directory, TODAY);

    @Test
    void aCompleteChineseRowBecomesARosterRow() {
        RosterRowParser.Parsed parsed = parser.parse(row(valid()));

        assertTrue(parsed.valid(), () -> parsed.issues().toString());
        RosterRow r = parsed.row();
        assertEquals("王芳", r.fullName());
        assertEquals(ResidentId.parse(ID, TODAY), r.residentId());
        assertEquals("13807911234", r.phone().value());
        assertEquals(EducationLevel.UNDERGRADUATE_GRADUATED, r.education());
        assertTrue(r.profile().socialWorkMajor());
        assertEquals(PoliticalStatus.CPC_MEMBER, r.politicalStatus());
        assertEquals(ProfessionalCategory.SOCIAL_WORKER, r.category());
        assertEquals(EmploymentMode.PURCHASED_SERVICE, r.employmentMode());
        assertEquals(77L, r.employerId());
        assertEquals(11L, r.orgUnitId());
        assertEquals(LocalDate.of(2020, 3, 1), r.joinedOn());
        assertEquals(ServiceField.COUNSELLING, r.serviceField());
        assertEquals(PostGrade.ASSISTANT_2, r.postGrade());
        assertEquals(5, r.rowNumber());
    }

    @Test
    void englishLabelsAndNationalCodesAreUnderstoodToo() {
        List<String> cells = valid();
        set(cells, RosterColumn.EDUCATION, "21");
        set(cells, RosterColumn.POLITICAL_STATUS, "01");
        set(cells, RosterColumn.CATEGORY, "Union social work professional");
        set(cells, RosterColumn.SOCIAL_WORK_MAJOR, "yes");
        set(cells, RosterColumn.ORG_UNIT, "东湖区总工会 #11");

        RosterRowParser.Parsed parsed = parser.parse(row(cells));

        assertTrue(parsed.valid(), () -> parsed.issues().toString());
        assertEquals(EducationLevel.UNDERGRADUATE_GRADUATED, parsed.row().education());
        assertEquals(ProfessionalCategory.SOCIAL_WORKER, parsed.row().category());
    }

    @Test
    void everyProblemOfARowIsReportedAtOnceWithItsColumn() {
        List<String> cells = valid();
        set(cells, RosterColumn.FULL_NAME, "");
        set(cells, RosterColumn.RESIDENT_ID, ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1'));
        set(cells, RosterColumn.EDUCATION, "大专吧");
        set(cells, RosterColumn.JOINED_ON, "2020-02-30");

        List<RowIssue> issues = parser.parse(row(cells)).issues();

        assertEquals(List.of(
                RowIssue.of(RosterColumn.FULL_NAME.index(), "import.row.required"),
                RowIssue.of(RosterColumn.RESIDENT_ID.index(), "registry.residentId.checkCharacter"),
                RowIssue.of(RosterColumn.EDUCATION.index(), "import.row.unknownValue"),
                RowIssue.of(RosterColumn.JOINED_ON.index(), "import.row.date")), issues);
    }

    @Test
    void theEmployerCodeGoesWithPurchasedServiceOnly() {
        List<String> direct = valid();
        set(direct, RosterColumn.EMPLOYMENT_MODE, "工会直接聘用");
        assertEquals("registry.employment.employerNotAllowed", onlyIssue(direct).key());

        List<String> purchasedWithout = valid();
        set(purchasedWithout, RosterColumn.EMPLOYER_CREDIT_CODE, "");
        assertEquals("registry.employment.employerRequired", onlyIssue(purchasedWithout).key());

        List<String> unknown = valid();
        set(unknown, RosterColumn.EMPLOYER_CREDIT_CODE, creditCode("5136010000000002"));
        assertEquals("import.row.employerUnknown", onlyIssue(unknown).key());
    }

    @Test
    void unitsResolveByNumberOrByAUniqueName() {
        List<String> shared = valid();
        set(shared, RosterColumn.ORG_UNIT, "城关镇工会");
        assertEquals("import.row.unitAmbiguous", onlyIssue(shared).key());

        List<String> byNumber = valid();
        set(byNumber, RosterColumn.ORG_UNIT, "城关镇工会 #13");
        assertEquals(13L, parser.parse(row(byNumber)).row().orgUnitId());

        List<String> outside = valid();
        set(outside, RosterColumn.ORG_UNIT, "西湖区总工会 #99");
        assertEquals("import.row.unitUnknown", onlyIssue(outside).key());
    }

    @Test
    void aPostNeedsBothFieldAndGrade() {
        List<String> fieldOnly = valid();
        set(fieldOnly, RosterColumn.POST_GRADE, "");
        RowIssue issue = onlyIssue(fieldOnly);
        assertEquals("import.row.postIncomplete", issue.key());
        assertEquals(RosterColumn.POST_GRADE.index(), issue.column());

        List<String> neither = valid();
        set(neither, RosterColumn.POST_GRADE, "");
        set(neither, RosterColumn.SERVICE_FIELD, "");
        RosterRow r = parser.parse(row(neither)).row();
        assertFalse(r.namesPost());
        assertNull(r.postGrade());
    }

    @Test
    void emptyOptionalCellsKeepWhatAnUpdatedRecordHoldsAndFilledOnesReplaceIt() {
        Profile current = new Profile("旧名", EducationLevel.POSTGRADUATE, "法学", false, PoliticalStatus.CYL_MEMBER,
                ProfessionalCategory.BARGAINING_INSTRUCTOR);
        List<String> sparse = valid();
        set(sparse, RosterColumn.MAJOR, "");
        set(sparse, RosterColumn.SOCIAL_WORK_MAJOR, "");
        set(sparse, RosterColumn.POLITICAL_STATUS, "");
        RosterRow blank = parser.parse(row(sparse)).row();
        Profile kept = blank.profileOver(current);
        assertEquals("法学", kept.major());
        assertFalse(kept.socialWorkMajor());
        assertEquals(PoliticalStatus.CYL_MEMBER, kept.politicalStatus());
        assertEquals(blank.fullName(), kept.fullName(), "required columns always come from the row");
        assertEquals(blank.education(), kept.education());
        assertEquals(blank.category(), kept.category());

        RosterRow filled = parser.parse(row(valid())).row();
        Profile replaced = filled.profileOver(current);
        assertEquals("社会工作", replaced.major());
        assertTrue(replaced.socialWorkMajor());
        assertEquals(PoliticalStatus.CPC_MEMBER, replaced.politicalStatus());
    }

    @Test
    void optionalColumnsMayBeBlankAndTooLongTextIsRefused() {
        List<String> sparse = valid();
        set(sparse, RosterColumn.PHONE, "");
        set(sparse, RosterColumn.MAJOR, "");
        set(sparse, RosterColumn.SOCIAL_WORK_MAJOR, "");
        set(sparse, RosterColumn.POLITICAL_STATUS, "");
        RosterRow r = parser.parse(row(sparse)).row();
        assertNull(r.phone());
        assertNull(r.major());
        assertNull(r.socialWorkMajor(), "an empty cell is no answer, not a no");
        assertFalse(r.profile().socialWorkMajor(), "a new person without an answer has no social-work major");
        assertNull(r.politicalStatus());

        List<String> longMajor = valid();
        set(longMajor, RosterColumn.MAJOR, "社".repeat(RosterRowParser.MAJOR_MAX + 1));
        RowIssue issue = onlyIssue(longMajor);
        assertEquals("import.row.tooLong", issue.key());
        assertEquals(List.of(String.valueOf(RosterRowParser.MAJOR_MAX)), issue.args());
    }

    @Test
    void datesAreReadAsPeopleWriteThem() {
        LocalDate expected = LocalDate.of(2024, 3, 1);
        for (String written : List.of("2024-03-01", "2024-3-1", "2024/3/1", "2024.03.01", "2024年3月1日", "20240301",
                "2024-03-01 00:00:00")) {
            assertEquals(expected, RosterRowParser.date(written), written);
        }
        for (String wrong : List.of("01/03/2024", "2024-13-01", "yesterday", "2024-02-30")) {
            assertThrows(DomainException.class, () -> RosterRowParser.date(wrong), wrong);
        }
    }

    private RowIssue onlyIssue(List<String> cells) {
        List<RowIssue> issues = parser.parse(row(cells)).issues();
        assertEquals(1, issues.size(), issues::toString);
        return issues.get(0);
    }

    private static List<String> valid() {
        return new ArrayList<>(Arrays.asList("王芳", ID, "138 0791 1234", "大学本科毕业", "社会工作", "是", "中共党员",
                "工会社会工作专业人才", "工会购买服务", EMPLOYER_CODE, "东湖区总工会", "2020-03-01",
                "职工思想动态、心理疏导与矛盾化解", "助理级二档"));
    }

    private static void set(List<String> cells, RosterColumn column, String value) {
        cells.set(column.index(), value);
    }

    private static SheetRow row(List<String> cells) {
        return new SheetRow(5, cells);
    }

    private static String id(String first17) {
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** A valid code from the registration part (authority, type, division: 8 characters) and an 8-digit organisation number. */
    private static String creditCode(String first16) {
        String organisation = first16.substring(8, 16);
        String first17 = first16.substring(0, 8) + organisation
                + CreditCode.organisationCodeCheckCharacter(organisation);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
