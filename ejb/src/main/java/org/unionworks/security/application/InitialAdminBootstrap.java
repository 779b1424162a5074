package org.unionworks.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.security.model.AppUser;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.PasswordHasher;
import org.unionworks.security.model.PasswordPolicy;
import org.unionworks.security.model.Role;
import org.unionworks.security.model.UserRepository;

/**
 * Creates the first security administrator of a production installation. Runs only while
 * no security administrator exists and only when the operator supplies the account through
 * the environment ({@code UNIONWORKS_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code UNIONWORKS_BOOTSTRAP_ADMIN_PASSWORD}); an empty tree gets its root unit from
 * {@code UNIONWORKS_BOOTSTRAP_ROOT_NAME/_TYPE/_DIVISION}. Remove the variables after the first start.
 */
@Singleton
@Startup
@DenyAll
@DependsOn({"SchemaMigrator", "DemoDataSeeder"})
public class InitialAdminBootstrap {

    private static final Logger LOG = Logger.getLogger(InitialAdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "unionworks.bootstrap.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "unionworks.bootstrap.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "unionworks.bootstrap.root.name", defaultValue = "中华全国总工会")
    String rootName;

    @Inject
    @ConfigProperty(name = "unionworks.bootstrap.root.type", defaultValue = "NATIONAL")
    OrgUnitType rootType;

    @Inject
    @ConfigProperty(name = "unionworks.bootstrap.root.division", defaultValue = "100000")
    String rootDivision;

    @Inject
    UserRepository users;

    @Inject
    OrgUnitRepository units;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditTrail audit;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void bootstrap() {
        if (username.isEmpty() || password.isEmpty() || users.anyWithRole(Role.SECURITY_ADMIN)) {
            return;
        }
        String name = username.get().strip();
        char[] secret = password.get().toCharArray();
        List<String> problems = policy.violations(name, secret);
        if (!AppUser.isWellFormedUsername(name) || !problems.isEmpty()) {
            LOG.severe(() -> "bootstrap administrator refused: invalid user name or password " + problems);
            return;
        }
        OrgUnit root = units.isEmpty() ? createRoot() : units.topmost();
        AppUser admin = new AppUser(name, name, root, EnumSet.of(Role.SECURITY_ADMIN), hasher.hash(secret));
        users.add(admin);
        audit.recordFor(null, null, AuditAction.SYSTEM_BOOTSTRAP, "AppUser", name, AuditOutcome.SUCCESS,
                AuditDetail.of("bootstrapAdmin", root.getId()));
        LOG.warning(() -> "first security administrator '" + name + "' created; remove the bootstrap variables");
    }

    private OrgUnit createRoot() {
        OrgUnit root = OrgUnit.root(rootType, rootName, DivisionCode.of(rootDivision));
        units.add(root);
        return root;
    }
}
