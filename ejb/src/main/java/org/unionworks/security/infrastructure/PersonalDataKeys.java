package org.unionworks.security.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One generation of personal-data keys: a 256-bit AES key for encryption at rest and a separate
 * 256-bit HMAC key for blind indexes, named by a short key id that is written in front of every
 * ciphertext so that retired generations stay readable after a rotation.
 * <p>
 * Production keys come from the server's credential store through {@link #fromBase64}. The key
 * file of {@link #loadOrCreate} exists for demo installations only: a key lying next to the
 * data it protects protects nothing from whoever can read the disk.
 * <p>
 * No method, message or {@link #toString()} ever shows key bytes.
 */
public final class PersonalDataKeys {

    private static final String KEY_ID_PROPERTY = "keyId";
    private static final String AES_KEY_PROPERTY = "aesKey";
    private static final String INDEX_KEY_PROPERTY = "indexKey";

    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,8}");
    private static final int KEY_BYTES = 32;
    private static final String FIRST_KEY_ID = "k1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keyId;
    private final SecretKey encryptionKey;
    private final SecretKey indexKey;

    private PersonalDataKeys(String keyId, byte[] aesKey, byte[] hmacKey) {
        if (!isValidKeyId(keyId)) {
            throw new IllegalArgumentException("key id must be 1 to 8 characters of a-z and 0-9");
        }
        checkLength("AES key", aesKey);
        checkLength("index key", hmacKey);
        // one key for both jobs would let a leak of either undo the other
        if (MessageDigest.isEqual(aesKey, hmacKey)) {
            throw new IllegalArgumentException("the AES key and the index key of key id " + keyId + " must differ");
        }
        this.keyId = keyId;
        this.encryptionKey = new SecretKeySpec(aesKey, "AES");
        this.indexKey = new SecretKeySpec(hmacKey, "HmacSHA256");
    }

    /** Keys as the credential store holds them: standard Base64 of exactly 32 bytes each. */
    public static PersonalDataKeys fromBase64(String keyId, String aesKeyBase64, String indexKeyBase64) {
        return new PersonalDataKeys(keyId, decode("AES key", aesKeyBase64), decode("index key", indexKeyBase64));
    }

    /** A fresh generation from {@link SecureRandom}, e.g. for a key rotation. */
    public static PersonalDataKeys generate(String keyId) {
        return new PersonalDataKeys(keyId, randomKey(), randomKey());
    }

    /**
     * Demo installations only: reads the keys from {@code propertiesFile}, creating it (and its
     * directory) with fresh random keys on first use, readable by the owner alone where the file
     * system has POSIX permissions. Always the same keys afterwards, since data encrypted
     * under lost keys is lost.
     *
     * @throws IllegalStateException if an existing file lacks a key or holds a malformed one;
     *         it is never overwritten, as that would orphan everything encrypted so far
     */
    public static PersonalDataKeys loadOrCreate(Path propertiesFile) {
        Path file = propertiesFile.toAbsolutePath();
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the personal data key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        PersonalDataKeys keys = generate(FIRST_KEY_ID);
        Base64.Encoder base64 = Base64.getEncoder();
        String content = "# UnionWorks personal data keys, DEMO INSTALLATIONS ONLY: production keys belong in the\n"
                + "# server's credential store. Never edit, never delete: encrypted data is lost with its keys.\n"
                + KEY_ID_PROPERTY + "=" + keys.keyId + "\n"
                + AES_KEY_PROPERTY + "=" + base64.encodeToString(keys.encryptionKey.getEncoded()) + "\n"
                + INDEX_KEY_PROPERTY + "=" + base64.encodeToString(keys.indexKey.getEncoded()) + "\n";
        // written in full under a temporary name first: a reader never sees half a key file
        Path temporary = ownerOnlyTemporaryFile(file);
        try {
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            // another process created it first: its keys win, ours were never used
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path ownerOnlyTemporaryFile(Path file) throws IOException {
        Path directory = file.getParent();
        String prefix = file.getFileName() + ".";
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(directory, prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(directory, prefix, ".tmp");
    }

    private static PersonalDataKeys read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            properties.load(reader);
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw malformed(file, "it is not a properties file of ASCII text", e);
        }
        try {
            return fromBase64(required(properties, file, KEY_ID_PROPERTY),
                    required(properties, file, AES_KEY_PROPERTY), required(properties, file, INDEX_KEY_PROPERTY));
        } catch (IllegalArgumentException e) {
            throw malformed(file, e.getMessage(), e);
        }
    }

    private static String required(Properties properties, Path file, String name) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            throw malformed(file, name + " is missing", null);
        }
        return value.strip();
    }

    private static IllegalStateException malformed(Path file, String problem, Exception cause) {
        return new IllegalStateException("personal data key file " + file + " is malformed (" + problem
                + "); it is left untouched: restore it from backup, since data encrypted under its keys"
                + " cannot be read without them", cause);
    }

    private static byte[] decode(String name, String base64) {
        if (base64 == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            // the decoder's own message quotes the offending character: leave it out
            throw new IllegalArgumentException(name + " is not valid Base64");
        }
        checkLength(name, key);
        return key;
    }

    private static void checkLength(String name, byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " must be " + KEY_BYTES + " bytes (256 bits), not " + key.length);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static boolean isValidKeyId(String keyId) {
        return keyId != null && KEY_ID.matcher(keyId).matches();
    }

    public String keyId() {
        return keyId;
    }

    SecretKey encryptionKey() {
        return encryptionKey;
    }

    SecretKey indexKey() {
        return indexKey;
    }

    @Override
    public String toString() {
        return "PersonalDataKeys[keyId=" + keyId + "]";
    }
}
