package org.unionworks.registry.model;

/** Registration status of a worker-service social organisation with civil affairs. Labels: {@code socialOrgStatus.<NAME>} in the labels bundle. */
public enum SocialOrgStatus {
    ACTIVE,
    SUSPENDED,
    DEREGISTERED;

    public String labelKey() {
        return "socialOrgStatus." + name();
    }
}
