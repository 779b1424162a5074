package org.unionworks.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.SealedListItem;
import org.unionworks.shared.infrastructure.CursorStreams;
import org.unionworks.shared.infrastructure.KeyBatches;
import org.unionworks.shared.infrastructure.LikePatterns;
import org.unionworks.shared.model.DomainException;

/**
 * JPQL over {@code professional}. The current list reads the professional row (its current
 * post, organisation and employment are kept on it); the "as of" list reads the postings that
 * were open on that date. Both start from {@code tree_path LIKE :scope}; counts touch one table.
 */
@ApplicationScoped
public class JpaProfessionalRepository implements ProfessionalRepository {

    /** Sort keys the list offers, per shape. Anything else is refused, never concatenated. */
    private static final Map<String, String> SORT_CURRENT = Map.of(
            "fullName", "p.fullName",
            "orgUnitName", "o.name",
            "employmentMode", "p.employmentMode",
            "serviceField", "p.serviceField",
            "postTitle", "cp.title",
            "education", "p.education",
            "category", "p.category",
            "status", "p.status",
            "joinedOn", "p.joinedOn",
            "birthDate", "p.birthDate");
    private static final Map<String, String> SORT_AS_OF = Map.of(
            "fullName", "p.fullName",
            "orgUnitName", "o.name",
            "employmentMode", "ps.employmentMode",
            "serviceField", "ps.serviceField",
            "postTitle", "cp.title",
            "education", "p.education",
            "category", "p.category",
            "status", "p.status",
            "joinedOn", "p.joinedOn",
            "birthDate", "p.birthDate");

    private static final String ITEM = "SELECT NEW org.unionworks.registry.model.ProfessionalListItem(p.id, p.fullName,"
            + " p.residentIdMasked, p.gender, p.birthDate, p.phoneMasked, o.id, o.name, %1$s.employmentMode, e.name,"
            + " %1$s.serviceField, cp.title, p.education, p.category, p.status, p.joinedOn, p.leftOn)";
    private static final String SEALED_COLUMNS = ", p.residentIdCipher, p.phoneCipher";
    private static final String FROM_CURRENT = " FROM Professional p JOIN p.orgUnit o LEFT JOIN p.employer e"
            + " LEFT JOIN Post cp ON cp.holder = p";
    private static final String FROM_AS_OF = " FROM Posting ps JOIN ps.professional p JOIN ps.orgUnit o"
            + " LEFT JOIN ps.employer e JOIN ps.post cp";

    @Inject
    EntityManager em;

