package org.unionworks.registry.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.Gender;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.ServiceField;

/** List items as the repository returns them, and reading an exported workbook back. */
final class ExportFixtures {

    static final String MASKED_ID = "360***********123X";
    static final String MASKED_PHONE = "139****5678";
    /** A name a spreadsheet would run as a formula if it were written as it is. */
    static final String FORMULA_NAME = "=cmd|' /C calc'!A0";

    private ExportFixtures() {
    }

    static ProfessionalListItem item(long id, String name) {
        return new ProfessionalListItem(id, name, MASKED_ID, Gender.FEMALE, LocalDate.of(1986, 4, 2), MASKED_PHONE,
                10L, "八一街道总工会", EmploymentMode.PURCHASED_SERVICE, "阳光社工中心", ServiceField.COUNSELLING,
                "心理疏导岗", EducationLevel.fromCode("21"), ProfessionalCategory.SOCIAL_WORKER, ProfessionalStatus.ACTIVE,
                LocalDate.of(2020, 5, 1), null);
    }

    /** A person with no phone, post or service field on record. */
    static ProfessionalListItem bareItem(long id, String name) {
        return new ProfessionalListItem(id, name, MASKED_ID, Gender.MALE, LocalDate.of(1979, 1, 1), null, 10L,
                "八一街道总工会", EmploymentMode.DIRECT_HIRE, null, null, null, EducationLevel.fromCode("21"),
                ProfessionalCategory.BARGAINING_INSTRUCTOR, ProfessionalStatus.LEFT, LocalDate.of(2018, 1, 1),
                LocalDate.of(2024, 6, 30));
    }

    static XSSFWorkbook workbook(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
