package org.unionworks.registry.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnitType;

/** Aggregates over the registry for dashboards: every figure is one SQL aggregate within a scope. */
public interface WorkforceStatistics {

    /** A grassroots hub unit as the staffing norm needs it. */
    record Hub(String path, OrgUnitType type, Long coveredWorkers) {
    }

    /** Active professionals by the service field of their post; people without a post under the null key. */
    Map<ServiceField, Long> activeByServiceField(OrgScope scope);

    /** Active people in the scope who hold a valid national certificate (their certification standing has a level). */
    long certifiedActive(OrgScope scope);

    /** What {@link #countBy} counts: the figures behind the social-work share and the turnover rate. */
    enum Measure {
        /** Active people. */
        ACTIVE,
        /** Active people with a social-work major. */
        SOCIAL_WORK_MAJORS,
        /** People whose leaving date lies in the twelve months up to today. */
        LEFT_LAST_12_MONTHS,
        /** People in the workforce a year ago today. */
        IN_WORKFORCE_YEAR_AGO,
        /** People in the workforce today. */
        IN_WORKFORCE_TODAY
    }

    /** How {@link #countBy} groups: by the tree path of a person's unit, or by their employment mode. */
    enum Grouping { UNIT_PATH, EMPLOYMENT_MODE }

    /** One measure per group within the scope, as of {@code today}; groups without anyone are absent. */
    Map<Object, Long> countBy(OrgScope scope, Measure measure, Grouping grouping, LocalDate today);

    /** Active hubs of the scope (street, township, development zone, industrial park) with their covered workers. */
    List<Hub> hubs(OrgScope scope, LocalDate activeOn);
}
