package org.unionworks.registry.model;

import org.unionworks.shared.model.CodeTable;
import org.unionworks.shared.model.DomainException;

/**
 * Record of formal schooling (学历), coded per GB/T 4658-2006 《学历代码》. The first digit is the
 * category (研究生 / 本科 / 专科 / 中职 / 高中 / 初中 / 小学 / 其他); the second says whether the
 * person graduated (毕业), completed without a diploma (结业) or left early (肄业). A category
 * code on its own is a valid value too: old records often know the level but not the outcome.
 * <p>
 * The gaps are the standard's, not omissions: there is no 24–27, 29, 34–39, 5x, 64–69, 72 or 82.
 * Codes of the 1984 edition (GB 4658-84: 50 技工学校, 90 文盲或半文盲 …) mean something else or
 * nothing here, so old data needs an explicit migration, not this lookup.
 * Labels: {@code education.<code>} in the {@code org.unionworks.i18n.labels} bundle.
 */
public enum EducationLevel {
    POSTGRADUATE("10"),
    DOCTORAL_GRADUATED("11"),
    DOCTORAL_COMPLETED("12"),
    DOCTORAL_UNFINISHED("13"),
    MASTER_GRADUATED("14"),
    MASTER_COMPLETED("15"),
    MASTER_UNFINISHED("16"),
    POSTGRADUATE_CLASS_GRADUATED("17"),
    POSTGRADUATE_CLASS_COMPLETED("18"),
    POSTGRADUATE_CLASS_UNFINISHED("19"),

    UNDERGRADUATE("20"),
    UNDERGRADUATE_GRADUATED("21"),
    UNDERGRADUATE_COMPLETED("22"),
    UNDERGRADUATE_UNFINISHED("23"),
    /** 大学普通班: the university classes of the 1970s admitted by recommendation, filed under undergraduate. */
    UNIVERSITY_ORDINARY_CLASS_GRADUATED("28"),

    JUNIOR_COLLEGE("30"),
    JUNIOR_COLLEGE_GRADUATED("31"),
    JUNIOR_COLLEGE_COMPLETED("32"),
    JUNIOR_COLLEGE_UNFINISHED("33"),

    SECONDARY_VOCATIONAL("40"),
    SECONDARY_SPECIALISED_GRADUATED("41"),
    SECONDARY_SPECIALISED_COMPLETED("42"),
    SECONDARY_SPECIALISED_UNFINISHED("43"),
    VOCATIONAL_HIGH_GRADUATED("44"),
    VOCATIONAL_HIGH_COMPLETED("45"),
    VOCATIONAL_HIGH_UNFINISHED("46"),
    SKILLED_WORKER_SCHOOL_GRADUATED("47"),
    SKILLED_WORKER_SCHOOL_COMPLETED("48"),
    SKILLED_WORKER_SCHOOL_UNFINISHED("49"),

    SENIOR_HIGH("60"),
    SENIOR_HIGH_GRADUATED("61"),
    SENIOR_HIGH_COMPLETED("62"),
    SENIOR_HIGH_UNFINISHED("63"),

    JUNIOR_HIGH("70"),
    JUNIOR_HIGH_GRADUATED("71"),
    JUNIOR_HIGH_UNFINISHED("73"),

    PRIMARY("80"),
    PRIMARY_GRADUATED("81"),
    PRIMARY_UNFINISHED("83"),

    OTHER("90");

    public static final String UNKNOWN = "registry.education.unknown";

    private static final CodeTable<EducationLevel> TABLE =
            CodeTable.of(values(), EducationLevel::code, UNKNOWN, "Not a GB/T 4658-2006 education code");

    private final String code;

    EducationLevel(String code) {
        this.code = code;
    }

    /**
     * @throws DomainException {@value #UNKNOWN} for a code GB/T 4658-2006 does not list; the code
     *         itself stays out of the message, being part of a person's record
     */
    public static EducationLevel fromCode(String code) {
        return TABLE.find(code);
    }

    /** The two-digit GB/T 4658-2006 code. */
    public String code() {
        return code;
    }

    /** The top-level entry (10, 20, 30, 40, 60, 70, 80 or 90) this code belongs to; a category is its own. */
    public EducationLevel category() {
        return TABLE.find(code.charAt(0) + "0");
    }

    public boolean isCategory() {
        return category() == this;
    }

    /** Higher education: postgraduate, undergraduate or junior college (专科 and above). */
    public boolean isTertiary() {
        EducationLevel category = category();
        return category == POSTGRADUATE || category == UNDERGRADUATE || category == JUNIOR_COLLEGE;
    }

    public String labelKey() {
        return "education." + code;
    }
}
