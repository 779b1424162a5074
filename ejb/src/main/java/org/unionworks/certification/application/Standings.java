package org.unionworks.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;
import org.unionworks.certification.model.Appointment;
import org.unionworks.certification.model.Certificate;
import org.unionworks.certification.model.CertificationRepository;
import org.unionworks.certification.model.CertificationStanding;
import org.unionworks.registry.model.Professional;
import org.unionworks.shared.model.ConcurrentEditException;

/**
 * Keeps a professional's {@link CertificationStanding} in step with their records, in the transaction that changed
 * them: every use case that adds or changes a certificate, a registration or an appointment calls it — the forms
 * and the certificate import alike.
 */
@ApplicationScoped
public class Standings {

    static final String PROFESSIONAL = "Professional";

    @Inject
    CertificationRepository certification;

    @Inject
    CertificationSettings settings;

    @Inject
    EntityManager em;

    /** Writes what changed, then recomputes the standing from every record of the person. */
    public void refresh(Professional p) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(PROFESSIONAL, p.getId());
        }
        List<Certificate> certificates = certification.certificatesOf(p);
        List<Appointment> appointments = certification.appointmentsOf(p);
        Optional<CertificationStanding> existing = certification.standingOf(p);
        CertificationStanding standing = existing.orElseGet(() -> new CertificationStanding(p));
        standing.refresh(certificates, appointments, settings.registrationRules());
        if (existing.isEmpty()) {
            certification.add(standing);
        }
        em.flush();
    }
}
