package org.unionworks.organization.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import org.unionworks.organization.model.DivisionCatalogue;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.DivisionEntry;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;

@Stateless
@Interceptors(AuditFailures.class)
public class DefaultDivisionCatalogueService implements DivisionCatalogueService {

    private static final int OPTIONS_MAX = 30;

    @Inject
    DivisionCatalogue catalogue;

    @Inject
    OrganizationSettings settings;

    @Inject
    AuditTrail audit;

    @Override
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public EditionLoad load(String edition, String source, List<DivisionEntry> entries) {
        boolean loaded = catalogue.addEdition(edition, source, entries);
        if (loaded) {
            audit.record(AuditAction.DIVISION_EDITION_LOADED, "DivisionEdition", edition, AuditOutcome.SUCCESS,
                    AuditDetail.of("divisionEditionLoaded", entries.size()));
        }
        return new EditionLoad(edition, loaded, catalogue.size(edition));
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.SYSTEM_ADMIN})
    public String editionInForce() {
        return settings.divisionEdition();
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public List<DivisionEntry> options(String parentCode, OrgUnitType type, String query) {
        DivisionCode.Level level = type == null ? null : type.requiredDivisionLevel().orElse(null);
        return catalogue.search(settings.divisionEdition(), DivisionCode.of(parentCode), level, query, OPTIONS_MAX);
    }
}
