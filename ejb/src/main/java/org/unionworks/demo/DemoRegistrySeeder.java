package org.unionworks.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import jakarta.transaction.UserTransaction;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.organization.model.StaffingNormPolicy;
import org.unionworks.registry.application.PersonalDataSealer;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.Employment;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.LeaveReason;
import org.unionworks.registry.model.PhoneNumber;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.Post;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.PostingReason;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.Profile;
import org.unionworks.registry.model.RecordSource;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.registry.model.SocialOrganization;

/**
 * Fills the demo province's registry through the domain model (so every demo record obeys the
 * same rules as a typed one): social organisations per city, posts per unit following the
 * staffing norm, professionals in most posts, and a realistic history — transfers, leavers and
 * their replacements. Deterministic: the same seed gives the same province.
 */
@Dependent
class DemoRegistrySeeder {

    private static final Logger LOG = Logger.getLogger(DemoRegistrySeeder.class.getName());
    private static final String SEEDER = "demo";
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 6, 1);
    private static final ServiceField[] FIELDS = ServiceField.values();

    @Inject
    EntityManager em;

    @Inject
    PersonalDataSealer sealer;

    @Inject
    StaffingNormPolicy staffingNorm;

    @Inject
    DemoCertificationSeeder certification;

    private static final int UNITS_PER_TRANSACTION = 40;
    /** Share of demo posts that are filled; the rest are vacancies to post people into. */
    private static final double STAFFED_SHARE = 0.92;

    private SplittableRandom random;
    private SyntheticPeople people;
    /** Employer ids by city path: entities do not outlive the chunk's transaction. */
    private final Map<String, List<Long>> employersByCity = new HashMap<>();
    private Map<String, List<SocialOrganization>> chunkEmployers = new HashMap<>();
    private int professionals;
    private int postCount;

    /** Seeds the units (committed already) up to about {@code target} professionals, in chunked transactions. */
    int seed(List<Long> unitIds, int target, long seed, UserTransaction tx) throws Exception {
        random = new SplittableRandom(seed);
        people = new SyntheticPeople(seed);
        certification.start(seed + 1);
        tx.begin();
        List<OrgUnit> all = unitIds.stream().map(id -> em.find(OrgUnit.class, id)).toList();
        seedSocialOrganisations(all);
        double scale = scale(all, target);
        tx.commit();
        for (int from = 0; from < unitIds.size(); from += UNITS_PER_TRANSACTION) {
            tx.begin();
            chunkEmployers = new HashMap<>();
            employersByCity.forEach((path, ids) -> chunkEmployers.put(path,
                    ids.stream().map(id -> em.find(SocialOrganization.class, id)).toList()));
            for (Long id : unitIds.subList(from, Math.min(unitIds.size(), from + UNITS_PER_TRANSACTION))) {
                for (Post post : seedPosts(em.find(OrgUnit.class, id), scale)) {
                    if (random.nextDouble() < STAFFED_SHARE) {
                        staff(post);
                    }
                }
            }
            tx.commit();
        }
        LOG.info(() -> "demo registry: " + employersByCity.values().stream().mapToInt(List::size).sum()
                + " social organisations, " + postCount + " posts, " + professionals + " professionals, "
                + certification.certified() + " of them certified");
        return professionals;
    }

    private void seedSocialOrganisations(List<OrgUnit> units) {
        long serial = 1;
        for (OrgUnit city : units) {
            if (city.getType() != OrgUnitType.CITY) {
                continue;
            }
            List<OrgUnit> counties = units.stream().filter(u -> u.getType() == OrgUnitType.COUNTY
                    && city.equals(u.getParent())).toList();
            List<SocialOrganization> list = new ArrayList<>();
            // a few hundred across the province (issue 3): 40 to 64 per city
            int n = 40 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                OrgUnit supervisor = counties.isEmpty() || random.nextInt(3) == 0 ? city
                        : counties.get(random.nextInt(counties.size()));
                String division = supervisor.getDivisionCode().value();
                String place = supervisor.getName().replace("总工会", "");
                SocialOrganization org = new SocialOrganization(SyntheticPeople.socialOrganisationName(place, serial),
                        CreditCode.parse(SyntheticPeople.creditCode(division, '5', '2', serial++)), supervisor,
                        random.nextInt(2) == 0 ? supervisor : null, randomDate(LocalDate.of(2012, 1, 1), FIRST_DAY));
                em.persist(org);
                list.add(org);
            }
            em.flush();
            employersByCity.put(city.getPath(), list.stream().map(SocialOrganization::getId).toList());
        }
    }

    /** Posts per unit of weight, so that about {@code target} people are staffed in all. */
    private double scale(List<OrgUnit> units, int target) {
        long total = units.stream().mapToLong(this::weight).sum();
        return target / STAFFED_SHARE / Math.max(1, total);
    }

    private List<Post> seedPosts(OrgUnit unit, double scale) {
        List<Post> posts = new ArrayList<>();
        int count = (int) Math.round(weight(unit) * scale);
        for (int i = 0; i < count; i++) {
            ServiceField field = FIELDS[random.nextInt(FIELDS.length)];
            Post post = new Post(unit, DemoProvince.postTitle(field, i), field, grade(),
                    randomDate(unit.getValidFrom(), FIRST_DAY));
            em.persist(post);
            posts.add(post);
            postCount++;
        }
        return posts;
    }

    /** Relative post count: the staffing norm for hubs, rough typical sizes elsewhere. */
    private int weight(OrgUnit unit) {
        long norm = staffingNorm.quota(unit.getType(), unit.getCoveredWorkers());
        return switch (unit.getType()) {
            case STREET, TOWNSHIP, DEVELOPMENT_ZONE, INDUSTRIAL_PARK -> (int) Math.max(norm, 1) * 3;
            case COMMUNITY, REGIONAL_FEDERATION -> 2;
            case ENTERPRISE_UNION -> 3;
            case SERVICE_CENTRE, LEGAL_AID, HOTLINE_12351 -> 6;
            case COUNTY -> 3;
            case CITY -> 4;
            case PROVINCE, NATIONAL -> 2;
        };
    }

    /** Hires someone into the post; some move on or leave and are replaced, building history. */
    private void staff(Post post) {
        LocalDate hired = randomDate(FIRST_DAY, LocalDate.now().minusMonths(2));
        if (hired == null) {
            return;
        }
        Professional current = hire(post, hired, null);
        if (random.nextInt(100) < 12) {
            LocalDate left = randomDate(current.getJoinedOn().plusMonths(3), LocalDate.now().minusDays(1));
            if (left != null) {
                current.leave(left, LeaveReason.values()[random.nextInt(4)]);
                hire(post, left, left);
            }
        } else if (random.nextInt(100) < 10) {
            promoteWithinUnit(current, post);
        }
    }

    private Professional hire(Post post, LocalDate postedOn, LocalDate joined) {
        OrgUnit unit = post.getOrgUnit();
        SyntheticPerson person = people.next(unit.getDivisionCode().value());
        ResidentId id = ResidentId.parse(person.residentId());
        LocalDate joinedOn = joined != null ? joined : postedOn;
        if (id.birthDate().plusYears(20).isAfter(joinedOn)) {
            joinedOn = id.birthDate().plusYears(20);
            postedOn = joinedOn;
            if (joinedOn.isAfter(LocalDate.now())) {
                joinedOn = LocalDate.now();
                postedOn = joinedOn;
            }
        }
        Employment employment = employmentFor(unit);
        Professional p = Professional.register(new Profile(person.name(), EducationLevel.fromCode(person.educationCode()),
                        person.major(), person.socialWorkMajor(), PoliticalStatus.fromCode(person.politicalStatusCode()),
                        category()), id, sealer.seal(id), unit, employment, joinedOn, RecordSource.ENTERED, SEEDER);
        p.changePhone(sealer.seal(PhoneNumber.parse(person.mobile())));
        em.persist(p);
        p.postTo(post, postedOn, PostingReason.NEW_HIRE, employment, SEEDER);
        certification.consider(p, unit.getName());
        professionals++;
        return p;
    }

    /** A second post in the same unit, from a later date, with the first one falling vacant. */
    private void promoteWithinUnit(Professional p, Post from) {
        Post to = new Post(from.getOrgUnit(), from.getTitle() + "（主管）", from.getServiceField(), PostGrade.INTERMEDIATE_2,
                from.getEstablishedOn());
        em.persist(to);
        LocalDate on = randomDate(p.getJoinedOn().plusMonths(6), LocalDate.now().minusDays(1));
        if (on != null) {
            p.postTo(to, on, PostingReason.PROMOTION, p.currentEmployment(), SEEDER);
        }
    }

    private Employment employmentFor(OrgUnit unit) {
        if (!unit.getType().isGrassrootsHub() && unit.getType() != OrgUnitType.COMMUNITY
                && unit.getType() != OrgUnitType.SERVICE_CENTRE) {
            return Employment.of(random.nextInt(3) == 0 ? EmploymentMode.DIRECT_HIRE : EmploymentMode.UNION_STAFF, null);
        }
        int roll = random.nextInt(100);
        if (roll < 50) {
            List<SocialOrganization> employers = chunkEmployers.entrySet().stream()
                    .filter(e -> unit.getPath().startsWith(e.getKey())).findFirst().map(Map.Entry::getValue)
                    .orElse(List.of());
            if (!employers.isEmpty()) {
                return Employment.of(EmploymentMode.PURCHASED_SERVICE, employers.get(random.nextInt(employers.size())));
            }
        }
        return Employment.of(roll < 85 ? EmploymentMode.DIRECT_HIRE : EmploymentMode.UNION_STAFF, null);
    }

    /** About 55% assistant, 35% intermediate, 10% associate-senior grades, steps evenly. */
    private PostGrade grade() {
        int roll = random.nextInt(100);
        int level = roll < 55 ? 0 : roll < 90 ? 1 : 2;
        return PostGrade.values()[level * 3 + random.nextInt(3)];
    }

    private ProfessionalCategory category() {
        int roll = random.nextInt(100);
        return roll < 75 ? ProfessionalCategory.SOCIAL_WORKER
                : roll < 92 ? ProfessionalCategory.SOCIALISED_UNION_WORKER : ProfessionalCategory.BARGAINING_INSTRUCTOR;
    }

    /** A day in [from, to), or null when that period is empty. */
    private LocalDate randomDate(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? null : from.plusDays(random.nextLong(days));
    }
}
