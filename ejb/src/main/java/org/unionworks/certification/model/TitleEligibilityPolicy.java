package org.unionworks.certification.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Certificate level → the professional-technical post level its holder may be appointed to (评聘衔接, DOMAIN §3):
 * by default 助理社会工作师 → 助理级, 社会工作师 → 中级, 高级社会工作师 → 副高级. Provinces set their own mapping
 * ({@code unionworks.certification.title-mapping}); every level must be mapped and a higher certificate never maps
 * to a lower post level. The one place the linkage is decided: lists, filings and the dashboard all ask here.
 */
public final class TitleEligibilityPolicy {

    private final Map<CertificateLevel, TitleLevel> mapping;

    private TitleEligibilityPolicy(Map<CertificateLevel, TitleLevel> mapping) {
        EnumMap<CertificateLevel, TitleLevel> copy = new EnumMap<>(CertificateLevel.class);
        copy.putAll(mapping);
        TitleLevel previous = null;
        for (CertificateLevel level : CertificateLevel.values()) {
            TitleLevel title = copy.get(level);
            if (title == null) {
                throw new IllegalArgumentException("no post level for certificate level " + level);
            }
            if (previous != null && previous.isAbove(title)) {
                throw new IllegalArgumentException(level + " maps below the level under it (" + title + " < "
                        + previous + ")");
            }
            previous = title;
        }
        this.mapping = Collections.unmodifiableMap(copy);
    }

    public static TitleEligibilityPolicy defaults() {
        return new TitleEligibilityPolicy(Map.of(CertificateLevel.ASSISTANT, TitleLevel.ASSISTANT,
                CertificateLevel.SOCIAL_WORKER, TitleLevel.INTERMEDIATE,
                CertificateLevel.SENIOR, TitleLevel.ASSOCIATE_SENIOR));
    }

    public static TitleEligibilityPolicy of(Map<CertificateLevel, TitleLevel> mapping) {
        return new TitleEligibilityPolicy(Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * Reads the configured form {@code ASSISTANT=ASSISTANT,SOCIAL_WORKER=INTERMEDIATE,SENIOR=ASSOCIATE_SENIOR}.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown level, a missing one, a decreasing mapping
     */
    public static TitleEligibilityPolicy parse(String text) {
        Map<CertificateLevel, TitleLevel> mapping = new EnumMap<>(CertificateLevel.class);
        for (String pair : Objects.requireNonNull(text, "text").split(",")) {
            String[] parts = pair.split("=");
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected CERTIFICATE_LEVEL=TITLE_LEVEL, got '" + pair.strip() + "'");
            }
            CertificateLevel level = constant(CertificateLevel.class, parts[0]);
            if (mapping.put(level, constant(TitleLevel.class, parts[1])) != null) {
                throw new IllegalArgumentException("certificate level " + level + " mapped twice");
            }
        }
        return new TitleEligibilityPolicy(mapping);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + name.strip()
                        + "'"));
    }

    /** The post level a holder of this certificate may be appointed to; empty without a valid certificate. */
    public Optional<TitleLevel> eligibleFor(CertificateLevel highestValid) {
        return Optional.ofNullable(highestValid).map(mapping::get);
    }

    /**
     * The linkage on {@code date}.
     *
     * @param highestValid the highest certificate valid on the date, or null
     * @param appointed    the level of the latest appointment, or null when there never was one
     * @param appointmentEnds the day the latest appointment ends (exclusive), or null when open-ended
     */
    public TitleLinkage assess(CertificateLevel highestValid, TitleLevel appointed, LocalDate appointmentEnds,
                               LocalDate date) {
        Optional<TitleLevel> eligible = eligibleFor(highestValid);
        if (appointed == null) {
            return eligible.isPresent() ? TitleLinkage.ELIGIBLE_NOT_APPOINTED : TitleLinkage.NOT_ELIGIBLE;
        }
        if (appointmentEnds != null && !date.isBefore(appointmentEnds)) {
            return TitleLinkage.APPOINTMENT_EXPIRED;
        }
        if (eligible.isEmpty() || appointed.isAbove(eligible.get())) {
            return TitleLinkage.APPOINTED_ABOVE_ELIGIBILITY;
        }
        return appointed == eligible.get() ? TitleLinkage.MATCHED : TitleLinkage.APPOINTED_BELOW_ELIGIBILITY;
    }

    public Map<CertificateLevel, TitleLevel> mapping() {
        return mapping;
    }
}
