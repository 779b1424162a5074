package org.unionworks.security.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.shared.model.DomainException;

/**
 * A labour department's client of the pull API, bound to a jurisdiction: a division code and everything under it.
 * Issued by a union body for a jurisdiction within its own division; authenticated by a bearer token of which only
 * the hash is kept; usable until it expires or is revoked.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    /** The longest a token may live before a new client has to be issued: a year and a little grace. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(400);
    /** Principal names of API clients: no account name can take this form (accounts have no colon). */
    public static final String PRINCIPAL_PREFIX = "api:";
    private static final int MAX_NAME = 100;
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @Id
    @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = 6, updatable = false)
    private DivisionCode jurisdiction;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit issuedBy;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, length = 16, updatable = false)
    private String tokenHint;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    private long version;

    protected ApiClient() {
        // for JPA
    }

    /**
     * A new client. The issuing unit's own division must contain the jurisdiction, and the token must expire after
     * {@code now} and within {@link #MAX_LIFETIME}.
     */
    public static ApiClient issue(String name, DivisionCode jurisdiction, OrgUnit issuedBy, ApiToken token,
                                  OffsetDateTime expiresAt, String createdBy, OffsetDateTime now) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new DomainException("apiClient.name", "client name must be 1 to " + MAX_NAME + " characters",
                    MAX_NAME);
        }
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (!issuedBy.getDivisionCode().contains(jurisdiction)) {
            throw new DomainException("apiClient.jurisdictionOutside",
                    "jurisdiction " + jurisdiction + " lies outside " + issuedBy.getDivisionCode(),
                    jurisdiction.value(), issuedBy.getDivisionCode().value());
        }
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new DomainException("apiClient.expiry", "expiry must be after now and within "
                    + MAX_LIFETIME.toDays() + " days", MAX_LIFETIME.toDays());
        }
        ApiClient client = new ApiClient();
        client.name = trimmed;
        client.jurisdiction = jurisdiction;
        client.issuedBy = issuedBy;
        client.tokenHash = token.hash();
        client.tokenHint = token.hint();
        client.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        client.createdAt = now;
        client.expiresAt = expiresAt;
        return client;
    }

    public boolean isUsable(OffsetDateTime now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(String by, OffsetDateTime now) {
        if (revokedAt != null) {
            throw new DomainException("apiClient.alreadyRevoked", "client " + id + " is already revoked");
        }
        revokedBy = Objects.requireNonNull(by, "by");
        revokedAt = now;
    }

    /** Whether a use at {@code now} should be written down (at most once a minute, to spare the database). */
    public boolean needsTouch(OffsetDateTime now) {
        return touchDue(lastUsedAt, now);
    }

    static boolean touchDue(OffsetDateTime lastUsedAt, OffsetDateTime now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(TOUCH_INTERVAL));
    }

    public String principalName() {
        return PRINCIPAL_PREFIX + id;
    }

    /** The client id a principal name stands for, or -1 when it is not an API client's. */
    public static long idOfPrincipal(String principalName) {
        if (principalName == null || !principalName.startsWith(PRINCIPAL_PREFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(principalName.substring(PRINCIPAL_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public DivisionCode getJurisdiction() {
        return jurisdiction;
    }

    public OrgUnit getIssuedBy() {
        return issuedBy;
    }

    public String getTokenHint() {
        return tokenHint;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public long getVersion() {
        return version;
    }
}
