package org.unionworks.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of API texts: the first of Chinese or English the caller's Accept-Language names; Chinese without one. */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if (Locale.ENGLISH.getLanguage().equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
            if (Locale.CHINESE.getLanguage().equals(wanted.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
