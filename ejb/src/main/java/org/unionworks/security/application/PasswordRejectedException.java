package org.unionworks.security.application;

import java.util.List;
import org.unionworks.shared.model.DomainException;

/** The password breaks the password policy; {@link #violations()} are message keys. */
public class PasswordRejectedException extends DomainException {

    private final List<String> violations;

    public PasswordRejectedException(List<String> violations) {
        super(violations.get(0), "password rejected: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
