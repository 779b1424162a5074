package org.unionworks.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.registry.model.Gender;
import org.unionworks.registry.model.ResidentId;

class SyntheticPeopleTest {

    private static final int PEOPLE = 200_000;
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final Pattern MOBILE = Pattern.compile("1(3\\d|4[57]|5[0-35-9]|66|7[35-8]|8\\d|9[1-35-9])\\d{8}");
    private static final Set<String> TERTIARY = Set.of("14", "21", "31");

    /** Statistics of one run of 200,000 people over the demo province's 26 districts. */
    private static final Map<String, Integer> counts = new HashMap<>();
    private static int distinctIds;
    private static final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void generateTwoHundredThousand() {
        List<String> districts = DemoProvince.CITIES.stream()
                .flatMap(c -> c.districts().stream()).map(DemoProvince.District::code).toList();
        SyntheticPeople people = new SyntheticPeople(2016L);
        Set<String> ids = new HashSet<>(PEOPLE * 2);
        for (int i = 0; i < PEOPLE; i++) {
            String division = districts.get(i % districts.size());
            SyntheticPerson p = people.next(division);
            ids.add(p.residentId());
            check(p, division);
        }
        distinctIds = ids.size();
    }

    private static void check(SyntheticPerson p, String division) {
        ResidentId id = ResidentId.parse(p.residentId(), TODAY);
        if (!id.divisionCode().equals(division) || id.gender() != p.gender() || !id.birthDate().equals(p.birthDate())) {
            problems.add("ID does not carry division, gender and birth date: " + id.masked());
        }
        int year = p.birthDate().getYear();
        if (year < 1965 || year > 2003) {
            problems.add("born " + year);
        }
        int sequence = Integer.parseInt(p.residentId().substring(14, 17));
        if (sequence < 1 || sequence > 995) {
            problems.add("sequence " + sequence);
        }
        if (!MOBILE.matcher(p.mobile()).matches()) {
            problems.add("mobile " + p.mobile().substring(0, 3));
        }
        int nameLength = p.name().length();
        if (nameLength < 2 || nameLength > 4 || !p.name().codePoints().allMatch(Character::isIdeographic)) {
            problems.add("name of length " + nameLength);
        }
        if (p.socialWorkMajor() != "社会工作".equals(p.major())) {
            problems.add("social work flag and major disagree");
        }
        boolean tertiary = TERTIARY.contains(p.educationCode());
        if (p.socialWorkMajor() && !tertiary) {
            problems.add("social work major without tertiary education");
        }
        if (("61".equals(p.educationCode())) != (p.major() == null)) {
            problems.add("major " + p.major() + " with education " + p.educationCode());
        }
        if ("03".equals(p.politicalStatusCode()) && year < 1996) {
            problems.add("League member born " + year);
        }
        count("gender." + p.gender());
        count("education." + p.educationCode());
        count("political." + p.politicalStatusCode());
        count("surname." + p.name().charAt(0));
        count("nameLength." + nameLength);
        count("prefix." + p.mobile().substring(0, 3));
        count("decade." + year / 10 * 10);
        if (tertiary) {
            count("tertiary");
            if (p.socialWorkMajor()) {
                count("tertiary.socialWork");
            }
        }
    }

    private static void count(String key) {
        counts.merge(key, 1, Integer::sum);
    }

    private static double share(String key) {
        return counts.getOrDefault(key, 0) / (double) PEOPLE;
    }

    @Test
    void twoHundredThousandPeopleHaveValidDistinctResidentIds() {
        assertEquals(PEOPLE, distinctIds);
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
    }

    @Test
    void aboutTwoThirdsAreWomen() {
        assertEquals(0.65, share("gender.FEMALE"), 0.01);
        assertEquals(0.35, share("gender.MALE"), 0.01);
    }

    @Test
    void educationFollowsTheGivenDistributionOfGenuineGbt4658Codes() {
        assertEquals(Set.of("education.14", "education.21", "education.31", "education.41", "education.44",
                "education.61"), keysStartingWith("education."));
        assertEquals(0.07, share("education.14"), 0.01);
        assertEquals(0.45, share("education.21"), 0.01);
        assertEquals(0.35, share("education.31"), 0.01);
        assertEquals(0.13, share("education.41") + share("education.44") + share("education.61"), 0.01);
    }

    @Test
    void aboutThirtyPercentOfGraduatesStudiedSocialWork() {
        double ratio = counts.get("tertiary.socialWork") / (double) counts.get("tertiary");
        assertEquals(0.30, ratio, 0.01);
    }

