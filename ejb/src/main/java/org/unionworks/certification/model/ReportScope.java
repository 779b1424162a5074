package org.unionworks.certification.model;

import java.util.Objects;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgScope;

/**
 * Whose professionals a certification report covers: a portal caller's organisation subtree, or an API client's
 * jurisdiction (the professionals of every union body filed under a division code within it).
 */
public final class ReportScope {

    private final OrgScope orgScope;
    private final DivisionCode jurisdiction;

    private ReportScope(OrgScope orgScope, DivisionCode jurisdiction) {
        this.orgScope = orgScope;
        this.jurisdiction = jurisdiction;
    }

    public static ReportScope of(OrgScope orgScope) {
        return new ReportScope(Objects.requireNonNull(orgScope, "orgScope"), null);
    }

    public static ReportScope of(DivisionCode jurisdiction) {
        return new ReportScope(null, Objects.requireNonNull(jurisdiction, "jurisdiction"));
    }

    /** The subtree of a portal caller; null for a jurisdiction. */
    public OrgScope orgScope() {
        return orgScope;
    }

    /** The division of an API client; null for a portal caller. */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /** Whether a division filter asks only for what the scope may read (an org subtree filters, it never refuses). */
    public boolean admits(DivisionCode division) {
        return jurisdiction == null || division == null || jurisdiction.contains(division);
    }

    /**
     * Whether the scope covers a province or more: an API client's national or provincial jurisdiction, a portal
     * caller's subtree from the national or a provincial union down (depth 0 or 1 of the tree).
     */
    public boolean spansProvince() {
        if (jurisdiction != null) {
            return jurisdiction.level().ordinal() <= DivisionCode.Level.PROVINCE.ordinal();
        }
        return orgScope.rootPath().chars().filter(c -> c == '/').count() <= 3;
    }

    /** Short enough for an audit row's object id: the division code, or the id of the subtree's root unit. */
    @Override
    public String toString() {
        if (jurisdiction != null) {
            return "division:" + jurisdiction.value();
        }
        String path = orgScope.rootPath();
        String trimmed = path.substring(0, path.length() - 1);
        return "org:" + trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
