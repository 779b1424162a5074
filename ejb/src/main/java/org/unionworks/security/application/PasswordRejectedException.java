package org.unionworks.security.application;

import java.util.List;
import org.unionworks.security.model.PasswordPolicy;
import org.unionworks.shared.model.DomainException;

/** The password breaks the password policy; {@link #violations()} are message keys. */
public class PasswordRejectedException extends DomainException {

    private final List<String> violations;

    public PasswordRejectedException(List<String> violations) {
        super(violations.get(0), "password rejected: " + violations);
        this.violations = List.copyOf(violations);
    }

    /** Throws unless {@code password} satisfies {@code policy} for {@code username}. */
    public static void requireAcceptable(PasswordPolicy policy, String username, char[] password) {
        List<String> problems = policy.violations(username, password);
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
    }

    public List<String> violations() {
        return violations;
    }
}
