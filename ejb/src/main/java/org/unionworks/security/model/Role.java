package org.unionworks.security.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What an account may do. Labels: {@code role.<NAME>} in the labels bundle. */
public enum Role {
    SYSTEM_ADMIN,
    SECURITY_ADMIN,
    AUDIT_ADMIN,
    UNION_OFFICIAL,
    LABOR_DEPT,
    FINANCE,
    /** May see and export full ID and phone numbers of people in their subtree (PIPL: only where needed). */
    PERSONAL_DATA,
    /** A labour department's client of the pull API (never an account's role: API clients have no accounts). */
    API_CLIENT;

    /** The three administrators of GB/T 22239 level 3 (三员分立): never held by one person together. */
    public static final Set<Role> ADMINISTRATORS =
            Collections.unmodifiableSet(EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN));

    public boolean isAdministrator() {
        return ADMINISTRATORS.contains(this);
    }

    /** Whether an administrator may give this role to a person's account. */
    public boolean isAssignableToAccounts() {
        return this != API_CLIENT;
    }

    public String labelKey() {
        return "role." + name();
    }
}
