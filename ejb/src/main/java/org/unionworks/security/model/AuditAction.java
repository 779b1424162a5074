package org.unionworks.security.model;

/** What an audit row records. Labels: {@code auditAction.<NAME>} in the labels bundle. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGOUT,
    SESSION_EXPIRED,
    USER_CREATED,
    USER_UPDATED,
    USER_ROLES_CHANGED,
    USER_ORG_CHANGED,
    USER_ENABLED,
    USER_DISABLED,
    USER_UNLOCKED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    ACCESS_DENIED,
    OPERATION_FAILED,
    EXPORT,
    AUDIT_SEARCH,
    SYSTEM_BOOTSTRAP,
    SOCIAL_ORG_CREATED,
    SOCIAL_ORG_UPDATED,
    PROFESSIONAL_CREATED,
    PROFESSIONAL_UPDATED,
    PROFESSIONAL_POSTED,
    PROFESSIONAL_LEFT,
    PERSONAL_DATA_REVEALED,
    POST_CREATED,
    POST_UPDATED,
    POST_ABOLISHED,
    IMPORT_UPLOADED,
    IMPORT_COMMITTED,
    IMPORT_CANCELLED;

    public String labelKey() {
        return "auditAction." + name();
    }
}
