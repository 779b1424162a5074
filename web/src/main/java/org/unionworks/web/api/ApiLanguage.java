package org.unionworks.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of API texts: the first of Chinese or English the caller's Accept-Language names; Chinese without one. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpHeaders headers) {
        return of(headers.getAcceptableLanguages());
    }

    /**
     * The first of the languages a client accepts, in its order of preference, that the API speaks: English or
     * Chinese; Chinese when it names neither or none.
     */
    public static Locale of(Iterable<Locale> acceptable) {
        for (Locale wanted : acceptable) {
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
