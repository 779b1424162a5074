package org.unionworks.registry.model;

/** Why a posting started or ended; history keeps every change with its reason. Labels: {@code postingReason.<NAME>} in the labels bundle. */
public enum PostingReason {
    NEW_HIRE,
    TRANSFER,
    PROMOTION,
    SECONDMENT,
    RETURN_FROM_SECONDMENT,
    DEPARTURE,
    ORG_MERGER,
    POST_ABOLISHED,
    CORRECTION;

    public String labelKey() {
        return "postingReason." + name();
    }
}
