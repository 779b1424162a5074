package org.unionworks.security.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * System, security and audit administrators are separate people (三员分立, GB/T 22239): an
 * account holds at most one administrator role, and no administrator role together with a
 * business role. An administrator may not change their own roles. The API client role belongs to API clients
 * only, never to a person's account.
 */
public final class SeparationOfDutiesPolicy {

    public List<String> violations(Set<Role> roles) {
        List<String> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add("user.roles.empty");
            return problems;
        }
        if (roles.stream().anyMatch(r -> !r.isAssignableToAccounts())) {
            problems.add("user.roles.notForAccounts");
        }
        long admins = roles.stream().filter(Role::isAdministrator).count();
        if (admins > 1) {
            problems.add("user.roles.adminsCombined");
        }
        if (admins == 1 && roles.size() > 1) {
            problems.add("user.roles.adminWithBusinessRole");
        }
        return problems;
    }
}
