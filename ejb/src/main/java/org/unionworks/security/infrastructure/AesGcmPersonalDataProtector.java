package org.unionworks.security.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import org.unionworks.security.model.PersonalDataProtector;
import org.unionworks.security.model.PersonalField;
import org.unionworks.security.model.UnreadablePersonalDataException;

/**
 * AES-256-GCM encryption and HMAC-SHA256 blind indexes with the JDK's own provider.
 * <p>
 * Stored form: {@code <keyId>:<base64url, no padding, of 12-byte IV || ciphertext || 128-bit tag>}.
 * The field name is the GCM associated data, so a phone number's ciphertext pasted into the
 * resident-ID column fails authentication instead of decrypting. A fresh random IV per value
 * keeps equal plaintexts from producing equal ciphertexts; NIST SP 800-38D allows 2<sup>32</sup>
 * encryptions per key with random IVs, far beyond what a registry of millions writes.
 * <p>
 * Key rotation: new values are encrypted under the current keys, values under any retired key
 * id still decrypt, so rows can be re-encrypted at leisure. Blind indexes are computed with the
 * <em>current</em> index key only: rotating the index key changes every index, so each stored
 * index must be recomputed (decrypt, then index again) before lookups find old rows again.
 * <p>
 * Thread-safe: {@link Cipher} and {@link Mac} are not, so each thread keeps its own pair (looking
 * them up per call costs more than the encryption itself) and every call initialises it afresh.
 */
public final class AesGcmPersonalDataProtector implements PersonalDataProtector {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String HMAC = "HmacSHA256";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char KEY_ID_SEPARATOR = ':';
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();
    private static final ThreadLocal<Cipher> CIPHER =
            ThreadLocal.withInitial(() -> instance(Cipher::getInstance, TRANSFORMATION));
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> instance(Mac::getInstance, HMAC));

    private final PersonalDataKeys current;
    private final Map<String, PersonalDataKeys> byKeyId = new LinkedHashMap<>();

    public AesGcmPersonalDataProtector(PersonalDataKeys current, Collection<PersonalDataKeys> retired) {
        this.current = Objects.requireNonNull(current, "current keys");
        byKeyId.put(current.keyId(), current);
        for (PersonalDataKeys keys : Objects.requireNonNull(retired, "retired keys")) {
            // two generations under one id would make every stored value ambiguous
            if (byKeyId.putIfAbsent(keys.keyId(), keys) != null) {
                throw new IllegalArgumentException("key id " + keys.keyId() + " is configured twice");
            }
        }
    }

    @Override
    public String encrypt(PersonalField field, String plaintext) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, iv), field);
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
            return current.keyId() + KEY_ID_SEPARATOR + BASE64URL.encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed for reasons other than the data", e);
        }
    }

    @Override
    public String decrypt(PersonalField field, String stored) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(stored, "stored");
        int separator = stored.indexOf(KEY_ID_SEPARATOR);
        if (separator < 0) {
            throw new UnreadablePersonalDataException("stored " + field + " value is malformed: no key id");
        }
        String keyId = stored.substring(0, separator);
        PersonalDataKeys keys = byKeyId.get(keyId);
        if (keys == null) {
            // whatever precedes the colon of a damaged value could be anything: echo only a real key id
            String shown = PersonalDataKeys.isValidKeyId(keyId) ? keyId : "(not a key id)";
            throw new UnreadablePersonalDataException("stored " + field + " value names unknown key id " + shown
                    + "; configured: " + byKeyId.keySet());
        }
        byte[] payload;
        try {
            payload = BASE64URL_DECODER.decode(stored.substring(separator + 1));
        } catch (IllegalArgumentException e) {
            throw new UnreadablePersonalDataException("stored " + field + " value is malformed: not base64url");
        }
        if (payload.length < IV_BYTES + TAG_BITS / 8) {
            throw new UnreadablePersonalDataException("stored " + field + " value is malformed: too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keys, new GCMParameterSpec(TAG_BITS, payload, 0, IV_BYTES), field);
            byte[] plaintext = cipher.doFinal(payload, IV_BYTES, payload.length - IV_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadablePersonalDataException("stored " + field + " value under key id " + keyId
                    + " failed authentication: altered, or encrypted for another field", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed for reasons other than the data", e);
        }
    }

    @Override
    public String blindIndex(PersonalField field, String normalisedValue) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(normalisedValue, "normalisedValue");
        try {
            Mac mac = MAC.get();
            mac.init(current.indexKey());
            // the field name keeps equal strings in different columns from sharing an index
            byte[] digest = mac.doFinal((field.name() + ":" + normalisedValue).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 refused a 256-bit key", e);
        }
    }

    private interface Factory<T> {
        T getInstance(String algorithm) throws GeneralSecurityException;
    }

    private static <T> T instance(Factory<T> factory, String algorithm) {
        try {
            return factory.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            // every Java SE runtime must provide both: a JDK without them cannot run this application
            throw new IllegalStateException(algorithm + " unavailable in this JDK", e);
        }
    }

    /** This thread's cipher, set up for one value of {@code field}: the field name is the associated data. */
    private static Cipher cipher(int mode, PersonalDataKeys keys, GCMParameterSpec iv, PersonalField field)
            throws GeneralSecurityException {
        Cipher cipher = CIPHER.get();
        cipher.init(mode, keys.encryptionKey(), iv);
        cipher.updateAAD(field.name().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    @Override
    public String toString() {
        return "AesGcmPersonalDataProtector[current=" + current.keyId() + ", readable=" + byKeyId.keySet() + "]";
    }
}
