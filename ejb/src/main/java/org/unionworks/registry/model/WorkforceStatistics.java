package org.unionworks.registry.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnitType;

/** Aggregates over the registry for dashboards: every figure is one SQL aggregate within a scope. */
public interface WorkforceStatistics {

    /** Active professionals and, of them, those with a social-work major. */
    record Headcount(long active, long socialWorkMajors) {
    }

    /** A grassroots hub unit as the staffing norm needs it. */
    record Hub(String path, OrgUnitType type, Long coveredWorkers) {
    }

    Headcount headcount(OrgScope scope);

    /** People in the workforce on a date: joined by then and not yet left. */
    long inWorkforceOn(OrgScope scope, LocalDate date);

    /** People who left on a date in {@code [from, to]}. */
    long leftBetween(OrgScope scope, LocalDate from, LocalDate to);

    /** Active professionals by the service field of their post; people without a post under the null key. */
    Map<ServiceField, Long> activeByServiceField(OrgScope scope);

    Map<EmploymentMode, Long> activeByEmploymentMode(OrgScope scope);

    /** Active professionals per tree path of their unit (one row per unit that has any). */
    Map<String, Long> activeByUnitPath(OrgScope scope);

    /** Active hubs of the scope (street, township, development zone, industrial park) with their covered workers. */
    List<Hub> hubs(OrgScope scope, LocalDate activeOn);
}
