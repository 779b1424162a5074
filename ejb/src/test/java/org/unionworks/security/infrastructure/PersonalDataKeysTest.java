package org.unionworks.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.security.model.PersonalField;

class PersonalDataKeysTest {

    private static final String KEY_A = base64OfBytes(32, 0x0a);
    private static final String KEY_B = base64OfBytes(32, 0x0b);

    @TempDir
    Path directory;

    private static String base64OfBytes(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void fromBase64KeepsTheKeyIdAndBothKeys() {
        PersonalDataKeys keys = PersonalDataKeys.fromBase64("k1", KEY_A, " " + KEY_B + "\n");
        assertEquals("k1", keys.keyId());
        assertArrayEquals(Base64.getDecoder().decode(KEY_A), keys.encryptionKey().getEncoded());
        assertArrayEquals(Base64.getDecoder().decode(KEY_B), keys.indexKey().getEncoded());
        assertEquals("AES", keys.encryptionKey().getAlgorithm());
        assertEquals("HmacSHA256", keys.indexKey().getAlgorithm());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"K1", "k_1", "k-1", "k 1", "key12345x", "钥匙"})
    void keyIdsAreOneToEightLowercaseLettersOrDigits(String keyId) {
        assertThrows(IllegalArgumentException.class, () -> PersonalDataKeys.fromBase64(keyId, KEY_A, KEY_B));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "k1", "2026q1", "abcd1234"})
    void acceptsValidKeyIds(String keyId) {
        assertEquals(keyId, PersonalDataKeys.fromBase64(keyId, KEY_A, KEY_B).keyId());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 24, 31, 33, 64})
    void keysMustBeExactly256Bits(int length) {
        String wrong = base64OfBytes(length, 0x0c);
        IllegalArgumentException aes = assertThrows(IllegalArgumentException.class,
                () -> PersonalDataKeys.fromBase64("k1", wrong, KEY_B));
        assertTrue(aes.getMessage().startsWith("AES key must be 32 bytes"), aes.getMessage());
        IllegalArgumentException index = assertThrows(IllegalArgumentException.class,
                () -> PersonalDataKeys.fromBase64("k1", KEY_A, wrong));
        assertTrue(index.getMessage().startsWith("index key must be 32 bytes"), index.getMessage());
        assertNoKeyMaterial(aes.getMessage());
        assertNoKeyMaterial(index.getMessage());
    }

    @Test
    void refusesTextThatIsNotBase64WithoutQuotingIt() {
        String notBase64 = KEY_A.substring(0, 20) + "#$%" + KEY_A.substring(23);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersonalDataKeys.fromBase64("k1", notBase64, KEY_B));
        assertEquals("AES key is not valid Base64", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PersonalDataKeys.fromBase64("k1", KEY_A, null));
    }

    @Test
    void refusesOneKeyForBothJobs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersonalDataKeys.fromBase64("k1", KEY_A, KEY_A));
        assertTrue(e.getMessage().contains("must differ"), e.getMessage());
        assertNoKeyMaterial(e.getMessage());
    }

    @Test
    void generateMakesFreshDistinctKeys() {
        PersonalDataKeys first = PersonalDataKeys.generate("k1");
        PersonalDataKeys second = PersonalDataKeys.generate("k1");
        assertEquals(32, first.encryptionKey().getEncoded().length);
        assertEquals(32, first.indexKey().getEncoded().length);
        assertFalse(Arrays.equals(first.encryptionKey().getEncoded(), second.encryptionKey().getEncoded()));
        assertFalse(Arrays.equals(first.encryptionKey().getEncoded(), first.indexKey().getEncoded()));
    }

    @Test
    void toStringShowsTheKeyIdOnly() {
        assertEquals("PersonalDataKeys[keyId=k1]", PersonalDataKeys.fromBase64("k1", KEY_A, KEY_B).toString());
    }

    @Test
    void loadOrCreateCreatesTheDirectoryAndFileThenReadsTheSameKeys() throws IOException {
        Path file = directory.resolve("conf/unionworks/personal-data-keys.properties");

        PersonalDataKeys created = PersonalDataKeys.loadOrCreate(file);
        assertTrue(Files.isRegularFile(file));
        String content = Files.readString(file, StandardCharsets.US_ASCII);
        PersonalDataKeys reread = PersonalDataKeys.loadOrCreate(file);

        assertEquals("k1", created.keyId());
        assertEquals("k1", reread.keyId());
        assertArrayEquals(created.encryptionKey().getEncoded(), reread.encryptionKey().getEncoded());
        assertArrayEquals(created.indexKey().getEncoded(), reread.indexKey().getEncoded());
        assertEquals(content, Files.readString(file, StandardCharsets.US_ASCII), "reading never rewrites the file");
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            assertEquals(List.of(file), siblings.toList(), "no temporary file left behind");
        }

        AesGcmPersonalDataProtector before = new AesGcmPersonalDataProtector(created, List.of());
        AesGcmPersonalDataProtector after = new AesGcmPersonalDataProtector(reread, List.of());
        assertEquals("13812341234", after.decrypt(PersonalField.PHONE, before.encrypt(PersonalField.PHONE, "13812341234")));
        assertEquals(before.blindIndex(PersonalField.PHONE, "13812341234"), after.blindIndex(PersonalField.PHONE, "13812341234"));
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = directory.resolve("keys.properties");
        PersonalDataKeys.loadOrCreate(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void separateInstallationsGetSeparateKeys() {
        PersonalDataKeys one = PersonalDataKeys.loadOrCreate(directory.resolve("one/keys.properties"));
        PersonalDataKeys two = PersonalDataKeys.loadOrCreate(directory.resolve("two/keys.properties"));
        assertFalse(Arrays.equals(one.encryptionKey().getEncoded(), two.encryptionKey().getEncoded()));
        assertFalse(Arrays.equals(one.indexKey().getEncoded(), two.indexKey().getEncoded()));
    }

    @Test
    void readsAFileAnOperatorWroteByHand() throws IOException {
        Path file = directory.resolve("keys.properties");
        Files.writeString(file, "# demo\nkeyId = demo1\naesKey=" + KEY_A + "\nindexKey=" + KEY_B + "\n");
        PersonalDataKeys keys = PersonalDataKeys.loadOrCreate(file);
        assertEquals("demo1", keys.keyId());
        assertArrayEquals(Base64.getDecoder().decode(KEY_A), keys.encryptionKey().getEncoded());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "garbage",
            "keyId=k1\naesKey=" + "AAAA" + "\nindexKey=" + "BBBB",
            "keyId=k1\nindexKey=CgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo=",
            "keyId=k1\naesKey=CgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo=\nindexKey=",
            "keyId=K 1\naesKey=CgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo=\nindexKey=CwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCws=",
            "keyId=k1\naesKey=CgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo=\nindexKey=not*base64*at*all",
            "keyId=k1\naesKey=CgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo=\nindexKey=\\uZZZZ"})
    void refusesAMalformedFileAndLeavesItAlone(String content) throws IOException {
        Path file = directory.resolve("keys.properties");
        Files.writeString(file, content, StandardCharsets.US_ASCII);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PersonalDataKeys.loadOrCreate(file));

        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertNoKeyMaterial(e.getMessage());
        assertEquals(content, Files.readString(file, StandardCharsets.US_ASCII), "a bad key file is never overwritten");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        Path file = directory.resolve("keys.properties");
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0x80, (byte) 0xc3, 0x28};
        Files.write(file, binary);
        assertThrows(IllegalStateException.class, () -> PersonalDataKeys.loadOrCreate(file));
        assertArrayEquals(binary, Files.readAllBytes(file));
    }

    private static void assertNoKeyMaterial(String message) {
        for (String key : List.of(KEY_A, KEY_B, "CgoKCgoKCgoKCgoK", "CwsLCwsLCwsLCwsL")) {
            assertFalse(message.contains(key), message);
        }
    }
}
