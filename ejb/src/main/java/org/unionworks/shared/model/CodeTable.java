package org.unionworks.shared.model;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lookup of the enum constant for a code of a national standard (GB/T 4658 education, GB/T 4762
 * political status, …). Codes in imported rosters come with stray spaces; anything else that is
 * not in the table is refused with the table's message key. The refused code is kept out of the
 * exception: it belongs to a person's record.
 */
public final class CodeTable<E extends Enum<E>> {

    private final Map<String, E> byCode;
    private final String messageKey;
    private final String developerMessage;

    private CodeTable(Map<String, E> byCode, String messageKey, String developerMessage) {
        this.byCode = byCode;
        this.messageKey = messageKey;
        this.developerMessage = developerMessage;
    }

    /** @throws IllegalStateException if two constants share a code, which is a typo in the enum */
    public static <E extends Enum<E>> CodeTable<E> of(E[] values, Function<E, String> code,
            String messageKey, String developerMessage) {
        return new CodeTable<>(Arrays.stream(values).collect(Collectors.toUnmodifiableMap(code, Function.identity())),
                messageKey, developerMessage);
    }

    /** @throws DomainException with the table's message key for a null, blank or unlisted code */
    public E find(String code) {
        E value = code == null ? null : byCode.get(code.strip());
        if (value == null) {
            throw new DomainException(messageKey, developerMessage);
        }
        return value;
    }
}
