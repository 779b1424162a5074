package org.unionworks.security.application;

import org.unionworks.organization.model.DivisionCode;

/**
 * The API client behind a call: who it is, the jurisdiction it may read, and the union body that issued it (whose
 * name heads the filings the client draws).
 */
public record ApiClientIdentity(long id, String name, DivisionCode jurisdiction, String issuedByName) {
}
