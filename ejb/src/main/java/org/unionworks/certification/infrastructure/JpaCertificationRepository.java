package org.unionworks.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.unionworks.certification.model.Appointment;
import org.unionworks.certification.model.Certificate;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificationList;
import org.unionworks.certification.model.CertificationRepository;
import org.unionworks.certification.model.CertificationRow;
import org.unionworks.certification.model.CertificationStanding;
import org.unionworks.certification.model.PracticeAssessment;
import org.unionworks.certification.model.Registration;
import org.unionworks.certification.model.TitleEligibilityPolicy;
import org.unionworks.certification.model.TitleLevel;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.shared.infrastructure.CursorStreams;
import org.unionworks.shared.infrastructure.LikePatterns;

@ApplicationScoped
public class JpaCertificationRepository implements CertificationRepository {

    private static final String ROW = "SELECT NEW org.unionworks.certification.model.CertificationRow(p.id, p.fullName,"
            + " p.residentIdMasked, o.id, o.name, o.divisionCode, s.level, s.certificateNumber, s.issuedOn,"
            + " s.firstRegistrationDue, s.registrationStatus, s.registeredFrom, s.registeredUntil, s.titleLevel,"
            + " s.appointedOn, s.appointmentEnds)";
    private static final String FROM = " FROM CertificationStanding s JOIN s.professional p JOIN p.orgUnit o"
            + " WHERE p.path LIKE :scope AND p.status = :active AND ";

    @Inject
    EntityManager em;

    @Override
    public Optional<Certificate> findCertificate(OrgScope scope, long id) {
        return em.createQuery("SELECT c FROM Certificate c JOIN c.professional p WHERE c.id = :id"
                        + " AND p.path LIKE :scope", Certificate.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Registration> findRegistration(OrgScope scope, long id) {
        return em.createQuery("SELECT r FROM Registration r JOIN r.certificate c JOIN c.professional p"
                        + " WHERE r.id = :id AND p.path LIKE :scope", Registration.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public List<Certificate> certificatesOf(Professional professional) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.professional = :p ORDER BY c.issuedOn, c.id",
                        Certificate.class)
                .setParameter("p", professional)
                .getResultList();
    }

    @Override
    public List<Appointment> appointmentsOf(Professional professional) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.professional = :p ORDER BY a.appointedOn, a.id",
                        Appointment.class)
                .setParameter("p", professional)
                .getResultList();
    }

    @Override
    public List<PracticeAssessment> assessmentsOf(Professional professional) {
        return em.createQuery("SELECT a FROM PracticeAssessment a WHERE a.professional = :p"
                        + " ORDER BY a.assessedOn, a.id", PracticeAssessment.class)
                .setParameter("p", professional)
                .getResultList();
    }

    @Override
    public Optional<CertificationStanding> standingOf(Professional professional) {
        return Optional.ofNullable(em.find(CertificationStanding.class, professional.getId()));
    }

