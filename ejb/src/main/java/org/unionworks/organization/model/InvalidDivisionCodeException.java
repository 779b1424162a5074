package org.unionworks.organization.model;

import org.unionworks.shared.model.DomainException;

/** A division code that is not six digits of a GB/T 2260 province, city and county. */
public class InvalidDivisionCodeException extends DomainException {

    public InvalidDivisionCodeException(String code) {
        super("organization.divisionCode.invalid", "Invalid GB/T 2260 division code: " + code);
    }
}
