package org.unionworks.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.unionworks.certification.model.Appointment;
import org.unionworks.certification.model.Certificate;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificateSource;
import org.unionworks.certification.model.CertificationStanding;
import org.unionworks.certification.model.CreditHours;
import org.unionworks.certification.model.PracticeAssessment;
import org.unionworks.certification.model.Registration;
import org.unionworks.certification.model.RegistrationRules;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.certification.model.TitleEligibilityPolicy;
import org.unionworks.certification.model.TitleLevel;
import org.unionworks.education.model.ActivityKind;
import org.unionworks.education.model.CycleCompliancePolicy;
import org.unionworks.education.model.EducationRecord;
import org.unionworks.education.model.ProvincialCreditTable;
import org.unionworks.registry.model.Professional;

/**
 * Gives part of the demo province's people a certification history through the domain model, so the worklists, the
 * renewal gate and the ledger have something to show: about 45% hold a certificate (more assistants than senior
 * ones), most registered within the year and renewed when their cycle's hours were there, some overdue or lapsed;
 * continuing education per cycle; appointments mostly at the eligible level, a few above it or ended; practice
 * assessments for some. Its own random sequence, so the registry's people stay the same with or without it.
 */
@Dependent
class DemoCertificationSeeder {

    private static final String SEEDER = "demo";
    private static final LocalDate FIRST_ISSUE = LocalDate.of(2010, 6, 1);
    private static final String[] COURSES = {"劳动争议调解实务", "集体协商指导", "职工心理疏导", "困难职工帮扶", "社会工作伦理",
            "个案管理", "小组工作方法", "职工法律援助", "社区职工服务", "项目设计与评估"};
    private static final String[] PROVIDERS = {"江西省总工会干部学校", "南昌大学社会工作系", "江西师范大学政法学院",
            "全国社会工作教育培训基地（江西）"};
    private static final RegistrationRules RULES = RegistrationRules.NATIONAL;
    private static final CycleCompliancePolicy COMPLIANCE = new CycleCompliancePolicy(ProvincialCreditTable.JIANGXI);
    private static final TitleEligibilityPolicy TITLES = TitleEligibilityPolicy.defaults();

    @Inject
    EntityManager em;

    private SplittableRandom random;
    private int serial;
    private int certified;

    void start(long seed) {
        random = new SplittableRandom(seed);
    }

    int certified() {
        return certified;
    }

    /** Maybe certifies the (persisted) professional, with registrations, education and appointments. */
    void consider(Professional p, String employer) {
        LocalDate today = LocalDate.now();
        LocalDate assessed = between(p.getJoinedOn(), today);
        if (random.nextInt(100) < 10 && assessed != null) {
            BigDecimal score = BigDecimal.valueOf(500 + random.nextInt(480), 1);
            em.persist(new PracticeAssessment(p, assessed, score, score.compareTo(BigDecimal.valueOf(60)) >= 0,
                    "江西省总工会职工服务中心", SEEDER));
        }
        if (random.nextInt(100) >= 45) {
            return;
        }
        int roll = random.nextInt(100);
        CertificateLevel level = roll < 62 ? CertificateLevel.ASSISTANT : roll < 95 ? CertificateLevel.SOCIAL_WORKER
                : CertificateLevel.SENIOR;
        LocalDate earliest = p.getBirthDate().plusYears(22).isAfter(FIRST_ISSUE) ? p.getBirthDate().plusYears(22)
                : FIRST_ISSUE;
        LocalDate issued = between(earliest, today.minusDays(30));
        if (issued == null) {
            return;
        }
        Certificate c = new Certificate(p, level, String.format("ZS%d36%06d", issued.getYear(), ++serial),
                issued.getYear(), issued, "江西省人力资源和社会保障厅", CertificateSource.ENTERED, SEEDER);
        em.persist(c);
        List<EducationRecord> records = new ArrayList<>();
        register(c, records);
        List<Appointment> appointments = appoint(p, c, employer);
        CertificationStanding standing = new CertificationStanding(p);
        standing.refresh(List.of(c), appointments, RULES);
        em.persist(standing);
        certified++;
    }

