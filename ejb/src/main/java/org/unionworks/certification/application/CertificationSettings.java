package org.unionworks.certification.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionworks.certification.model.RegistrationRules;
import org.unionworks.certification.model.TitleEligibilityPolicy;

/**
 * The title linkage mapping, from MicroProfile Config {@code unionworks.certification.title-mapping} ({@code
 * CERTIFICATE_LEVEL=TITLE_LEVEL,...}; the national default 助理→助理级, 社工师→中级, 高级→副高级). A mapping that
 * misses a level or decreases stops the deployment. Registration periods are the national rule.
 */
@ApplicationScoped
public class CertificationSettings {

    @Inject
    @ConfigProperty(name = "unionworks.certification.title-mapping",
            defaultValue = "ASSISTANT=ASSISTANT,SOCIAL_WORKER=INTERMEDIATE,SENIOR=ASSOCIATE_SENIOR")
    String titleMapping;

    private TitleEligibilityPolicy titlePolicy;

    @PostConstruct
    void read() {
        titlePolicy = TitleEligibilityPolicy.parse(titleMapping);
    }

    public TitleEligibilityPolicy titlePolicy() {
        return titlePolicy;
    }

    public RegistrationRules registrationRules() {
        return RegistrationRules.NATIONAL;
    }
}
