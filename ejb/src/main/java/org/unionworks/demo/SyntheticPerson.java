package org.unionworks.demo;

import java.time.LocalDate;
import org.unionworks.registry.model.Gender;

/**
 * One made-up professional for the demo seed and the benchmark.
 *
 * @param educationCode       GB/T 4658-2006 two-digit code of the highest education (14, 21, 31, 41, 44, 61)
 * @param major               field of study; {@code null} for general senior secondary school (61), which has none
 * @param socialWorkMajor     whether the major is social work at tertiary level (the guideline's "专业" share)
 * @param politicalStatusCode GB/T 4762 code: 01 party member, 02 probationary member, 03 League member, 13 none
 */
public record SyntheticPerson(String name, String residentId, Gender gender, LocalDate birthDate, String mobile,
                              String educationCode, String major, boolean socialWorkMajor,
                              String politicalStatusCode) {

    /** Made-up, but shaped like personal data and logged like it: no name, ID, birth date or mobile. */
    @Override
    public String toString() {
        return "SyntheticPerson[educationCode=" + educationCode + ", socialWorkMajor=" + socialWorkMajor
                + ", politicalStatusCode=" + politicalStatusCode + "]";
    }
}
