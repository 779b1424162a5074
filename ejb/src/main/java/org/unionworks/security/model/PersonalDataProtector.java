package org.unionworks.security.model;

/**
 * Encryption at rest and keyed lookup for personal data (PIPL art. 51). A column holds
 * {@link #encrypt} output; a sibling column holds the {@link #blindIndex} of the same value,
 * so an exact-match search (find the person with this resident ID) never needs to decrypt.
 * Callers normalise first (e.g. {@code PhoneNumber.value()}): the index of two spellings of one
 * number would differ.
 */
public interface PersonalDataProtector {

    /** A self-describing ciphertext naming its key; different on every call for the same plaintext. */
    String encrypt(PersonalField field, String plaintext);

    /**
     * @throws UnreadablePersonalDataException when the value is malformed, names a key that is
     *         no longer configured, was altered, or was encrypted for another field
     */
    String decrypt(PersonalField field, String stored);

    /** Deterministic keyed hash of the normalised value, separate per field; reveals nothing without the key. */
    String blindIndex(PersonalField field, String normalisedValue);
}
