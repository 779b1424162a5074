package org.unionworks.registry.model;

import java.util.Objects;

/**
 * A personal data value as the registry stores it: ciphertext, keyed blind index (lookup and
 * de-duplication without decrypting) and the masked display form. The clear value is not here.
 */
public record SealedValue(String cipherText, String blindIndex, String masked) {

    public SealedValue {
        Objects.requireNonNull(cipherText, "cipherText");
        Objects.requireNonNull(blindIndex, "blindIndex");
        Objects.requireNonNull(masked, "masked");
    }

    @Override
    public String toString() {
        return "SealedValue[" + masked + "]";
    }
}
