package org.unionworks.registry.application;

import java.time.LocalDate;
import org.unionworks.registry.model.SocialOrgStatus;
import org.unionworks.registry.model.SocialOrganization;

public record SocialOrgView(long id, long version, String name, String creditCode, long supervisingUnitId,
                            String supervisingUnitName, Long incubatedById, String incubatedByName,
                            LocalDate registeredOn, SocialOrgStatus status, LocalDate statusSince) {

    /**
     * A record's current employer as the record names it: shown and kept on the form even when
     * the caller could not pick it (supervised in a neighbouring subtree).
     */
    public static SocialOrgView reference(long id, String name) {
        return new SocialOrgView(id, 0, name, "", 0, "", null, null, null, null, null);
    }

    static SocialOrgView of(SocialOrganization s) {
        var incubator = s.getIncubatedBy();
        return new SocialOrgView(s.getId(), s.getVersion(), s.getName(), s.getCreditCode().value(),
                s.getSupervisingUnit().getId(), s.getSupervisingUnit().getName(),
                incubator == null ? null : incubator.getId(), incubator == null ? null : incubator.getName(),
                s.getRegisteredOn(), s.getStatus(), s.getStatusSince());
    }
}
