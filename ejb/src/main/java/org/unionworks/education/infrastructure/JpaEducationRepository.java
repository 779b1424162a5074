package org.unionworks.education.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.List;
import org.unionworks.education.model.EducationRecord;
import org.unionworks.education.model.EducationRepository;
import org.unionworks.registry.model.Professional;

@ApplicationScoped
public class JpaEducationRepository implements EducationRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(EducationRecord record) {
        em.persist(record);
    }

    @Override
    public List<EducationRecord> recordsOf(Professional professional) {
        return em.createQuery("SELECT e FROM EducationRecord e WHERE e.professional = :p ORDER BY e.completedOn, e.id",
                        EducationRecord.class)
                .setParameter("p", professional)
                .getResultList();
    }
}
