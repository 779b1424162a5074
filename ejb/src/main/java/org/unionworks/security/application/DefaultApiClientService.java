package org.unionworks.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.InvalidDivisionCodeException;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.security.model.ApiClient;
import org.unionworks.security.model.ApiClientRepository;
import org.unionworks.security.model.ApiToken;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * API clients: a security administrator issues one per labour department, for a jurisdiction inside the division
 * of the administrator's own union body, and revokes it when the department no longer needs it. The token is
 * generated here, handed out once and kept only as its hash.
 */
@Stateless
@RolesAllowed(Roles.SECURITY_ADMIN)
public class DefaultApiClientService implements ApiClientService {

    static final String TYPE = "ApiClient";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiClientRepository clients;

    @Inject
    OrgUnitRepository orgUnits;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public IssuedApiClient create(ApiClientForm form) {
        Caller admin = caller.get();
        DivisionCode jurisdiction;
        try {
            jurisdiction = DivisionCode.of(form.jurisdiction());
        } catch (InvalidDivisionCodeException e) {
            throw new DomainException("apiClient.jurisdiction", "not a division code: " + form.jurisdiction(),
                    form.jurisdiction());
        }
        var issuer = orgUnits.find(admin.scope(), admin.orgUnitId())
                .orElseThrow(() -> new AccessDeniedException("administrator's own unit is not in scope"));
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime expiresAt = form.validUntil().plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        ApiToken token = ApiToken.generate(RANDOM);
        ApiClient client = ApiClient.issue(form.name(), jurisdiction, issuer, token, expiresAt, admin.username(), now);
        clients.add(client);
        em.flush();
        audit.record(AuditAction.API_CLIENT_CREATED, TYPE, client.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("apiClientCreated", jurisdiction.value(), client.getTokenHint(),
                        form.validUntil().toString()));
        return new IssuedApiClient(ApiClientView.of(client, now), token.reveal());
    }

    @Override
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public List<ApiClientView> list() {
        OffsetDateTime now = OffsetDateTime.now();
        return clients.list(caller.scope()).stream().map(c -> ApiClientView.of(c, now)).toList();
    }

    @Override
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public ApiClientView revoke(long id) {
        ApiClient client = clients.find(caller.scope(), id).orElseThrow(() -> new NotFoundException(TYPE, id));
        OffsetDateTime now = OffsetDateTime.now();
        client.revoke(caller.get().username(), now);
        audit.record(AuditAction.API_CLIENT_REVOKED, TYPE, id, AuditOutcome.SUCCESS,
                AuditDetail.of("apiClientRevoked", client.getTokenHint()));
        return ApiClientView.of(client, now);
    }

    @Override
    @PermitAll
    public AuthenticationResult authenticate(String presentedToken) {
        Optional<ApiToken> token = ApiToken.parse(presentedToken);
        Optional<ApiClient> found = token.flatMap(t -> clients.findByTokenHash(t.hash()));
        if (found.isEmpty()) {
            // nothing of what was presented is recorded: it may be a real token pasted into the wrong place
            audit.recordFor(null, null, AuditAction.API_TOKEN_REFUSED, TYPE, null, AuditOutcome.DENIED,
                    AuditDetail.of(token.isPresent() ? "apiTokenUnknown" : "apiTokenMalformed"));
            return AuthenticationResult.INVALID;
        }
        ApiClient client = found.get();
        OffsetDateTime now = OffsetDateTime.now();
        if (!client.isUsable(now)) {
            audit.recordFor(client.principalName(), client.getIssuedBy().getId(), AuditAction.API_TOKEN_REFUSED,
                    TYPE, client.getId(), AuditOutcome.DENIED,
                    AuditDetail.of(client.isRevoked() ? "apiTokenRevoked" : "apiTokenExpired"));
            return AuthenticationResult.INVALID;
        }
        if (client.needsTouch(now)) {
            clients.touch(client.getId(), now);
        }
        return new AuthenticationResult(true, client.principalName(), Set.of(Roles.API_CLIENT));
    }

    @Override
    @PermitAll
    public Optional<ApiClientIdentity> current() {
        long id = ApiClient.idOfPrincipal(caller.nameOrNull());
        if (id < 0) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now();
        return clients.find(id).filter(c -> c.isUsable(now))
                .map(c -> new ApiClientIdentity(c.getId(), c.getName(), c.getJurisdiction(),
                        c.getIssuedBy().getName()));
    }
}
