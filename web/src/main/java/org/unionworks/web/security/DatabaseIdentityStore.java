package org.unionworks.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import org.unionworks.security.application.AuthenticationResult;
import org.unionworks.security.application.AuthenticationService;
import org.unionworks.security.application.LoginChannel;

/** Portal accounts in the application database, checked (with lockout and audit) by the EJB layer. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AuthenticationResult result = authentication.authenticate(upc.getCaller(), upc.getPassword().getValue(),
                LoginChannel.PORTAL);
        return result.valid()
                ? new CredentialValidationResult(result.username(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
