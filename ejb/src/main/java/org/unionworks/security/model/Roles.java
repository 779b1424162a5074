package org.unionworks.security.model;

/**
 * Role names as compile-time constants for {@code @RolesAllowed}. The enum {@link Role}
 * carries the same names; a unit test keeps the two in step.
 */
public final class Roles {

    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
    public static final String AUDIT_ADMIN = "AUDIT_ADMIN";
    public static final String UNION_OFFICIAL = "UNION_OFFICIAL";
    public static final String LABOR_DEPT = "LABOR_DEPT";
    public static final String FINANCE = "FINANCE";
    public static final String PERSONAL_DATA = "PERSONAL_DATA";
    public static final String API_CLIENT = "API_CLIENT";

    private Roles() {
    }
}
