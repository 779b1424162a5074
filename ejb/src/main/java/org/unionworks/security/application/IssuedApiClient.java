package org.unionworks.security.application;

/** A client just created, with its bearer token: the only time anyone sees the token. */
public record IssuedApiClient(ApiClientView client, String token) {

    /** Never the token: records print themselves into logs. */
    @Override
    public String toString() {
        return "IssuedApiClient[" + client + "]";
    }
}
