package org.unionworks.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.registry.model.Gender;
import org.unionworks.registry.model.ResidentId;

/**
 * Deterministic generator of plausible Chinese social workers for the demo seed (~20,000) and
 * the benchmark (2,000,000): the same seed and the same calls give the same people. Resident
 * IDs are valid and distinct within one generator (see {@link BirthSequenceSlots}); the other
 * fields follow the distributions of the sector: mostly women, born 1965–2003, mostly college
 * educated, about a third with a social-work degree among graduates. Not thread-safe: one
 * generator per thread.
 */
public final class SyntheticPeople {

    /** Shares of women among social workers are high; the demo uses about two thirds. */
    private static final int MALE_PERCENT = 35;

    /** Birth years 1965–2003, weighted to a workforce that is young but not only young. */
    private static final int[] YEAR_WEIGHTS = {
        1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 8, 9,
        9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 9, 9, 8, 7, 6, 4, 2};

    /**
     * GB/T 4658-2006: 14 master's graduate, 21 bachelor's graduate, 31 junior college graduate,
     * 41 secondary specialised school, 44 vocational senior school, 61 general senior school.
     */
    private static final WeightedChoice<String> EDUCATION = WeightedChoice.of(
            List.of("14", "21", "31", "41", "44", "61"), List.of(7, 45, 35, 5, 3, 5));

    static final String SOCIAL_WORK = "社会工作";
    private static final int SOCIAL_WORK_PERCENT = 30;

    private static final List<String> UNIVERSITY_MAJORS = List.of("法学", "汉语言文学", "心理学", "应用心理学", "行政管理",
            "人力资源管理", "会计学", "劳动与社会保障", "社会学", "公共事业管理", "思想政治教育", "工商管理", "新闻学", "教育学",
            "英语", "计算机科学与技术");
    private static final List<String> COLLEGE_MAJORS = List.of("法律事务", "人力资源管理", "会计", "行政管理", "文秘",
            "社区管理与服务", "心理咨询", "老年服务与管理", "电子商务", "计算机应用技术");
    private static final List<String> VOCATIONAL_MAJORS = List.of("会计事务", "文秘", "计算机应用", "电子商务",
            "社会保障事务", "市场营销");

    /**
     * The League admits members up to 28; the reference year keeps the generator independent
     * of the day it runs. Those born in or after 1996 were 28 or younger in 2024.
     */
    private static final int LEAGUE_AGE_BIRTH_YEARS_FROM = 1996;
    /** GB/T 4762: 01 中共党员, 02 中共预备党员, 03 共青团员, 13 群众. */
    private static final WeightedChoice<String> POLITICAL_STATUS_YOUNG = WeightedChoice.of(
            List.of("01", "02", "03", "13"), List.of(12, 5, 70, 13));
    private static final WeightedChoice<String> POLITICAL_STATUS_OLDER = WeightedChoice.of(
            List.of("01", "02", "13"), List.of(42, 1, 57));

