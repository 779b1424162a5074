package org.unionworks.security.application;

import java.time.OffsetDateTime;
import org.unionworks.security.model.ApiClient;

/** An API client as its administrators see it: never the token, only its hint. */
public record ApiClientView(long id, String name, String jurisdiction, String issuedByName, String tokenHint,
                            String createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt, String revokedBy,
                            OffsetDateTime revokedAt, OffsetDateTime lastUsedAt, State state) {

    public enum State {
        ACTIVE, EXPIRED, REVOKED;

        public String labelKey() {
            return "apiClientState." + name();
        }
    }

    public static ApiClientView of(ApiClient c, OffsetDateTime now) {
        State state = c.isRevoked() ? State.REVOKED : c.isUsable(now) ? State.ACTIVE : State.EXPIRED;
        return new ApiClientView(c.getId(), c.getName(), c.getJurisdiction().value(), c.getIssuedBy().getName(),
                c.getTokenHint(), c.getCreatedBy(), c.getCreatedAt(), c.getExpiresAt(), c.getRevokedBy(),
                c.getRevokedAt(), c.getLastUsedAt(), state);
    }
}
