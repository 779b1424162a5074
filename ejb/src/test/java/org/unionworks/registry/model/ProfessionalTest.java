package org.unionworks.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.Occupancy;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.shared.model.DomainException;

class ProfessionalTest {

    /** A published sample number: born 1949-12-31, 17th digit 2 (female). */
    private static final ResidentId SAMPLE = ResidentId.parse("11010519491231002X");
    private static final SealedValue SEALED = new SealedValue("k1:cipher", "index-1", SAMPLE.masked());

    private final OrgUnit city = OrgUnit.root(OrgUnitType.CITY, "南昌市总工会", DivisionCode.of("360100"));
    private final OrgUnit county = city.foundChild(OrgUnitType.COUNTY, "东湖区总工会", DivisionCode.of("360102"), null);
    private final OrgUnit street = county.foundChild(OrgUnitType.STREET, "公园街道工会", DivisionCode.of("360102"), 5_000L);
    private final Post streetPost = new Post(street, "法律援助岗", ServiceField.LEGAL_AID_MEDIATION, PostGrade.ASSISTANT_1,
            LocalDate.of(2017, 1, 1));
    private final Post countyPost = new Post(county, "集体协商指导岗", ServiceField.ORGANISING_BARGAINING,
            PostGrade.INTERMEDIATE_1, LocalDate.of(2017, 1, 1));

    private static Profile profile(String name) {
        return new Profile(name, EducationLevel.fromCode("21"), "社会工作", true, null, ProfessionalCategory.SOCIAL_WORKER);
    }

    private Professional registered() {
        return Professional.register(profile("张晓红"), SAMPLE, SEALED, street, Employment.of(EmploymentMode.DIRECT_HIRE, null),
                LocalDate.of(2018, 3, 1), RecordSource.ENTERED, "official");
    }

    @Test
    void registrationDerivesBirthDateAndGenderFromTheIdAndStoresOnlyTheSealedForm() {
        Professional p = registered();
        assertEquals(LocalDate.of(1949, 12, 31), p.getBirthDate());
        assertEquals(Gender.FEMALE, p.getGender());
        assertEquals("110***********002X", p.getResidentIdMasked());
        assertEquals("k1:cipher", p.getResidentIdCipher());
        assertEquals("index-1", p.getResidentIdIndex());
        assertSame(street, p.getOrgUnit());
        assertEquals(ProfessionalStatus.ACTIVE, p.getStatus());
        assertTrue(p.getPostings().isEmpty());
    }

    @Test
    void purchasedServiceNeedsAnEmployerAndNobodyElseHasOne() {
        assertEquals("registry.employment.employerRequired", assertThrows(DomainException.class,
                () -> Employment.of(EmploymentMode.PURCHASED_SERVICE, null)).messageKey());
        SocialOrganization org = new SocialOrganization("心悦职工服务中心", CreditCode.parse(validCreditCode()), city, null,
                LocalDate.of(2015, 5, 1));
        assertEquals("registry.employment.employerNotAllowed", assertThrows(DomainException.class,
                () -> Employment.of(EmploymentMode.DIRECT_HIRE, org)).messageKey());
        org.changeStatus(SocialOrgStatus.DEREGISTERED, LocalDate.of(2020, 1, 1));
        assertEquals("registry.employment.employerInactive", assertThrows(DomainException.class,
                () -> Professional.register(profile("张晓红"), SAMPLE, SEALED, street,
                        Employment.of(EmploymentMode.PURCHASED_SERVICE, org), LocalDate.of(2018, 3, 1),
                        RecordSource.ENTERED, "official")).messageKey());
    }

    @Test
    void namesAndDatesAreChecked() {
        assertEquals("registry.name.invalid", assertThrows(DomainException.class,
                () -> Professional.register(profile("张"), SAMPLE, SEALED, street,
                        Employment.of(EmploymentMode.DIRECT_HIRE, null), LocalDate.of(2018, 3, 1), RecordSource.ENTERED,
                        "x")).messageKey());
        assertEquals("registry.joinedOn.invalid", assertThrows(DomainException.class,
                () -> Professional.register(profile("张晓红"), SAMPLE, SEALED, street,
                        Employment.of(EmploymentMode.DIRECT_HIRE, null), LocalDate.now().plusDays(1), RecordSource.ENTERED,
                        "x")).messageKey());
        assertEquals("registry.joinedOn.tooYoung", assertThrows(DomainException.class,
                () -> Professional.register(profile("张晓红"), SAMPLE, SEALED, street,
                        Employment.of(EmploymentMode.DIRECT_HIRE, null), LocalDate.of(1960, 1, 1), RecordSource.ENTERED,
                        "x")).messageKey());
    }