    /** Mobile number segments of China Mobile, Unicom, Telecom and Broadnet in use for years. */
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
        "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
        "183", "184", "185", "186", "187", "188", "189", "191", "192", "193", "195", "196", "197", "198", "199"};

    private static final WeightedChoice<Integer> BIRTH_YEAR = birthYears();

    private static final List<String> BRANDS = List.of("心悦", "同心", "暖心", "阳光", "启航", "和谐", "益友", "春晖", "致远",
            "润心", "乐业", "安康", "同行", "明德", "善行", "惠民", "汇爱", "聚力", "携手", "彩虹", "晨曦", "知行", "仁爱", "众和",
            "温馨", "筑梦", "守望", "扬帆", "馨园", "连心");
    private static final List<String> KINDS = List.of("职工服务中心", "社会工作服务社", "职工法律服务中心", "社会工作服务中心",
            "职工心理服务中心", "职工帮扶服务中心");

    /** How many distinct names {@link #socialOrganisationName} gives per place (5,400). */
    static final long ORGANISATION_NAMES_PER_PLACE =
            (long) BRANDS.size() * KINDS.size() + (long) BRANDS.size() * (BRANDS.size() - 1) * KINDS.size();

    private final SplittableRandom random;
    private final BirthSequenceSlots slots;
    private final SyntheticNames names = new SyntheticNames();
    private final Set<String> checkedDivisions = new HashSet<>();

    public SyntheticPeople(long seed) {
        this.random = new SplittableRandom(seed);
        this.slots = new BirthSequenceSlots(BirthSequenceSlots.mix(seed ^ 0x5DEECE66DL));
    }

    private static WeightedChoice<Integer> birthYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = BirthSequenceSlots.FIRST_YEAR; y <= BirthSequenceSlots.LAST_YEAR; y++) {
            years.add(y);
        }
        return new WeightedChoice<>(years, YEAR_WEIGHTS);
    }

    /**
     * The next person registered in {@code divisionCode6}.
     *
     * @throws IllegalArgumentException when the code is not a GB/T 2260 province, city or county code
     * @throws IllegalStateException    when the division has no resident ID left (about 7 million per gender)
     */
    public SyntheticPerson next(String divisionCode6) {
        requireDivision(divisionCode6);
        Gender gender = random.nextInt(100) < MALE_PERCENT ? Gender.MALE : Gender.FEMALE;
        BirthSequenceSlots.Slot slot = slots.take(divisionCode6, BIRTH_YEAR.next(random), gender);
        LocalDate birthDate = slot.birthDate();
        String name = names.next(random, gender);
        String education = EDUCATION.next(random);
        // a master's degree is rare before 24, the age of those born 2000 in the 2024 reference year
        if ("14".equals(education) && birthDate.getYear() > 2000) {
            education = "21";
        }
        String major = major(education);
        String political = (birthDate.getYear() >= LEAGUE_AGE_BIRTH_YEARS_FROM
                ? POLITICAL_STATUS_YOUNG : POLITICAL_STATUS_OLDER).next(random);
        return new SyntheticPerson(name, residentId(divisionCode6, birthDate, slot.sequence()), gender, birthDate,
                mobile(), education, major, SOCIAL_WORK.equals(major), political);
    }

    private void requireDivision(String divisionCode6) {
        if (checkedDivisions.contains(divisionCode6)) {
            return;
        }
        if (!DivisionCode.isValid(divisionCode6) || DivisionCode.NATIONAL.value().equals(divisionCode6)) {
            throw new IllegalArgumentException("not a GB/T 2260 division code: " + divisionCode6);
        }
        checkedDivisions.add(divisionCode6);
    }

    private String major(String education) {
        return switch (education.charAt(0)) {
            case '1', '2' -> random.nextInt(100) < SOCIAL_WORK_PERCENT ? SOCIAL_WORK : pick(UNIVERSITY_MAJORS);
            case '3' -> random.nextInt(100) < SOCIAL_WORK_PERCENT ? SOCIAL_WORK : pick(COLLEGE_MAJORS);
            case '4' -> pick(VOCATIONAL_MAJORS);
            default -> null;
        };
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    static String residentId(String divisionCode6, LocalDate birthDate, int sequence) {
        char[] id = new char[ResidentId.LENGTH];
        divisionCode6.getChars(0, 6, id, 0);
        writeDigits(id, 6, birthDate.getYear(), 4);
        writeDigits(id, 10, birthDate.getMonthValue(), 2);
        writeDigits(id, 12, birthDate.getDayOfMonth(), 2);
        writeDigits(id, 14, sequence, 3);
        id[17] = ResidentId.checkCharacter(new String(id, 0, 17));
        return new String(id);
    }

    private String mobile() {
        char[] mobile = new char[11];
        MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)].getChars(0, 3, mobile, 0);
        writeDigits(mobile, 3, random.nextInt(100_000_000), 8);
        return new String(mobile);
    }

    private static void writeDigits(char[] target, int offset, int value, int width) {
        int v = value;
        for (int i = offset + width - 1; i >= offset; i--) {
            target[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }

    /**
     * A valid Unified Social Credit Code whose organisation code is "M" followed by the serial
     * in seven characters of the credit-code alphabet and its GB 11714 check character; codes
     * issued since 2015 look like this. Different serials give different codes.
     *
     * @param authority registration authority, e.g. '8' unions, '5' civil affairs, '9' market regulation
     * @param type      organisation type within the authority, e.g. '1' grassroots union, '2' private non-enterprise unit
     * @param serial    0 to 31^7 − 1
     */
    public static String creditCode(String divisionCode6, char authority, char type, long serial) {
        if (!DivisionCode.isValid(divisionCode6)) {
            throw new IllegalArgumentException("not a GB/T 2260 division code: " + divisionCode6);
        }
        int base = CreditCode.ALPHABET.length();
        char[] body = new char[8];
        body[0] = 'M';
        long rest = serial;
        for (int i = 7; i >= 1 && rest >= 0; i--) {
            body[i] = CreditCode.ALPHABET.charAt((int) (rest % base));
            rest /= base;
        }
        if (serial < 0 || rest != 0) {
            throw new IllegalArgumentException("serial outside 0 to 31^7 - 1: " + serial);
        }
        String organisationCode = new String(body) + CreditCode.organisationCodeCheckCharacter(new String(body));
        String first17 = "" + authority + type + divisionCode6 + organisationCode;
        return first17 + CreditCode.checkCharacter(first17);
    }

    /**
     * Names of worker-service social organisations: the place, a brand word or two, and the kind,
     * e.g. 东湖区心悦职工服务中心, 东湖区同心社会工作服务社. Different {@code n} give different names.
     *
     * @param n 0 to {@link #ORGANISATION_NAMES_PER_PLACE} − 1; one-word brands come first
     */
    public static String socialOrganisationName(String placeName, long n) {
        if (placeName == null || placeName.isBlank()) {
            throw new IllegalArgumentException("place name required");
        }
        if (n < 0 || n >= ORGANISATION_NAMES_PER_PLACE) {
            throw new IllegalArgumentException("n outside 0 to " + (ORGANISATION_NAMES_PER_PLACE - 1) + ": " + n);
        }
        int brands = BRANDS.size();
        long single = (long) brands * KINDS.size();
        if (n < single) {
            return placeName + BRANDS.get((int) (n % brands)) + KINDS.get((int) (n / brands));
        }
        long pairs = (long) brands * (brands - 1);
        long m = n - single;
        int pair = (int) (m % pairs);
        int first = pair / (brands - 1);
        int second = pair % (brands - 1);
        // skipping the first word keeps every pair of two different words, each once
        if (second >= first) {
            second++;
        }
        return placeName + BRANDS.get(first) + BRANDS.get(second) + KINDS.get((int) (m / pairs));
    }
}
