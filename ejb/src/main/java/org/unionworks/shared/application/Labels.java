package org.unionworks.shared.application;

import java.util.Locale;
import java.util.ResourceBundle;

/** Labels of domain enums (org types, roles, audit actions) shared by the portal, API and filings. */
public final class Labels {

    public static final String BUNDLE = "org.unionworks.i18n.labels";

    private Labels() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
