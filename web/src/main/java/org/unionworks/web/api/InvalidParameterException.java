package org.unionworks.web.api;

import java.util.Arrays;
import java.util.stream.Stream;
import org.unionworks.shared.model.DomainException;

/**
 * A query parameter the API cannot read: answered with 400 and a text that names the parameter
 * and what it takes, in the caller's language ({@code messageKey} in the portal bundle, whose
 * first argument is the parameter's name).
 */
public class InvalidParameterException extends DomainException {

    public InvalidParameterException(String messageKey, String parameter, Object... expected) {
        super(messageKey, "invalid query parameter " + parameter,
                Stream.concat(Stream.of(parameter), Arrays.stream(expected)).toArray());
    }
}
