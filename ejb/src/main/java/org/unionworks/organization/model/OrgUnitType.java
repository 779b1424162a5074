package org.unionworks.organization.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Kinds of union bodies and service agencies (guideline §4). Labels live in the
 * {@code org.unionworks.i18n.labels} bundle under {@code orgType.<NAME>}.
 */
public enum OrgUnitType {
    NATIONAL,
    PROVINCE,
    CITY,
    COUNTY,
    STREET,
    TOWNSHIP,
    DEVELOPMENT_ZONE,
    INDUSTRIAL_PARK,
    COMMUNITY,
    /** 区域（行业）性基层工会联合会: joins the enterprise unions of an area or an industry below a county or hub. */
    REGIONAL_FEDERATION,
    ENTERPRISE_UNION,
    SERVICE_CENTRE,
    HOTLINE_12351,
    LEGAL_AID;

    /** Street, township, development-zone and industrial-park unions: the only ones with a numeric staffing norm (§4). */
    public boolean isGrassrootsHub() {
        return this == STREET || this == TOWNSHIP || this == DEVELOPMENT_ZONE || this == INDUSTRIAL_PARK;
    }

    /** All grassroots hub types, for queries over covered workers. */
    public static List<OrgUnitType> grassrootsHubs() {
        return Arrays.stream(values()).filter(OrgUnitType::isGrassrootsHub).toList();
    }

    /** Whether a unit of this type may sit directly under a unit of {@code parent} type. */
    public boolean mayBeChildOf(OrgUnitType parent) {
        return switch (this) {
            case NATIONAL -> false;
            case PROVINCE -> parent == NATIONAL;
            case CITY -> parent == PROVINCE;
            case COUNTY -> parent == CITY;
            case STREET, TOWNSHIP, DEVELOPMENT_ZONE, INDUSTRIAL_PARK -> parent == COUNTY || parent == CITY;
            case COMMUNITY -> parent.isGrassrootsHub();
            case REGIONAL_FEDERATION -> parent.isGrassrootsHub() || parent == COUNTY || parent == CITY;
            case ENTERPRISE_UNION -> parent.isGrassrootsHub() || parent == COUNTY || parent == CITY || parent == COMMUNITY
                    || parent == REGIONAL_FEDERATION;
            case SERVICE_CENTRE, HOTLINE_12351, LEGAL_AID -> parent == NATIONAL || parent == PROVINCE || parent == CITY
                    || parent == COUNTY || parent.isGrassrootsHub();
        };
    }

    /** Federations of an administrative level carry a division code of exactly that level (GB/T 2260). */
    public Optional<DivisionCode.Level> requiredDivisionLevel() {
        return switch (this) {
            case NATIONAL -> Optional.of(DivisionCode.Level.NATIONAL);
            case PROVINCE -> Optional.of(DivisionCode.Level.PROVINCE);
            case CITY -> Optional.of(DivisionCode.Level.CITY);
            case COUNTY -> Optional.of(DivisionCode.Level.COUNTY);
            default -> Optional.empty();
        };
    }

    public String labelKey() {
        return "orgType." + name();
    }
}