    /** First registration within the year (mostly), then renewals while the cycle's hours were earned. */
    private void register(Certificate c, List<EducationRecord> records) {
        LocalDate today = LocalDate.now();
        if (random.nextInt(100) < 8) {
            return;
        }
        LocalDate applied = c.getIssuedOn().plusDays(20 + random.nextInt(300));
        if (applied.isAfter(today)) {
            return;
        }
        Registration first = c.apply(applied, RULES, SEEDER);
        if (!approve(first, CreditHours.ZERO)) {
            return;
        }
        while (true) {
            Registration current = c.currentRegistration().orElseThrow();
            boolean diligent = random.nextInt(100) < 85;
            educate(c, records, current.getValidFrom(), current.getValidUntil(), diligent);
            LocalDate opens = RULES.renewalOpensOn(current.getValidFrom());
            if (opens.isAfter(today) || !diligent && random.nextBoolean()) {
                return;
            }
            LocalDate filed = opens.plusDays(random.nextInt(60));
            if (filed.isAfter(today)) {
                return;
            }
            Registration renewal = c.apply(filed, RULES, SEEDER);
            CreditHours shortfall = COMPLIANCE.ledger(c.getLevel(), current.getValidFrom(), current.getValidUntil(),
                    records.stream().map(EducationRecord::toActivity).toList()).shortfall();
            if (!approve(renewal, shortfall)) {
                return;
            }
        }
    }

    /** Takes a filed registration through the reviews, up to today; false when it stops short of registered. */
    private boolean approve(Registration r, CreditHours shortfall) {
        LocalDate on = r.getAppliedOn();
        for (RegistrationStatus step : List.of(RegistrationStatus.FIRST_REVIEW_PASSED,
                RegistrationStatus.FINAL_REVIEW_PASSED, RegistrationStatus.COMPLETED)) {
            on = on.plusDays(7 + random.nextInt(20));
            if (on.isAfter(LocalDate.now()) || shortfall.compareTo(CreditHours.ZERO) > 0) {
                return false;
            }
            r.advance(step, on, RULES, shortfall, SEEDER);
        }
        return true;
    }

    /** Trainings within the cycle, up to today: enough for the level when diligent, short of it otherwise. */
    private void educate(Certificate c, List<EducationRecord> records, LocalDate from, LocalDate until,
                         boolean diligent) {
        LocalDate end = until.isAfter(LocalDate.now()) ? LocalDate.now() : until.minusDays(100);
        int target = c.getLevel().hoursPerCycle().value().intValue() + (diligent ? 6 : -30);
        for (int hours = 0; hours < target; ) {
            LocalDate on = between(from, end);
            if (on == null) {
                return;
            }
            int length = 6 + 2 * random.nextInt(10);
            boolean passed = random.nextInt(100) < 95;
            EducationRecord r = new EducationRecord(c.getProfessional(), ActivityKind.TRAINING,
                    COURSES[random.nextInt(COURSES.length)], PROVIDERS[random.nextInt(PROVIDERS.length)], on,
                    CreditHours.of(length), passed, null, SEEDER);
            em.persist(r);
            records.add(r);
            hours += passed ? length : 0;
        }
    }

    /** About half are appointed: at the eligible level mostly, sometimes above it or for a term that has ended. */
    private List<Appointment> appoint(Professional p, Certificate c, String employer) {
        if (random.nextInt(100) >= 55) {
            return List.of();
        }
        LocalDate on = between(c.getIssuedOn(), LocalDate.now());
        if (on == null) {
            return List.of();
        }
        TitleLevel eligible = TITLES.eligibleFor(c.getLevel()).orElseThrow();
        int roll = random.nextInt(100);
        TitleLevel level = roll < 8 && eligible.ordinal() + 1 < TitleLevel.values().length
                ? TitleLevel.values()[eligible.ordinal() + 1] : eligible;
        LocalDate ends = roll >= 8 && roll < 14 && ChronoUnit.DAYS.between(on, LocalDate.now()) > 400
                ? on.plusYears(1) : null;
        Appointment a = new Appointment(p, level, employer, on, ends,
                String.format("赣工聘〔%d〕%d号", on.getYear(), 1 + random.nextInt(300)), SEEDER);
        em.persist(a);
        return List.of(a);
    }

    /** A day in [from, to), or null when that period is empty. */
    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? null : from.plusDays(random.nextLong(days));
    }
}
