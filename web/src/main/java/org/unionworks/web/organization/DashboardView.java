package org.unionworks.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.ScopeSummary;
import org.unionworks.organization.model.OrgUnitType;

/** Real figures of the caller's scope: org units by type. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    OrgUnitService orgUnits;

    private ScopeSummary summary;

    public record TypeCount(OrgUnitType type, long count) {
    }

    @PostConstruct
    void load() {
        summary = orgUnits.summary();
    }

    public ScopeSummary getSummary() {
        return summary;
    }

    public List<TypeCount> getByType() {
        return Arrays.stream(OrgUnitType.values())
                .filter(t -> summary.unitsByType().containsKey(t))
                .map(t -> new TypeCount(t, summary.unitsByType().get(t)))
                .toList();
    }
}
