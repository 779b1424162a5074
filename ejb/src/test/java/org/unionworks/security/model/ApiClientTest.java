package org.unionworks.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.shared.model.DomainException;

class ApiClientTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private final OrgUnit province = OrgUnit.root(OrgUnitType.PROVINCE, "江西省总工会", DivisionCode.of("360000"));
    private final ApiToken token = ApiToken.generate(new SecureRandom());

    private ApiClient issue(String jurisdiction, OffsetDateTime expiresAt) {
        return ApiClient.issue("南昌市人社局", DivisionCode.of(jurisdiction), province, token, expiresAt, "secadmin",
                NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"360000", "360100", "360102"})
    void aJurisdictionWithinTheIssuersDivisionIsAccepted(String code) {
        ApiClient client = issue(code, NOW.plusDays(30));
        assertEquals(code, client.getJurisdiction().value());
        assertEquals(token.hint(), client.getTokenHint());
        assertTrue(client.isUsable(NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000", "370000", "370100", "420102"})
    void aJurisdictionOutsideTheIssuersDivisionIsRefused(String code) {
        DomainException e = assertThrows(DomainException.class, () -> issue(code, NOW.plusDays(30)));
        assertEquals("apiClient.jurisdictionOutside", e.messageKey());
    }

    @Test
    void theExpiryMustLieAfterNowAndWithinTheLongestLifetime() {
        assertEquals("apiClient.expiry", assertThrows(DomainException.class, () -> issue("360100", NOW))
                .messageKey());
        assertEquals("apiClient.expiry", assertThrows(DomainException.class, () -> issue("360100", null))
                .messageKey());
        assertEquals("apiClient.expiry", assertThrows(DomainException.class,
                () -> issue("360100", NOW.plus(ApiClient.MAX_LIFETIME).plusSeconds(1))).messageKey());
        assertTrue(issue("360100", NOW.plus(ApiClient.MAX_LIFETIME)).isUsable(NOW));
    }

    @Test
    void theNameIsRequiredAndBounded() {
        assertEquals("apiClient.name", assertThrows(DomainException.class, () -> ApiClient.issue("  ",
                DivisionCode.of("360100"), province, token, NOW.plusDays(1), "secadmin", NOW)).messageKey());
        assertEquals("apiClient.name", assertThrows(DomainException.class, () -> ApiClient.issue("局".repeat(101),
                DivisionCode.of("360100"), province, token, NOW.plusDays(1), "secadmin", NOW)).messageKey());
    }

    @Test
    void aClientStopsAtTheInstantItExpires() {
        ApiClient client = issue("360100", NOW.plusDays(1));
        assertTrue(client.isUsable(NOW.plusDays(1).minusNanos(1)));
        assertFalse(client.isUsable(NOW.plusDays(1)));
    }

    @Test
    void aRevokedClientIsUnusableAndCannotBeRevokedTwice() {
        ApiClient client = issue("360100", NOW.plusDays(30));
        client.revoke("secadmin", NOW.plusHours(1));
        assertTrue(client.isRevoked());
        assertFalse(client.isUsable(NOW.plusHours(2)));
        assertEquals("secadmin", client.getRevokedBy());
        assertEquals("apiClient.alreadyRevoked", assertThrows(DomainException.class,
                () -> client.revoke("secadmin", NOW.plusHours(3))).messageKey());
    }

    @Test
    void useIsWrittenDownAtMostOnceAMinute() {
        assertTrue(issue("360100", NOW.plusDays(30)).needsTouch(NOW));
        assertFalse(ApiClient.touchDue(NOW, NOW.plusSeconds(59)));
        assertTrue(ApiClient.touchDue(NOW, NOW.plusSeconds(60)));
    }

    @Test
    void principalNamesCannotBeAccountNames() {
        assertEquals(7, ApiClient.idOfPrincipal("api:7"));
        assertEquals(-1, ApiClient.idOfPrincipal("official"));
        assertEquals(-1, ApiClient.idOfPrincipal("api:x"));
        assertEquals(-1, ApiClient.idOfPrincipal(null));
        assertFalse(AppUser.isWellFormedUsername("api:7"));
    }
}
