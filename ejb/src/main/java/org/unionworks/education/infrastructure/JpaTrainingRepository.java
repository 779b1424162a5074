package org.unionworks.education.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionworks.education.model.EducationRecord;
import org.unionworks.education.model.TrainingCourse;
import org.unionworks.education.model.TrainingDelivery;
import org.unionworks.education.model.TrainingPlan;
import org.unionworks.education.model.TrainingProvider;
import org.unionworks.education.model.TrainingRepository;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.shared.infrastructure.NativeParameters;

@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

    @Inject
    EntityManager em;

    @Override
    public List<TrainingProvider> providers() {
        return em.createQuery("SELECT p FROM TrainingProvider p ORDER BY p.name", TrainingProvider.class)
                .getResultList();
    }

    @Override
    public Optional<TrainingProvider> provider(long id) {
        return Optional.ofNullable(em.find(TrainingProvider.class, id));
    }

    @Override
    public boolean providerNameTaken(String name) {
        return !em.createQuery("SELECT p.id FROM TrainingProvider p WHERE p.name = :name", Long.class)
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean creditCodeTaken(CreditCode code) {
        return !em.createQuery("SELECT p.id FROM TrainingProvider p WHERE p.creditCode = :code", Long.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(TrainingProvider provider) {
        em.persist(provider);
    }

    @Override
    public List<TrainingCourse> courses(OrgScope scope, int year, int max) {
        return em.createQuery("SELECT c FROM TrainingCourse c JOIN FETCH c.provider JOIN FETCH c.organiser"
                        + " WHERE c.path LIKE :scope AND c.startsOn <= :last AND c.endsOn >= :first"
                        + " ORDER BY c.startsOn DESC, c.id DESC", TrainingCourse.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31))
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Optional<TrainingCourse> course(OrgScope scope, long id) {
        return em.createQuery("SELECT c FROM TrainingCourse c JOIN FETCH c.provider WHERE c.id = :id"
                        + " AND c.path LIKE :scope", TrainingCourse.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public List<TrainingCourse> coursesEnded(OrgScope scope, LocalDate from, LocalDate to, int max) {
        return em.createQuery("SELECT c FROM TrainingCourse c JOIN FETCH c.provider WHERE c.path LIKE :scope"
                        + " AND c.endsOn BETWEEN :from AND :to ORDER BY c.endsOn DESC, c.id DESC", TrainingCourse.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void add(TrainingCourse course) {
        em.persist(course);
    }

    @Override
    public Map<Long, Long> attendanceCounts(Collection<Long> courseIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (courseIds.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT r.course.id, COUNT(r) FROM EducationRecord r WHERE r.course.id IN :ids"
                        + " GROUP BY r.course.id", Object[].class)
                .setParameter("ids", courseIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public EducationRecord attendance(long courseId, long professionalId) {
        return em.createQuery("SELECT r FROM EducationRecord r WHERE r.course.id = :course"
                        + " AND r.professional.id = :person ORDER BY r.id", EducationRecord.class)
                .setParameter("course", courseId)
                .setParameter("person", professionalId)
                .setMaxResults(1)
                .getSingleResult();
    }

    @Override
    public Set<Long> attendees(long courseId, Collection<Long> professionalIds) {
        if (professionalIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT r.professional.id FROM EducationRecord r"
                        + " WHERE r.course.id = :course AND r.professional.id IN :people", Long.class)
                .setParameter("course", courseId)
                .setParameter("people", professionalIds)
                .getResultList());
    }

    @Override
    public List<TrainingPlan> plans(OrgScope scope, int year) {
        // sorted here: "all levels" (null) first on every database, which ORDER BY does not promise
        return em.createQuery("SELECT p FROM TrainingPlan p JOIN FETCH p.orgUnit WHERE p.path LIKE :scope"
                        + " AND p.year = :year", TrainingPlan.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("year", year)
                .getResultStream()
                .sorted(Comparator.comparing(TrainingPlan::getPath).thenComparing(TrainingPlan::getTargetLevel,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    public Optional<TrainingPlan> plan(OrgScope scope, long id) {
        return em.createQuery("SELECT p FROM TrainingPlan p JOIN FETCH p.orgUnit WHERE p.id = :id"
                        + " AND p.path LIKE :scope", TrainingPlan.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<TrainingPlan> plan(long orgUnitId, int year, CertificateLevel level) {
        var q = em.createQuery("SELECT p FROM TrainingPlan p WHERE p.orgUnit.id = :unit AND p.year = :year AND "
                + (level == null ? "p.targetLevel IS NULL" : "p.targetLevel = :level"), TrainingPlan.class)
                .setParameter("unit", orgUnitId)
                .setParameter("year", year);
        if (level != null) {
            q.setParameter("level", level);
        }
        return q.getResultStream().findFirst();
    }

    @Override
    public void add(TrainingPlan plan) {
        em.persist(plan);
    }

    @Override
    public Map<Long, TrainingDelivery> delivered(OrgScope scope, int year) {
        return delivered(scope, year, null);
    }

    @Override
    public TrainingDelivery delivered(TrainingPlan plan) {
        return delivered(OrgScope.of(plan.getPath()), plan.getYear(), plan.getId())
                .getOrDefault(plan.getId(), TrainingDelivery.NONE);
    }

    /** The plans of the year in the scope, or only the plan {@code planId} when it is given. */
    private Map<Long, TrainingDelivery> delivered(OrgScope scope, int year, Long planId) {
        // a course counts for every plan whose body's subtree organised it (its path starts with the plan's), for the
        // plan's level or all levels. In SQL: in JPQL this needs a function over two paths, after which EclipseLink
        // writes the statement out with literals, TRUE as 1, which H2 refuses for a BOOLEAN column
        String courses = " FROM training_plan pl JOIN training_course c ON c.tree_path LIKE pl.tree_path || '%'"
                + " AND c.starts_on BETWEEN ?1 AND ?2 AND (pl.target_level IS NULL OR c.target_level = pl.target_level)";
        String plans = " WHERE pl.tree_path LIKE ?3 AND pl.plan_year = ?4" + (planId == null ? "" : " AND pl.id = ?5")
                + " GROUP BY pl.id";
        List<Object> params = new ArrayList<>(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                scope.likePattern(), year));
        if (planId != null) {
            params.add(planId);
        }
        Query count = NativeParameters.bind(em.createNativeQuery("SELECT pl.id, COUNT(*)" + courses + plans), params);
        params.add(Boolean.TRUE);
        Query passed = NativeParameters.bind(em.createNativeQuery("SELECT pl.id, COUNT(DISTINCT a.professional_id), SUM(a.hours)"
                + courses + " JOIN education_activity a ON a.course_id = c.id AND a.passed = ?" + params.size() + plans),
                params);
        Map<Long, TrainingDelivery> delivered = new HashMap<>();
        for (Object row : count.getResultList()) {
            Object[] r = (Object[]) row;
            delivered.put(((Number) r[0]).longValue(), new TrainingDelivery(((Number) r[1]).longValue(), 0,
                    TrainingDelivery.NONE.hours()));
        }
        for (Object row : passed.getResultList()) {
            Object[] r = (Object[]) row;
            long plan = ((Number) r[0]).longValue();
            BigDecimal hours = r[2] == null ? BigDecimal.ZERO : new BigDecimal(r[2].toString());
            delivered.put(plan, new TrainingDelivery(delivered.getOrDefault(plan, TrainingDelivery.NONE).courses(),
                    ((Number) r[1]).longValue(), hours.setScale(1)));
        }
        return delivered;
    }
}