    @Test
    void aTransferEndsTheCurrentPostingTheSameDayAndTheHomeUnitFollowsThePost() {
        Professional p = registered();
        Employment direct = Employment.of(EmploymentMode.DIRECT_HIRE, null);
        Posting first = p.postTo(streetPost, LocalDate.of(2018, 3, 1), PostingReason.NEW_HIRE, direct, "official");
        Posting second = p.postTo(countyPost, LocalDate.of(2021, 7, 1), PostingReason.TRANSFER, direct, "official");

        assertEquals(LocalDate.of(2021, 7, 1), first.getEndDate());
        assertEquals(PostingReason.TRANSFER, first.getEndReason());
        assertTrue(second.isOpen());
        assertTrue(streetPost.isVacant());
        assertSame(p, countyPost.getHolder());
        assertSame(county, p.getOrgUnit());
        assertEquals(ServiceField.ORGANISING_BARGAINING, p.getServiceField());
        assertTrue(first.isActiveOn(LocalDate.of(2021, 6, 30)));
        assertFalse(first.isActiveOn(LocalDate.of(2021, 7, 1)));
        assertTrue(second.isActiveOn(LocalDate.of(2021, 7, 1)));
    }

    @Test
    void theRecordKeepsTheDivisionsOfItsUnitAtEachLevelWhereverThePersonIsPlaced() {
        Professional p = registered();
        assertEquals(List.of(DivisionCode.NATIONAL, DivisionCode.of("360000"), DivisionCode.of("360100"),
                DivisionCode.of("360102")), divisions(p), "registered at a street of 东湖区");
        Post cityPost = new Post(city, "综合服务岗", ServiceField.ORGANISING_BARGAINING, PostGrade.INTERMEDIATE_1,
                LocalDate.of(2017, 1, 1));
        p.postTo(cityPost, LocalDate.of(2021, 7, 1), PostingReason.TRANSFER,
                Employment.of(EmploymentMode.DIRECT_HIRE, null), "official");
        assertEquals(Arrays.asList(DivisionCode.NATIONAL, DivisionCode.of("360000"), DivisionCode.of("360100"), null),
                divisions(p), "the city union's own people lie in no county");
    }

    private static List<DivisionCode> divisions(Professional p) {
        return Arrays.stream(DivisionCode.Level.values()).map(p::divisionAt).toList();
    }

    @Test
    void postingsCannotOverlapAPostHolderOrPrecedeJoining() {
        Professional p = registered();
        Employment direct = Employment.of(EmploymentMode.DIRECT_HIRE, null);
        assertEquals("registry.posting.beforeJoining", assertThrows(DomainException.class,
                () -> p.postTo(streetPost, LocalDate.of(2018, 2, 28), PostingReason.NEW_HIRE, direct, "o")).messageKey());
        p.postTo(streetPost, LocalDate.of(2018, 3, 1), PostingReason.NEW_HIRE, direct, "o");
        assertEquals("registry.posting.samePost", assertThrows(DomainException.class,
                () -> p.postTo(streetPost, LocalDate.of(2019, 1, 1), PostingReason.TRANSFER, direct, "o")).messageKey());

        Professional other = Professional.register(profile("李明"), ResidentId.parse(sampleMale()), new SealedValue("c", "i2", "m"),
                street, direct, LocalDate.of(2019, 1, 1), RecordSource.ENTERED, "o");
        assertEquals("registry.post.occupied", assertThrows(DomainException.class,
                () -> other.postTo(streetPost, LocalDate.of(2019, 1, 1), PostingReason.NEW_HIRE, direct, "o")).messageKey());
    }

    @Test
    void leavingEndsThePostingFreesThePostAndKeepsTheRecord() {
        Professional p = registered();
        p.postTo(streetPost, LocalDate.of(2018, 3, 1), PostingReason.NEW_HIRE, Employment.of(EmploymentMode.DIRECT_HIRE, null), "o");
        p.leave(LocalDate.of(2022, 12, 31), LeaveReason.RESIGNED);

        assertEquals(ProfessionalStatus.LEFT, p.getStatus());
        assertEquals(PostingReason.DEPARTURE, p.getPostings().get(0).getEndReason());
        assertTrue(streetPost.isVacant());
        assertNull(p.getCurrentPost());
        assertTrue(p.isInWorkforceOn(LocalDate.of(2022, 12, 30)));
        assertFalse(p.isInWorkforceOn(LocalDate.of(2022, 12, 31)));
        assertEquals("registry.professional.notActive", assertThrows(DomainException.class,
                () -> p.leave(LocalDate.of(2023, 1, 1), LeaveReason.OTHER)).messageKey());
        assertEquals("registry.professional.notActive", assertThrows(DomainException.class,
                () -> p.postTo(countyPost, LocalDate.of(2023, 1, 1), PostingReason.NEW_HIRE,
                        Employment.of(EmploymentMode.DIRECT_HIRE, null), "o")).messageKey());
    }

    @Test
    void aProfileCorrectionReportsExactlyTheChangedFields() {
        Professional p = registered();
        Set<String> changed = p.updateProfile(new Profile(" 张晓红 ", EducationLevel.fromCode("14"), "社会工作", true,
                PoliticalStatus.fromCode("01"), ProfessionalCategory.SOCIAL_WORKER));
        assertEquals(Set.of("education", "politicalStatus"), changed);
        assertTrue(p.updateProfile(new Profile("张晓红", EducationLevel.fromCode("14"), "社会工作", true,
                PoliticalStatus.fromCode("01"), ProfessionalCategory.SOCIAL_WORKER)).isEmpty());
    }