    @Override
    public boolean numberTaken(String certificateNumber) {
        return !em.createQuery("SELECT c.id FROM Certificate c WHERE c.number = :number", Long.class)
                .setParameter("number", certificateNumber)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public List<Certificate> certificatesByNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Certificate c JOIN FETCH c.professional WHERE c.number IN :numbers",
                        Certificate.class)
                .setParameter("numbers", numbers)
                .getResultList();
    }

    @Override
    public void add(Certificate certificate) {
        em.persist(certificate);
    }

    @Override
    public void add(Appointment appointment) {
        em.persist(appointment);
    }

    @Override
    public void add(PracticeAssessment assessment) {
        em.persist(assessment);
    }

    @Override
    public void add(CertificationStanding standing) {
        em.persist(standing);
    }

    @Override
    public List<CertificationRow> list(OrgScope scope, CertificationList list, String nameStartsWith,
                                       TitleEligibilityPolicy policy, LocalDate today, int offset, int size) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<CertificationRow> q = em.createQuery(ROW + FROM + condition(list, policy, parameters)
                + name(nameStartsWith, parameters) + " ORDER BY " + order(list) + ", p.id", CertificationRow.class);
        bind(q, scope, list, today, parameters);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public Stream<CertificationRow> stream(OrgScope scope, CertificationList list, TitleEligibilityPolicy policy,
                                           LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<CertificationRow> q = em.createQuery(ROW + FROM + condition(list, policy, parameters)
                + " ORDER BY " + order(list) + ", p.id", CertificationRow.class);
        bind(q, scope, list, today, parameters);
        return CursorStreams.of(q).map(CertificationRow.class::cast);
    }

    @Override
    public long count(OrgScope scope, CertificationList list, String nameStartsWith, TitleEligibilityPolicy policy,
                      LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(s)" + FROM + condition(list, policy, parameters)
                + name(nameStartsWith, parameters), Long.class);
        bind(q, scope, list, today, parameters);
        return q.getSingleResult();
    }

    @Override
    public Map<CertificateLevel, Long> certifiedByLevel(OrgScope scope) {
        Map<CertificateLevel, Long> counts = new EnumMap<>(CertificateLevel.class);
        em.createQuery("SELECT s.level, COUNT(s) FROM CertificationStanding s JOIN s.professional p"
                        + " WHERE p.path LIKE :scope AND p.status = :active AND s.level IS NOT NULL GROUP BY s.level",
                        Object[].class)
                .setParameter("scope", scope.likePattern())
                .setParameter("active", ProfessionalStatus.ACTIVE)
                .getResultList()
                .forEach(row -> counts.put((CertificateLevel) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public long activeProfessionals(OrgScope scope) {
        return em.createQuery("SELECT COUNT(p) FROM Professional p WHERE p.path LIKE :scope AND p.status = :active",
                        Long.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("active", ProfessionalStatus.ACTIVE)
                .getSingleResult();
    }

    /**
     * The list's condition in JPQL, with the parameters it needs beyond scope and dates. The linkage lists say in
     * SQL what {@link TitleEligibilityPolicy#assess} says in Java (the integration tests hold the two together):
     * an ended appointment is expired before it is anything else; above eligibility is any level higher than the
     * certificate's mapped level, or any appointment without a valid certificate.
     */
    private static String condition(CertificationList list, TitleEligibilityPolicy policy,
                                    Map<String, Object> parameters) {
        return switch (list) {
            case FIRST_REGISTRATION_DUE -> "s.firstRegistrationDue IS NOT NULL";
            case EXPIRING -> "s.level IS NOT NULL AND s.registeredUntil >= :today AND s.registeredUntil < :horizon";
            case LAPSED -> "s.level IS NOT NULL AND s.registeredUntil < :today";
            case ELIGIBLE_NOT_APPOINTED -> "s.level IS NOT NULL AND s.titleLevel IS NULL";
            case APPOINTMENT_EXPIRED -> "s.titleLevel IS NOT NULL AND s.appointmentEnds <= :today";
            case APPOINTED_ABOVE_ELIGIBILITY -> {
                StringBuilder above = new StringBuilder("s.titleLevel IS NOT NULL AND (s.appointmentEnds IS NULL"
                        + " OR s.appointmentEnds > :today) AND (s.level IS NULL");
                for (Map.Entry<CertificateLevel, TitleLevel> entry : policy.mapping().entrySet()) {
                    List<TitleLevel> higher = Arrays.stream(TitleLevel.values())
                            .filter(level -> level.isAbove(entry.getValue())).toList();
                    if (!higher.isEmpty()) {
                        String name = entry.getKey().name();
                        above.append(" OR (s.level = :cert").append(name).append(" AND s.titleLevel IN :above")
                                .append(name).append(')');
                        parameters.put("cert" + name, entry.getKey());
                        parameters.put("above" + name, higher);
                    }
                }
                yield above.append(')').toString();
            }
        };
    }

    private static String name(String nameStartsWith, Map<String, Object> parameters) {
        if (nameStartsWith == null || nameStartsWith.isBlank()) {
            return "";
        }
        parameters.put("name", LikePatterns.startsWith(nameStartsWith.strip()));
        return " AND p.fullName LIKE :name" + LikePatterns.ESCAPE_CLAUSE;
    }

    private static String order(CertificationList list) {
        return switch (list) {
            case FIRST_REGISTRATION_DUE -> "s.firstRegistrationDue";
            case EXPIRING, LAPSED -> "s.registeredUntil";
            case APPOINTMENT_EXPIRED -> "s.appointmentEnds";
            case ELIGIBLE_NOT_APPOINTED, APPOINTED_ABOVE_ELIGIBILITY -> "o.name, p.fullName";
        };
    }

    private static void bind(TypedQuery<?> q, OrgScope scope, CertificationList list, LocalDate today,
                             Map<String, Object> parameters) {
        q.setParameter("scope", scope.likePattern());
        q.setParameter("active", ProfessionalStatus.ACTIVE);
        if (list != CertificationList.FIRST_REGISTRATION_DUE && list != CertificationList.ELIGIBLE_NOT_APPOINTED) {
            q.setParameter("today", today);
        }
        if (list == CertificationList.EXPIRING) {
            q.setParameter("horizon", today.plusDays(CertificationList.EXPIRING_DAYS));
        }
        parameters.forEach(q::setParameter);
    }
}
