package org.unionworks.organization.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.unionworks.organization.model.DivisionCatalogue;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.DivisionEntry;
import org.unionworks.shared.infrastructure.LikePatterns;

/** The catalogue in tables {@code division_edition} and {@code division}; lookups use the (edition, code) key. */
@ApplicationScoped
public class JpaDivisionCatalogue implements DivisionCatalogue {

    /** Rows written between flushes while an edition loads (the official list has about 3,200). */
    private static final int FLUSH_EVERY = 500;

    @Inject
    EntityManager em;

    @Override
    public boolean hasEdition(String edition) {
        return em.find(DivisionEditionRecord.class, edition) != null;
    }

    @Override
    public boolean addEdition(String edition, String source, List<DivisionEntry> entries) {
        if (hasEdition(edition)) {
            return false;
        }
        // the edition row first: its key is what the division rows refer to
        em.persist(new DivisionEditionRecord(edition, source, entries.size()));
        em.flush();
        int written = 0;
        for (DivisionEntry entry : entries) {
            em.persist(new DivisionRecord(edition, entry));
            if (++written % FLUSH_EVERY == 0) {
                em.flush();
            }
        }
        em.flush();
        return true;
    }

    @Override
    public long size(String edition) {
        return em.createQuery("SELECT COUNT(d) FROM DivisionRecord d WHERE d.edition = :edition", Long.class)
                .setParameter("edition", edition)
                .getSingleResult();
    }

    @Override
    public boolean contains(String edition, DivisionCode code) {
        return em.find(DivisionRecord.class, new DivisionRecord.Key(edition, code.value())) != null;
    }

    @Override
    public List<DivisionEntry> search(String edition, DivisionCode within, DivisionCode.Level level, String text,
                                      int max) {
        String query = text == null || text.isBlank() ? null : text.strip();
        TypedQuery<DivisionRecord> q = em.createQuery("SELECT d FROM DivisionRecord d WHERE d.edition = :edition"
                + " AND d.code LIKE :within"
                + (level == null ? "" : " AND d.level = :level")
                + (query == null ? "" : " AND (d.code LIKE :code" + LikePatterns.ESCAPE_CLAUSE
                + " OR LOWER(d.name) LIKE :name" + LikePatterns.ESCAPE_CLAUSE + ")")
                + " ORDER BY d.code", DivisionRecord.class)
                .setParameter("edition", edition)
                .setParameter("within", prefixOf(within) + "%");
        if (level != null) {
            q.setParameter("level", level.name());
        }
        if (query != null) {
            q.setParameter("code", LikePatterns.startsWith(query));
            q.setParameter("name", LikePatterns.containsIgnoreCase(query));
        }
        return q.setMaxResults(max).getResultList().stream().map(DivisionRecord::toEntry).toList();
    }

    /** The digits every code inside {@code within} starts with. */
    private static String prefixOf(DivisionCode within) {
        return switch (within.level()) {
            case NATIONAL -> "";
            case PROVINCE -> within.value().substring(0, 2);
            case CITY -> within.value().substring(0, 4);
            case COUNTY -> within.value();
        };
    }
}
