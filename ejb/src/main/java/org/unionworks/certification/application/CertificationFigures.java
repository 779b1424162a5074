package org.unionworks.certification.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificationList;
import org.unionworks.education.model.OrgCompliance;
import org.unionworks.shared.model.Percent;

/**
 * The certification dashboard of one scope (issue 4, item 9): how many of the active professionals hold a valid
 * certificate, by level; how long each worklist is (registrations due, expiring within
 * {@link CertificationList#EXPIRING_DAYS} days, lapsed; the title-linkage mismatches); and continuing-education
 * compliance of everyone in a registration cycle, with the units that miss the most people.
 *
 * @param active       active professionals of the scope, the denominator of every certified share
 * @param byLevel      one entry per level, lowest first, levels nobody holds included with zero
 * @param lists        each worklist's length
 * @param compliance   the scope's compliance total
 * @param mostShort    the units with the most people short of hours, most first (at most a handful)
 * @param dueSoonDays  a short person counts as due soon when their cycle ends within this many days
 */
public record CertificationFigures(String scopeName, long active, List<LevelCount> byLevel,
                                   Map<CertificationList, Long> lists, OrgCompliance compliance,
                                   List<OrgCompliance> mostShort, int dueSoonDays) {

    public CertificationFigures {
        byLevel = List.copyOf(byLevel);
        lists = Map.copyOf(lists);
        mostShort = List.copyOf(mostShort);
    }

    /** Holders of one level and their share of the active. */
    public record LevelCount(CertificateLevel level, long count, BigDecimal sharePercent) {
    }

    /** Active people with any valid certificate. */
    public long certified() {
        return byLevel.stream().mapToLong(LevelCount::count).sum();
    }

    public BigDecimal certifiedShare() {
        return Percent.of(certified(), active);
    }

    /** A worklist's length (by the list's name, so pages can ask for {@code count('EXPIRING')}). */
    public long count(String list) {
        return lists.getOrDefault(CertificationList.valueOf(list), 0L);
    }

    /** The three title-linkage mismatch lists together. */
    public long mismatches() {
        return lists.entrySet().stream().filter(e -> e.getKey().linkage() != null).mapToLong(Map.Entry::getValue)
                .sum();
    }
}
