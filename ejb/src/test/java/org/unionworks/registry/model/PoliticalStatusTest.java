package org.unionworks.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.shared.model.DomainException;

class PoliticalStatusTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "01, CPC_MEMBER", "02, CPC_PROBATIONARY_MEMBER", "03, CYL_MEMBER",
            "04, RCCK_MEMBER", "05, CDL_MEMBER", "06, CNDCA_MEMBER", "07, CAPD_MEMBER",
            "08, CPWDP_MEMBER", "09, CZGP_MEMBER", "10, JIUSAN_SOCIETY_MEMBER", "11, TDSL_MEMBER",
            "12, NON_PARTY", "13, GENERAL_PUBLIC"})
    void codesFollowGbT4762(String code, PoliticalStatus expected) {
        assertSame(expected, PoliticalStatus.fromCode(code));
        assertEquals(code, expected.code());
    }

    @Test
    void thereAreThirteenCodesInTheStandardsOrder() {
        assertEquals(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13"),
                Arrays.stream(PoliticalStatus.values()).map(PoliticalStatus::code).toList());
    }

    @ParameterizedTest
    @EnumSource(PoliticalStatus.class)
    void fromCodeFindsEveryStatusByItsCode(PoliticalStatus status) {
        assertSame(status, PoliticalStatus.fromCode(status.code()));
    }

    @Test
    void fromCodeStripsSurroundingWhitespace() {
        assertSame(PoliticalStatus.CDL_MEMBER, PoliticalStatus.fromCode(" 05 "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "00", "14", "99", "1", "013", "1 3", "O1"})
    void rejectsCodesTheStandardDoesNotList(String code) {
        DomainException e = assertThrows(DomainException.class, () -> PoliticalStatus.fromCode(code));
        assertEquals("registry.politicalStatus.unknown", e.messageKey());
        assertEquals("Not a GB/T 4762-1984 political status code", e.getMessage(), "the same text whatever was rejected");
        assertEquals(0, e.arguments().length);
    }

    @Test
    void theEightDemocraticPartiesAreCodesFourToEleven() {
        assertEquals(List.of("04", "05", "06", "07", "08", "09", "10", "11"),
                Arrays.stream(PoliticalStatus.values()).filter(PoliticalStatus::isDemocraticParty)
                        .map(PoliticalStatus::code).toList());
    }

    @Test
    void labelKeyIsThePrefixAndTheName() {
        assertEquals("politicalStatus.NON_PARTY", PoliticalStatus.NON_PARTY.labelKey());
        assertEquals("politicalStatus.CPC_MEMBER", PoliticalStatus.CPC_MEMBER.labelKey());
    }
}