    @Test
    void politicalStatusIsPartyMemberLeagueMemberOrNone() {
        assertEquals(Set.of("political.01", "political.02", "political.03", "political.13"), keysStartingWith("political."));
        assertEquals(0.35, share("political.01"), 0.03);
        assertEquals(0.15, share("political.03"), 0.03);
        assertEquals(0.47, share("political.13"), 0.05);
    }

    @Test
    void commonSurnamesAreCommonAndAboutAHundredOccur() {
        // 王, 李 and 张 are each about 7 % of the population; the top hundred cover about 85 %
        for (String surname : List.of("王", "李", "张")) {
            assertEquals(0.08, share("surname." + surname), 0.02, surname);
        }
        assertTrue(share("surname.王") > share("surname.赵"));
        int surnames = keysStartingWith("surname.").size();
        assertTrue(surnames >= 95 && surnames <= 101, "surnames seen: " + surnames);
    }

    @Test
    void mostGivenNamesHaveTwoCharacters() {
        // 欧阳 makes a few four-character names
        double oneCharacter = share("nameLength.2");
        assertEquals(0.20, oneCharacter, 0.02);
        assertEquals(0.80, share("nameLength.3") + share("nameLength.4"), 0.02);
    }

    @Test
    void birthYearsSpreadOverTheWholeWorkingLife() {
        assertEquals(Set.of("decade.1960", "decade.1970", "decade.1980", "decade.1990", "decade.2000"),
                keysStartingWith("decade."));
        assertTrue(share("decade.1980") + share("decade.1990") > 0.5);
        assertTrue(share("decade.1960") > 0.01);
    }

    @Test
    void mobilesUseManyRealSegments() {
        assertTrue(keysStartingWith("prefix.").size() > 30);
        assertTrue(keysStartingWith("prefix.").stream().noneMatch(k -> k.startsWith("prefix.10") || k.startsWith("prefix.12")));
    }