    @Test
    void redescribingAHeldPostMovesTheHoldersServiceFieldButNotThePostingsHistory() {
        Professional p = registered();
        Posting posting = p.postTo(streetPost, LocalDate.of(2018, 3, 1), PostingReason.NEW_HIRE,
                Employment.of(EmploymentMode.DIRECT_HIRE, null), "o");
        assertEquals(Set.of(), streetPost.describe("法律援助岗", ServiceField.LEGAL_AID_MEDIATION, PostGrade.ASSISTANT_1));

        Set<String> changed = streetPost.describe("心理疏导岗", ServiceField.COUNSELLING, PostGrade.ASSISTANT_1);
        assertEquals(Set.of("field.postTitle", "field.serviceField"), changed);
        assertEquals(ServiceField.COUNSELLING, p.getServiceField(), "the list filters on the holder's copy");
        assertEquals(ServiceField.LEGAL_AID_MEDIATION, posting.getServiceField(), "the posting keeps its history");

        p.endPosting(LocalDate.of(2020, 1, 1), PostingReason.DEPARTURE);
        streetPost.describe("心理疏导岗", ServiceField.MIGRANT_TRAINING, PostGrade.ASSISTANT_2);
        assertNull(p.getServiceField(), "a former holder is not touched");
    }

    @Test
    void correctingTheEmploymentAlsoCorrectsTheOpenPosting() {
        Professional p = registered();
        p.postTo(streetPost, LocalDate.of(2018, 3, 1), PostingReason.NEW_HIRE, Employment.of(EmploymentMode.DIRECT_HIRE, null), "o");
        assertTrue(p.changeEmployment(Employment.of(EmploymentMode.UNION_STAFF, null)));
        assertEquals(EmploymentMode.UNION_STAFF, p.getPostings().get(0).getEmploymentMode());
        assertFalse(p.changeEmployment(Employment.of(EmploymentMode.UNION_STAFF, null)));
    }

    @Test
    void theHomeUnitOfAPostedProfessionalChangesOnlyThroughAPosting() {
        Professional p = registered();
        p.postTo(streetPost, LocalDate.of(2018, 3, 1), PostingReason.NEW_HIRE, Employment.of(EmploymentMode.DIRECT_HIRE, null), "o");
        assertEquals("registry.orgUnit.postedElsewhere", assertThrows(DomainException.class, () -> p.assignTo(county)).messageKey());
    }

    @Test
    void aHeldPostCannotBeAbolishedAndAnAbolishedOneTakesNobody() {
        Professional p = registered();
        p.postTo(streetPost, LocalDate.of(2018, 3, 1), PostingReason.NEW_HIRE, Employment.of(EmploymentMode.DIRECT_HIRE, null), "o");
        assertEquals("registry.post.stillHeld", assertThrows(DomainException.class,
                () -> streetPost.abolish(LocalDate.of(2020, 1, 1))).messageKey());
        countyPost.abolish(LocalDate.of(2020, 1, 1));
        assertEquals("registry.post.abolished", assertThrows(DomainException.class,
                () -> p.postTo(countyPost, LocalDate.of(2021, 1, 1), PostingReason.TRANSFER,
                        Employment.of(EmploymentMode.DIRECT_HIRE, null), "o")).messageKey());
    }

    @Test
    void aMergedUnitKeepsItsHistoryButTakesNoNewPosts() {
        OrgUnit other = county.foundChild(OrgUnitType.STREET, "滕王阁街道工会", DivisionCode.of("360102"), 3_000L);
        street.mergeInto(other, LocalDate.of(2024, 1, 1), Occupancy.NONE, "o");
        assertTrue(street.isActiveOn(LocalDate.of(2023, 12, 31)));
        assertFalse(street.isActiveOn(LocalDate.of(2024, 1, 1)));
        assertSame(other, street.getSuccessor());
        assertEquals("registry.orgUnit.dissolved", assertThrows(DomainException.class,
                () -> new Post(street, "新岗位", ServiceField.COUNSELLING, PostGrade.ASSISTANT_1, LocalDate.of(2024, 2, 1))).messageKey());
        assertEquals("organization.merge.invalidTarget", assertThrows(DomainException.class,
                () -> other.mergeInto(county, LocalDate.of(2024, 6, 1), Occupancy.NONE, "o")).messageKey());
        assertEquals("organization.alreadyEnded", assertThrows(DomainException.class,
                () -> street.dissolve(LocalDate.of(2025, 1, 1), Occupancy.NONE, "o")).messageKey());
    }

    /** 110105 + 1990-01-01 + 001 (odd: male) + its check character. */
    private static String sampleMale() {
        String first17 = "11010519900101001";
        return first17 + ResidentId.checkCharacter(first17);
    }

    private static String validCreditCode() {
        String first17 = "52360100MJA000001";
        return first17 + CreditCode.checkCharacter(first17);
    }
}
