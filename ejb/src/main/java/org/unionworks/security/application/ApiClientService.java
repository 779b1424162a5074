package org.unionworks.security.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The labour departments' API clients: created, listed and revoked by security administrators. */
@Local
public interface ApiClientService {

    /** A new client for a jurisdiction within the administrator's own division; the token is in the result only. */
    IssuedApiClient create(@NotNull @Valid ApiClientForm form);

    /** Clients issued within the administrator's subtree, newest first. */
    List<ApiClientView> list();

    ApiClientView revoke(long id);

    /**
     * Who presents this bearer token: a valid result names the client's principal and the API client role; an
     * unknown, revoked or expired token gives {@link AuthenticationResult#INVALID} and an audit row.
     */
    AuthenticationResult authenticate(String presentedToken);

    /** The API client making the current call, while it is usable; empty for any other caller. */
    java.util.Optional<ApiClientIdentity> current();
}