    private static Set<String> keysStartingWith(String prefix) {
        Set<String> keys = new HashSet<>();
        counts.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
        return keys;
    }

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
        SyntheticPeople a = new SyntheticPeople(42L);
        SyntheticPeople b = new SyntheticPeople(42L);
        SyntheticPeople c = new SyntheticPeople(43L);
        int same = 0;
        for (int i = 0; i < 1000; i++) {
            String division = i % 2 == 0 ? "360102" : "361130";
            SyntheticPerson first = a.next(division);
            assertEquals(first, b.next(division));
            if (first.residentId().equals(c.next(division).residentId())) {
                same++;
            }
        }
        assertEquals(0, same);
    }

    @Test
    void oneDivisionAloneGivesDistinctIdsWellBeyondTheDemoSize() {
        SyntheticPeople people = new SyntheticPeople(7L);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(people.next("360102").residentId());
        }
        assertEquals(100_000, ids.size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"100000", "190000", "36010", "3601020", "360001", "36O102"})
    void divisionCodesMustBeGbt2260Codes(String division) {
        SyntheticPeople people = new SyntheticPeople(1L);
        assertThrows(IllegalArgumentException.class, () -> people.next(division));
    }

    @Test
    void cityAndProvinceCodesAreAccepted() {
        SyntheticPeople people = new SyntheticPeople(1L);
        assertTrue(people.next("360100").residentId().startsWith("360100"));
        assertTrue(people.next("360000").residentId().startsWith("360000"));
    }

    @Test
    void toStringShowsNoPersonalData() {
        SyntheticPerson p = new SyntheticPeople(3L).next("360102");
        String text = p.toString();
        assertFalse(text.contains(p.name()), text);
        assertFalse(text.contains(p.residentId()), text);
        assertFalse(text.contains(p.mobile()), text);
        assertFalse(text.contains(p.birthDate().toString()), text);
        assertTrue(text.contains("educationCode=" + p.educationCode()), text);
    }

    @Test
    void residentIdAssemblesTheStandardsExample() {
        // check character worked out by hand in ResidentIdTest: sum 167, remainder 2 → X
        assertEquals("11010519491231002X", SyntheticPeople.residentId("110105", LocalDate.of(1949, 12, 31), 2));
        assertEquals("360102199003071236", SyntheticPeople.residentId("360102", LocalDate.of(1990, 3, 7), 123));
        assertEquals("360102190001010017", SyntheticPeople.residentId("360102", LocalDate.of(1900, 1, 1), 1));
    }

    @Test
    void creditCodeOfSerialZeroWorkedByHand() {
        // organisation code M0000000: M = 22, 22·3 = 66, 66 mod 11 = 0, 11 − 0 = 11 → 0;
        // 8·1 + 1·3 + 3·9 + 6·27 + 1·26 + 2·17 + M(21)·20 = 680, 680 mod 31 = 29, 31 − 29 = 2 → 2
        assertEquals("81360102M000000002", SyntheticPeople.creditCode("360102", '8', '1', 0));
        // M0000001: 66 + 1·2 = 68, 68 mod 11 = 2 → 9; 680 + 1·30 + 9·28 = 962, mod 31 = 1, 31 − 1 = 30 → Y
        assertEquals("81360102M00000019Y", SyntheticPeople.creditCode("360102", '8', '1', 1));
    }

    @Test
    void creditCodesAreValidDistinctAndCarryTheirParts() {
        Set<String> codes = new HashSet<>();
        for (long serial = 0; serial < 20_000; serial++) {
            String raw = SyntheticPeople.creditCode("360102", '5', '2', serial * 7919);
            CreditCode code = CreditCode.parse(raw);
            assertEquals('5', code.registrationAuthority());
            assertEquals('2', code.organisationType());
            assertEquals("360102", code.divisionCode());
            String organisation = code.organisationCode();
            assertEquals(organisation.charAt(8), CreditCode.organisationCodeCheckCharacter(organisation.substring(0, 8)));
            codes.add(raw);
        }
        assertEquals(20_000, codes.size());
        assertTrue(CreditCode.parse(SyntheticPeople.creditCode("360000", 'Y', '1', 5)).registrationAuthority() == 'Y');
        CreditCode.parse(SyntheticPeople.creditCode("360102", '8', '1', 27_512_614_110L));
    }

    @Test
    void creditCodeRefusesWhatCannotBeACode() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticPeople.creditCode("360102", '8', '1', -1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticPeople.creditCode("360102", '8', '1', 27_512_614_111L));
        assertThrows(IllegalArgumentException.class, () -> SyntheticPeople.creditCode("360102", 'I', '1', 1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticPeople.creditCode("360102", '8', 'o', 1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticPeople.creditCode("36010", '8', '1', 1));
    }

    @Test
    void organisationNamesFollowTheExamples() {
        assertEquals("东湖区心悦职工服务中心", SyntheticPeople.socialOrganisationName("东湖区", 0));
        assertEquals("东湖区同心职工服务中心", SyntheticPeople.socialOrganisationName("东湖区", 1));
        assertEquals("东湖区心悦社会工作服务社", SyntheticPeople.socialOrganisationName("东湖区", 30));
        assertEquals("东湖区心悦职工法律服务中心", SyntheticPeople.socialOrganisationName("东湖区", 60));
        assertEquals("东湖区心悦同心职工服务中心", SyntheticPeople.socialOrganisationName("东湖区", 180));
        assertEquals("东湖区同心心悦职工服务中心", SyntheticPeople.socialOrganisationName("东湖区", 180 + 29));
    }

    @Test
    void everyNumberGivesItsOwnNameUpToTheLimit() {
        Set<String> names = new HashSet<>();
        for (long n = 0; n < 5400; n++) {
            String name = SyntheticPeople.socialOrganisationName("婺源县", n);
            assertTrue(name.startsWith("婺源县"));
            names.add(name);
        }
        assertEquals(5400, names.size());
        assertEquals(5400, SyntheticPeople.ORGANISATION_NAMES_PER_PLACE);
        assertThrows(IllegalArgumentException.class, () -> SyntheticPeople.socialOrganisationName("婺源县", 5400));
        assertThrows(IllegalArgumentException.class, () -> SyntheticPeople.socialOrganisationName("婺源县", -1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticPeople.socialOrganisationName(" ", 0));
        assertThrows(IllegalArgumentException.class, () -> SyntheticPeople.socialOrganisationName(null, 0));
    }

    @Test
    void differentPeopleDifferInMoreThanTheirId() {
        SyntheticPeople people = new SyntheticPeople(11L);
        SyntheticPerson a = people.next("360102");
        SyntheticPerson b = people.next("360102");
        assertNotEquals(a.residentId(), b.residentId());
        assertNotEquals(a.mobile(), b.mobile());
    }

    @Test
    void highSchoolGraduatesHaveNoMajor() {
        SyntheticPeople people = new SyntheticPeople(5L);
        for (int i = 0; i < 2000; i++) {
            SyntheticPerson p = people.next("360102");
            if ("61".equals(p.educationCode())) {
                assertNull(p.major());
                return;
            }
        }
        throw new AssertionError("no senior school graduate among 2,000 people");
    }
}
