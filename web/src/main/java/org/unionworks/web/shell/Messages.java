package org.unionworks.web.shell;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.unionworks.security.application.PasswordRejectedException;
import org.unionworks.security.model.PasswordPolicy;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;

/** Faces messages from the bundles, in the view's language; texts for the API in the request's. */
public final class Messages {

    private static final String BUNDLE = "org.unionworks.web.messages";
    /** Rule messages the services also render themselves (import reports): one text for both. */
    private static final String DOMAIN_ERRORS = "org.unionworks.i18n.errors";
    /** Field labels the services also use (history names changed fields with them). */
    private static final String DOMAIN_LABELS = "org.unionworks.i18n.labels";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    /** The text in a given language, where there is no view (the REST API); the key itself if there is none. */
    public static String text(Locale locale, String key, Object... args) {
        String text = find(locale, key, args);
        return text == null ? key : text;
    }

    /** The text from the portal's bundle, the services' errors or their labels; null where none has the key. */
    private static String find(Locale locale, String key, Object... args) {
        String pattern = pattern(BUNDLE, key, locale);
        if (pattern == null) {
            pattern = pattern(DOMAIN_ERRORS, key, locale);
        }
        if (pattern == null) {
            pattern = pattern(DOMAIN_LABELS, key, locale);
        }
        if (pattern == null) {
            return null;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static String pattern(String bundleName, String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(bundleName, locale, Thread.currentThread().getContextClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void error(DomainException e) {
        add(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
    }

    /**
     * Bean Validation refusals at a service boundary arrive wrapped in an EJBException; each
     * violation becomes a message. Anything else is a fault and is rethrown to the error page.
     */
    public static void invalid(EJBException e) {
        if (!(e.getCause() instanceof ConstraintViolationException refused)) {
            throw e;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        refused.getConstraintViolations().forEach(v -> error("error.invalid",
                ConstraintMessages.text(v, (key, args) -> find(locale, key, args))));
    }

    /** How a service call from a page ended. */
    public enum Outcome { DONE, REFUSED, CONFLICT }

    /**
     * Runs a service call and turns its refusals into messages: a broken rule by its key, a save
     * over someone else's newer one ({@link ConcurrentEditException}) too, so the page can offer a
     * reload, and Bean Validation refusals one per field. Faults still reach the error page.
     */
    public static Outcome attempt(Runnable call) {
        try {
            call.run();
            return Outcome.DONE;
        } catch (ConcurrentEditException e) {
            error(e);
            return Outcome.CONFLICT;
        } catch (DomainException e) {
            error(e);
        } catch (EJBException e) {
            invalid(e);
        }
        return Outcome.REFUSED;
    }

    /** Each broken password rule, with the policy's own numbers. */
    public static void passwordRejected(PasswordRejectedException e, PasswordPolicy policy) {
        e.violations().forEach(v -> error(v, policy.minLength(), policy.minCharacterClasses()));
    }

    /** The password rules as the policy in force states them. */
    public static String passwordRules(PasswordPolicy policy) {
        return text("password.rules", policy.minLength(), policy.minCharacterClasses());
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
