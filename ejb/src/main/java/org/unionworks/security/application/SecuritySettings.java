package org.unionworks.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionworks.security.model.LockoutPolicy;
import org.unionworks.security.model.PasswordHasher;
import org.unionworks.security.model.PasswordPolicy;

/**
 * Security rules as configuration (MicroProfile Config: system properties or environment
 * variables such as {@code UNIONWORKS_SECURITY_LOCKOUT_MAX_FAILURES}); defaults per
 * GB/T 22239 level 3 practice. The policies are immutable values, produced once ({@code @Singleton}:
 * final classes need no client proxy).
 */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "unionworks.security.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "unionworks.security.lockout.minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "unionworks.security.password.min-length", defaultValue = "12")
    int minLength;

    @Inject
    @ConfigProperty(name = "unionworks.security.password.min-classes", defaultValue = "3")
    int minClasses;

    @Inject
    @ConfigProperty(name = "unionworks.security.pbkdf2.iterations", defaultValue = "210000")
    int iterations;

    @Produces
    @Singleton
    LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    @Produces
    @Singleton
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(minLength, minClasses);
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher(iterations);
    }
}