    @Override
    public Optional<Professional> find(OrgScope scope, long id) {
        return em.createQuery("SELECT p FROM Professional p WHERE p.id = :id AND p.path LIKE :scope", Professional.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Professional> findByResidentIdIndex(String blindIndex) {
        return em.createQuery("SELECT p FROM Professional p WHERE p.residentIdIndex = :index", Professional.class)
                .setParameter("index", blindIndex)
                .getResultStream().findFirst();
    }

    @Override
    public List<Professional> findByResidentIdIndexes(Collection<String> blindIndexes) {
        if (blindIndexes.isEmpty()) {
            return List.of();
        }
        // an import compares each person it finds with the row (employment, current post): their postings, posts
        // and employers come in one statement each for the whole chunk, not one per person
        return em.createQuery("SELECT p FROM Professional p WHERE p.residentIdIndex IN :indexes", Professional.class)
                .setParameter("indexes", blindIndexes)
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .setHint(QueryHints.BATCH, "p.postings")
                .setHint(QueryHints.BATCH, "p.postings.post")
                .setHint(QueryHints.BATCH, "p.employer")
                .getResultList();
    }

    /**
     * A page in two steps: the keys of its rows first, from the filtered table alone (joined only to what the sort
     * needs), so the database filters, sorts and cuts narrow index entries; then the list columns of those rows by
     * primary key. One query over the joined rows made H2 join and sort every match of the scope before cutting
     * the page: measured at 150,000 people, 5 s against 2.8 ms (docs/benchmarks.md).
     */
    @Override
    public List<ProfessionalListItem> findPage(OrgScope scope, ProfessionalFilter filter, int offset, int size,
                                               String sortField, boolean ascending) {
        boolean asOf = filter.asOf() != null;
        Query keysQuery = em.createQuery(keysJpql(filter, sortField, ascending));
        bind(keysQuery, scope, filter);
        List<?> keys = keysQuery.setFirstResult(offset).setMaxResults(size).getResultList();
        if (keys.isEmpty()) {
            return List.of();
        }
        return rowsByKey(filter, keys, "").stream().map(row -> (ProfessionalListItem) row[0]).toList();
    }

    /** The list columns (and {@code moreColumns} after them) of the rows with these keys, in the keys' order. */
    private List<Object[]> rowsByKey(ProfessionalFilter filter, List<?> keys, String moreColumns) {
        boolean asOf = filter.asOf() != null;
        String key = asOf ? "ps.id" : "p.id";
        List<Object[]> rows = em.createQuery(String.format("SELECT " + key + ", " + ITEM.substring("SELECT ".length()),
                        asOf ? "ps" : "p") + moreColumns + (asOf ? FROM_AS_OF : FROM_CURRENT) + " WHERE " + key
                        + " IN :keys", Object[].class)
                .setParameter("keys", keys)
                .getResultList();
        Map<Object, Object[]> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(row[0], Arrays.copyOfRange(row, 1, row.length)));
        return keys.stream().map(byKey::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Stream<ProfessionalListItem> stream(OrgScope scope, ProfessionalFilter filter, String sortField,
                                               boolean ascending) {
        return inKeyOrder(scope, filter, sortField, ascending, "").map(row -> (ProfessionalListItem) row[0]);
    }

    @Override
    public Stream<SealedListItem> streamSealed(OrgScope scope, ProfessionalFilter filter, String sortField,
                                               boolean ascending) {
        return inKeyOrder(scope, filter, sortField, ascending, SEALED_COLUMNS)
                .map(row -> new SealedListItem((ProfessionalListItem) row[0], (String) row[1], (String) row[2]));
    }

    /**
     * Every row of the list, as the page reads one: the keys in list order through a cursor (the database sorts
     * narrow index entries, not the joined rows), then the rows a batch of keys at a time ({@link KeyBatches}). One sorted
     * statement over the joined rows made H2 sort every wide row, spilling to disk beyond its in-memory limit
     * (docs/benchmarks.md, export).
     */
    private Stream<Object[]> inKeyOrder(OrgScope scope, ProfessionalFilter filter, String sortField, boolean ascending,
                                        String moreColumns) {
        Query keysQuery = em.createQuery(keysJpql(filter, sortField, ascending));
        bind(keysQuery, scope, filter);
        return KeyBatches.of(CursorStreams.of(keysQuery), batch -> rowsByKey(filter, batch, moreColumns));
    }

    /**
     * {@code COUNT(*)}, not JPQL's {@code COUNT(p)}: EclipseLink writes that as {@code COUNT(id)}, and PostgreSQL's
     * secondary index entries do not carry the primary key, so it read every matching row from the table instead of
     * counting the filter index alone (a province's 99,294 matches: 220 ms against 30 ms; H2 17 ms against 21 ms;
     * docs/benchmarks.md, registry on PostgreSQL).
     */
    @Override
    public long count(OrgScope scope, ProfessionalFilter filter) {
        boolean asOf = filter.asOf() != null;
        String from = asOf ? " FROM Posting ps JOIN ps.professional p" : " FROM Professional p";
        Query q = em.createQuery("SELECT SQL('COUNT(*)')" + from + " WHERE " + where(filter));
        bind(q, scope, filter);
        return ((Number) q.getSingleResult()).longValue();
    }

    @Override
    public List<Professional> activeRegisteredAt(OrgUnit unit) {
        return em.createQuery("SELECT p FROM Professional p WHERE p.orgUnit = :unit AND p.status = :active"
                        + " ORDER BY p.id", Professional.class)
                .setParameter("unit", unit)
                .setParameter("active", ProfessionalStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public long countActiveRegisteredAt(OrgUnit unit) {
        return em.createQuery("SELECT COUNT(p) FROM Professional p WHERE p.orgUnit = :unit AND p.status = :active",
                        Long.class)
                .setParameter("unit", unit)
                .setParameter("active", ProfessionalStatus.ACTIVE)
                .getSingleResult();
    }

    @Override
    public int refileAt(OrgUnit unit) {
        DivisionCode code = unit.getDivisionCode();
        return em.createQuery("UPDATE Professional p SET p.provinceDivision = :province, p.cityDivision = :city,"
                        + " p.countyDivision = :county WHERE p.orgUnit = :unit")
                .setParameter("province", code.at(DivisionCode.Level.PROVINCE))
                .setParameter("city", code.at(DivisionCode.Level.CITY))
                .setParameter("county", code.at(DivisionCode.Level.COUNTY))
                .setParameter("unit", unit)
                .executeUpdate();
    }

    @Override
    public void add(Professional professional) {
        em.persist(professional);
    }

    /** The page's keys in list order: professionals, or postings "as of" a date; joined only for the sort. */
    private static String keysJpql(ProfessionalFilter filter, String sortField, boolean ascending) {
        boolean asOf = filter.asOf() != null;
        String order = order(filter, sortField);
        StringBuilder from = new StringBuilder(asOf ? " FROM Posting ps JOIN ps.professional p" : " FROM Professional p");
        String units = "";
        if (order.startsWith("o.")) {
            from.append(asOf ? " JOIN ps.orgUnit o" : " JOIN p.orgUnit o");
            // said of the units too (it holds already): PostgreSQL otherwise walked the nation's units in name order,
            // probing each for matches under the LIMIT (a city's legal aid workers by unit: 3.4 s against 16 ms)
            units = " AND o.path LIKE :scope";
        } else if (order.startsWith("cp.")) {
            from.append(asOf ? " JOIN ps.post cp" : " LEFT JOIN Post cp ON cp.holder = p");
        }
        return "SELECT " + (asOf ? "ps.id" : "p.id") + from + " WHERE " + where(filter) + units
                + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", " + (asOf ? "ps.id" : "p.id");
    }

    private static String order(ProfessionalFilter filter, String sortField) {
        Map<String, String> sortable = filter.asOf() != null ? SORT_AS_OF : SORT_CURRENT;
        String order = sortable.get(sortField == null ? "fullName" : sortField);
        if (order == null) {
            throw new DomainException("error.sortField.invalid", "cannot sort on " + sortField);
        }
        return order;
    }

    private static String where(ProfessionalFilter f) {
        boolean asOf = f.asOf() != null;
        String row = asOf ? "ps" : "p";
        StringBuilder sb = new StringBuilder(row + ".path LIKE :scope");
        if (asOf) {
            sb.append(" AND ps.startDate <= :asOf AND (ps.endDate IS NULL OR ps.endDate > :asOf)");
        }
        if (f.nameStartsWith() != null) {
            sb.append(" AND p.fullName LIKE :name").append(LikePatterns.ESCAPE_CLAUSE);
        }
        if (f.idLastFour() != null) {
            sb.append(" AND p.residentIdLastFour = :lastFour");
        }
        if (f.employmentMode() != null) {
            sb.append(" AND ").append(row).append(".employmentMode = :mode");
        }
        if (f.status() != null && !asOf) {
            sb.append(" AND p.status = :status");
        }
        if (f.educationCategory() != null) {
            sb.append(" AND p.education IN :education");
        }
        if (f.serviceField() != null) {
            sb.append(" AND ").append(row).append(".serviceField = :field");
        }
        if (f.category() != null) {
            sb.append(" AND p.category = :category");
        }
        return sb.toString();
    }

    private static void bind(Query q, OrgScope scope, ProfessionalFilter f) {
        q.setParameter("scope", scope.likePattern());
        if (f.asOf() != null) {
            q.setParameter("asOf", f.asOf());
        }
        if (f.nameStartsWith() != null) {
            q.setParameter("name", LikePatterns.startsWith(f.nameStartsWith()));
        }
        if (f.idLastFour() != null) {
            q.setParameter("lastFour", f.idLastFour());
        }
        if (f.employmentMode() != null) {
            q.setParameter("mode", f.employmentMode());
        }
        if (f.status() != null && f.asOf() == null) {
            q.setParameter("status", f.status());
        }
        if (f.educationCategory() != null) {
            q.setParameter("education", Arrays.stream(EducationLevel.values())
                    .filter(level -> level.category() == f.educationCategory()).toList());
        }
        if (f.serviceField() != null) {
            q.setParameter("field", f.serviceField());
        }
        if (f.category() != null) {
            q.setParameter("category", f.category());
        }
    }
}
