package org.unionworks.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionworks.security.model.PersonalDataProtector;

/**
 * Where the personal-data keys come from. Production: MicroProfile Config, i.e. the
 * environment variables {@code UNIONWORKS_PII_KEY_ID}, {@code UNIONWORKS_PII_ENCRYPTION_KEY}
 * and {@code UNIONWORKS_PII_INDEX_KEY} (base64, 32 bytes each) or server system properties
 * resolved from WildFly's credential store (see README), never the database or the repository.
 * Retired keys stay readable through {@code UNIONWORKS_PII_RETIRED_KEYS}
 * ({@code id:encKey:indexKey,...}). The demo switch alone may generate keys, into the data
 * directory next to the demo database. Without keys the deployment fails at start.
 */
@ApplicationScoped
public class PersonalDataProtection {

    private static final Logger LOG = Logger.getLogger(PersonalDataProtection.class.getName());

    @Inject
    @ConfigProperty(name = "unionworks.pii.key-id")
    Optional<String> keyId;

    @Inject
    @ConfigProperty(name = "unionworks.pii.encryption-key")
    Optional<String> encryptionKey;

    @Inject
    @ConfigProperty(name = "unionworks.pii.index-key")
    Optional<String> indexKey;

    @Inject
    @ConfigProperty(name = "unionworks.pii.retired-keys")
    Optional<List<String>> retiredKeys;

    @Inject
    @ConfigProperty(name = "unionworks.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "unionworks.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    Optional<String> serverDataDir;

    private PersonalDataProtector protector;

    /** Builds the protector while the application starts, so missing keys stop the deployment. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        protector();
    }

    @Produces
    @Singleton
    synchronized PersonalDataProtector protector() {
        if (protector == null) {
            protector = new AesGcmPersonalDataProtector(currentKeys(), retired());
        }
        return protector;
    }

    private PersonalDataKeys currentKeys() {
        if (encryptionKey.isPresent() && indexKey.isPresent()) {
            return PersonalDataKeys.fromBase64(keyId.orElse("k1"), encryptionKey.get(), indexKey.get());
        }
        if (demo) {
            Path file = Path.of(dataDir.or(() -> serverDataDir).orElse("data"), "keys", "pii-demo.properties");
            LOG.warning(() -> "unionworks.demo: personal data keys generated for the demo in " + file
                    + "; production installations set UNIONWORKS_PII_ENCRYPTION_KEY and UNIONWORKS_PII_INDEX_KEY");
            return PersonalDataKeys.loadOrCreate(file);
        }
        throw new IllegalStateException("Personal data keys are not configured: set UNIONWORKS_PII_KEY_ID, "
                + "UNIONWORKS_PII_ENCRYPTION_KEY and UNIONWORKS_PII_INDEX_KEY (see README, 'Personal data keys')");
    }

    private List<PersonalDataKeys> retired() {
        List<PersonalDataKeys> keys = new ArrayList<>();
        for (String entry : retiredKeys.orElse(List.of())) {
            String[] parts = entry.strip().split(":");
            if (parts.length != 3) {
                throw new IllegalStateException("UNIONWORKS_PII_RETIRED_KEYS entries are id:encryptionKey:indexKey");
            }
            keys.add(PersonalDataKeys.fromBase64(parts[0], parts[1], parts[2]));
        }
        return keys;
    }
}
