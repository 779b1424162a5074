package org.unionworks.certification.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.registry.model.Professional;

/** Certificates, registrations, appointments, assessments and standings, always within the caller's scope. */
public interface CertificationRepository {

    Optional<Certificate> findCertificate(OrgScope scope, long id);

    Optional<Registration> findRegistration(OrgScope scope, long id);

    List<Certificate> certificatesOf(Professional professional);

    List<Appointment> appointmentsOf(Professional professional);

    List<PracticeAssessment> assessmentsOf(Professional professional);

    Optional<CertificationStanding> standingOf(Professional professional);

    boolean numberTaken(String certificateNumber);

    /** The certificates on record under any of the numbers (in any scope: numbers are unique nationwide). */
    List<Certificate> certificatesByNumbers(Collection<String> numbers);

    void add(Certificate certificate);

    void add(Appointment appointment);

    void add(PracticeAssessment assessment);

    void add(CertificationStanding standing);

    /**
     * A page of a list on {@code today}, in the list's order; the policy decides what is above eligibility.
     *
     * @param nameStartsWith only people whose name starts so; null or blank for everyone
     */
    List<CertificationRow> list(OrgScope scope, CertificationList list, String nameStartsWith,
                                TitleEligibilityPolicy policy, LocalDate today, int offset, int size);

    /** Every row of a list on {@code today}, in the list's order, read through a cursor; close the stream. */
    Stream<CertificationRow> stream(OrgScope scope, CertificationList list, TitleEligibilityPolicy policy,
                                    LocalDate today);

    long count(OrgScope scope, CertificationList list, String nameStartsWith, TitleEligibilityPolicy policy,
               LocalDate today);

    /** Active professionals of the scope by the level of their highest valid certificate; levels nobody holds absent. */
    Map<CertificateLevel, Long> certifiedByLevel(OrgScope scope);

    /** Active professionals of the scope, certified or not: the denominator of the certified shares. */
    long activeProfessionals(OrgScope scope);
}
