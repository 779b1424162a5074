package org.unionworks.registry.model;

import org.unionworks.shared.model.CodeTable;
import org.unionworks.shared.model.DomainException;

/**
 * Political status (政治面貌), coded per GB/T 4762-1984 《政治面貌代码》: the CPC, the Youth League,
 * the eight democratic parties in the standard's order (04–11), non-party personages (12) and
 * the general public (13). Labels: {@code politicalStatus.<NAME>} in the
 * {@code org.unionworks.i18n.labels} bundle, in the standard's short forms.
 */
public enum PoliticalStatus {
    /** 中国共产党党员. */
    CPC_MEMBER("01"),
    /** 中国共产党预备党员. */
    CPC_PROBATIONARY_MEMBER("02"),
    /** 中国共产主义青年团团员. */
    CYL_MEMBER("03"),
    /** 中国国民党革命委员会会员 (民革). */
    RCCK_MEMBER("04"),
    /** 中国民主同盟盟员 (民盟). */
    CDL_MEMBER("05"),
    /** 中国民主建国会会员 (民建). */
    CNDCA_MEMBER("06"),
    /** 中国民主促进会会员 (民进). */
    CAPD_MEMBER("07"),
    /** 中国农工民主党党员 (农工党). */
    CPWDP_MEMBER("08"),
    /** 中国致公党党员 (致公党). */
    CZGP_MEMBER("09"),
    /** 九三学社社员. */
    JIUSAN_SOCIETY_MEMBER("10"),
    /** 台湾民主自治同盟盟员 (台盟). */
    TDSL_MEMBER("11"),
    /** 无党派民主人士. */
    NON_PARTY("12"),
    /** 群众. */
    GENERAL_PUBLIC("13");

    public static final String UNKNOWN = "registry.politicalStatus.unknown";

    private static final CodeTable<PoliticalStatus> TABLE =
            CodeTable.of(values(), PoliticalStatus::code, UNKNOWN, "Not a GB/T 4762-1984 political status code");

    private final String code;

    PoliticalStatus(String code) {
        this.code = code;
    }

    /**
     * @throws DomainException {@value #UNKNOWN} for a code GB/T 4762-1984 does not list; the code
     *         itself stays out of the message, being part of a person's record
     */
    public static PoliticalStatus fromCode(String code) {
        return TABLE.find(code);
    }

    /** The two-digit GB/T 4762-1984 code, leading zero included. */
    public String code() {
        return code;
    }

    /** Member of one of the eight democratic parties (民主党派). */
    public boolean isDemocraticParty() {
        return compareTo(RCCK_MEMBER) >= 0 && compareTo(TDSL_MEMBER) <= 0;
    }

    public String labelKey() {
        return "politicalStatus." + name();
    }
}
