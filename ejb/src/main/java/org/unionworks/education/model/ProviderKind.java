package org.unionworks.education.model;

/** What kind of body a continuing-education provider is (DOMAIN §4). Labels: {@code providerKind.<NAME>}. */
public enum ProviderKind {
    /** National social work education and training bases (全国社会工作教育培训基地). */
    NATIONAL_TRAINING_BASE,
    /** Universities and colleges with a social work programme. */
    UNIVERSITY,
    /** Union cadre colleges and schools (工会干部院校). */
    UNION_COLLEGE,
    /** Social organisations and professional associations. */
    SOCIAL_ORGANISATION,
    OTHER;

    public String labelKey() {
        return "providerKind." + name();
    }
}
