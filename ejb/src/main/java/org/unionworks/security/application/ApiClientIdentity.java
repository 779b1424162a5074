package org.unionworks.security.application;

import org.unionworks.organization.model.DivisionCode;

/** The API client behind a call: who it is and the jurisdiction it may read. */
public record ApiClientIdentity(long id, String name, DivisionCode jurisdiction) {
}
