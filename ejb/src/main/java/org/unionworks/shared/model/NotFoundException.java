package org.unionworks.shared.model;

/**
 * The record does not exist <em>or lies outside the caller's scope</em>: the two are
 * deliberately indistinguishable so that ids cannot be probed across organisations.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String type, Object id) {
        super("error.notFound", type + " " + id + " not found in caller scope");
    }
}
