package org.unionworks.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unionworks.security.application.AccountService;
import org.unionworks.security.application.PasswordRejectedException;
import org.unionworks.security.model.PasswordPolicy;
import org.unionworks.shared.model.DomainException;
import org.unionworks.web.shell.Messages;

/** A person changes their own password. Values never outlive the request. */
@Named
@RequestScoped
public class PasswordChangeView {

    @Inject
    AccountService account;

    @Inject
    PasswordPolicy policy;

    private String current;
    private String replacement;
    private String confirmation;

    public void change() {
        try {
            if (replacement == null || !replacement.equals(confirmation)) {
                Messages.error("password.mismatch");
                return;
            }
            account.changeOwnPassword(chars(current), chars(replacement));
            Messages.info("password.changed");
        } catch (PasswordRejectedException e) {
            Messages.passwordRejected(e, policy);
        } catch (DomainException e) {
            Messages.error(e);
        } finally {
            current = null;
            replacement = null;
            confirmation = null;
        }
    }

    public String getRules() {
        return Messages.passwordRules(policy);
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
