package org.unionworks.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.security.model.PersonalField;
import org.unionworks.security.model.UnreadablePersonalDataException;

class AesGcmPersonalDataProtectorTest {

    /** 32 bytes of 0x01 and of 0x02: fixed keys for the known-answer tests. */
    private static final String AES_ONES = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    private static final String HMAC_TWOS = "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=";
    private static final PersonalDataKeys FIXED = PersonalDataKeys.fromBase64("t1", AES_ONES, HMAC_TWOS);

    private final PersonalDataKeys k1 = PersonalDataKeys.generate("k1");
    private final PersonalDataKeys k2 = PersonalDataKeys.generate("k2");
    private final AesGcmPersonalDataProtector protector = new AesGcmPersonalDataProtector(k1, List.of());
    private final AesGcmPersonalDataProtector fixed = new AesGcmPersonalDataProtector(FIXED, List.of());

    @ParameterizedTest
    @ValueSource(strings = {"13812341234", "0791-86123456", "36010219900307001X", "江西省南昌市东湖区 张三", "", "a:b:c",
            "𠀀 supplementary plane"})
    void decryptsWhatItEncrypted(String plaintext) {
        for (PersonalField field : PersonalField.values()) {
            assertEquals(plaintext, protector.decrypt(field, protector.encrypt(field, plaintext)));
        }
    }

    @Test
    void storedFormIsKeyIdColonBase64urlOfIvCiphertextAndTag() {
        String stored = protector.encrypt(PersonalField.PHONE, "13812341234");
        assertTrue(stored.startsWith("k1:"), stored);
        String payload = stored.substring(3);
        assertTrue(payload.matches("[A-Za-z0-9_-]+"), "base64url without padding: " + payload);
        // 12 IV + 11 plaintext + 16 tag = 39 bytes = 52 base64 characters
        assertEquals(52, payload.length());
        assertEquals(39, Base64.getUrlDecoder().decode(payload).length);
        assertFalse(stored.contains("13812341234"));
    }

    @Test
    void readsAValueEncryptedElsewhereWithTheDocumentedLayout() {
        // made with Python's cryptography AESGCM: key 0x01 x 32, IV 00..0b, AAD "PHONE" and "RESIDENT_ID"
        assertEquals("13812341234",
                fixed.decrypt(PersonalField.PHONE, "t1:AAECAwQFBgcICQoLipWtFxLNMkjMWdNrOFhdb-p0Mdy3OHrJobKi"));
        assertEquals("江西省南昌市",
                fixed.decrypt(PersonalField.RESIDENT_ID, "t1:AAECAwQFBgcICQoLXRcKzoVB4eV_j2pTxvFERhZEY7oY4nnJG-TwSO0pd_P3xw"));
    }

    @Test
    void theSamePlaintextEncryptsDifferentlyEachTime() {
        String first = protector.encrypt(PersonalField.RESIDENT_ID, "36010219900307001X");
        String second = protector.encrypt(PersonalField.RESIDENT_ID, "36010219900307001X");
        assertNotEquals(first, second);
        byte[] firstIv = Arrays.copyOf(Base64.getUrlDecoder().decode(first.substring(3)), 12);
        byte[] secondIv = Arrays.copyOf(Base64.getUrlDecoder().decode(second.substring(3)), 12);
        assertFalse(Arrays.equals(firstIv, secondIv), "a fresh IV per value");
        assertEquals(protector.decrypt(PersonalField.RESIDENT_ID, first), protector.decrypt(PersonalField.RESIDENT_ID, second));
    }

    @ParameterizedTest(name = "byte {0} flipped")
    @ValueSource(ints = {0, 11, 12, 20, 22, 23, 38})
    void aChangedByteAnywhereIsRefused(int index) {
        String stored = protector.encrypt(PersonalField.PHONE, "13812341234");
        byte[] payload = Base64.getUrlDecoder().decode(stored.substring(3));
        payload[index] ^= 0x01;
        String tampered = "k1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
        UnreadablePersonalDataException e = assertThrows(UnreadablePersonalDataException.class,
                () -> protector.decrypt(PersonalField.PHONE, tampered));
        assertTrue(e.getMessage().contains("failed authentication"), e.getMessage());
        assertFalse(e.getMessage().contains(tampered.substring(3)), "the stored value stays out of the message");
    }

    @Test
    void aShortenedValueIsRefused() {
        String stored = protector.encrypt(PersonalField.PHONE, "13812341234");
        byte[] payload = Base64.getUrlDecoder().decode(stored.substring(3));
        String truncated = "k1:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Arrays.copyOf(payload, payload.length - 1));
        assertThrows(UnreadablePersonalDataException.class, () -> protector.decrypt(PersonalField.PHONE, truncated));
    }

    @Test
    void aValueMovedToAnotherFieldIsRefused() {
        String phone = protector.encrypt(PersonalField.PHONE, "13812341234");
        UnreadablePersonalDataException e = assertThrows(UnreadablePersonalDataException.class,
                () -> protector.decrypt(PersonalField.RESIDENT_ID, phone));
        assertTrue(e.getMessage().contains("another field"), e.getMessage());
        assertTrue(e.getMessage().contains("RESIDENT_ID"), e.getMessage());
        assertFalse(e.getMessage().contains("13812341234"));
    }

    @Test
    void retiredKeysStillDecryptAndNewValuesUseTheCurrentKey() {
        String underK1 = protector.encrypt(PersonalField.RESIDENT_ID, "36010219900307001X");
        AesGcmPersonalDataProtector rotated = new AesGcmPersonalDataProtector(k2, List.of(k1));

        assertEquals("36010219900307001X", rotated.decrypt(PersonalField.RESIDENT_ID, underK1));
        String underK2 = rotated.encrypt(PersonalField.RESIDENT_ID, "36010219900307001X");
        assertTrue(underK2.startsWith("k2:"), underK2);
        assertEquals("36010219900307001X", rotated.decrypt(PersonalField.RESIDENT_ID, underK2));
    }

    @Test
    void anUnknownKeyIdIsNamedInTheRefusal() {
        String underK1 = protector.encrypt(PersonalField.PHONE, "13812341234");
        AesGcmPersonalDataProtector withoutK1 = new AesGcmPersonalDataProtector(k2, List.of());
        UnreadablePersonalDataException e = assertThrows(UnreadablePersonalDataException.class,
                () -> withoutK1.decrypt(PersonalField.PHONE, underK1));
        assertTrue(e.getMessage().contains("unknown key id k1"), e.getMessage());
        assertFalse(e.getMessage().contains(underK1.substring(3)));
    }

    @Test
    void aValueRelabelledWithAnotherKnownKeyIdIsRefused() {
        AesGcmPersonalDataProtector rotated = new AesGcmPersonalDataProtector(k2, List.of(k1));
        String relabelled = "k2" + protector.encrypt(PersonalField.PHONE, "13812341234").substring(2);
        assertThrows(UnreadablePersonalDataException.class, () -> rotated.decrypt(PersonalField.PHONE, relabelled));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no separator", "k1:", "k1:!!!!", "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBka",
            ":AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj", "K1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj"})
    void malformedValuesAreRefused(String stored) {
        assertThrows(UnreadablePersonalDataException.class, () -> protector.decrypt(PersonalField.PHONE, stored));
    }

    @Test
    void twoGenerationsUnderOneKeyIdAreRefused() {
        PersonalDataKeys anotherK1 = PersonalDataKeys.generate("k1");
        assertThrows(IllegalArgumentException.class, () -> new AesGcmPersonalDataProtector(k1, List.of(anotherK1)));
        assertThrows(IllegalArgumentException.class, () -> new AesGcmPersonalDataProtector(k2, List.of(k1, anotherK1)));
    }

    @Test
    void blindIndexIsHmacSha256OfFieldColonValueInLowercaseHex() {
        // Python: hmac.new(b"\x02" * 32, b"PHONE:13812341234", hashlib.sha256).hexdigest()
        assertEquals("9d945f9f94b4eff7c544ceff2e3675f7aa987f9d92ea971403827eed8da56acd",
                fixed.blindIndex(PersonalField.PHONE, "13812341234"));
        assertEquals("2814e9ecc8e4e048978b825c2a3ce6a572a90355483f91a6aa4dae0c684a9777",
                fixed.blindIndex(PersonalField.RESIDENT_ID, "36010219900307123X"));
    }

    @ParameterizedTest
    @EnumSource(PersonalField.class)
    void blindIndexIsDeterministicAndSixtyFourHexCharacters(PersonalField field) {
        String index = protector.blindIndex(field, "13812341234");
        assertTrue(index.matches("[0-9a-f]{64}"), index);
        assertEquals(index, protector.blindIndex(field, "13812341234"));
        assertEquals(index, new AesGcmPersonalDataProtector(k1, List.of()).blindIndex(field, "13812341234"));
        assertNotEquals(index, protector.blindIndex(field, "13812341235"));
    }

    @Test
    void blindIndexSeparatesFields() {
        assertNotEquals(protector.blindIndex(PersonalField.PHONE, "110101199003070011"),
                protector.blindIndex(PersonalField.RESIDENT_ID, "110101199003070011"));
    }

    @Test
    void blindIndexUsesTheCurrentIndexKeyOnly() {
        String underK1 = protector.blindIndex(PersonalField.PHONE, "13812341234");
        String underK2 = new AesGcmPersonalDataProtector(k2, List.of(k1)).blindIndex(PersonalField.PHONE, "13812341234");
        assertNotEquals(underK1, underK2, "a new index key means re-indexing");
        assertEquals(underK2, new AesGcmPersonalDataProtector(k2, List.of()).blindIndex(PersonalField.PHONE, "13812341234"));
    }

    @Test
    void tenThousandValuesRoundTripAndAllCiphertextsDiffer() {
        Set<String> ciphertexts = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String phone = "138" + String.format("%08d", i);
            String stored = protector.encrypt(PersonalField.PHONE, phone);
            ciphertexts.add(stored);
            assertEquals(phone, protector.decrypt(PersonalField.PHONE, stored));
        }
        assertEquals(10_000, ciphertexts.size());
    }

    @Test
    void oneInstanceServesManyThreadsAtOnce() throws Exception {
        AesGcmPersonalDataProtector rotated = new AesGcmPersonalDataProtector(k2, List.of(k1));
        String expectedIndex = rotated.blindIndex(PersonalField.PHONE, "13812341234");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> (int) IntStream.range(0, 1_000).filter(i -> {
                    String value = "线程" + thread + "-" + i;
                    PersonalField field = i % 2 == 0 ? PersonalField.PHONE : PersonalField.RESIDENT_ID;
                    return value.equals(rotated.decrypt(field, rotated.encrypt(field, value)))
                            && expectedIndex.equals(rotated.blindIndex(PersonalField.PHONE, "13812341234"));
                }).count()));
            }
            for (Future<Integer> result : results) {
                assertEquals(1_000, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void toStringNamesKeyIdsOnly() {
        String text = new AesGcmPersonalDataProtector(FIXED, List.of(k1)).toString();
        assertTrue(text.contains("t1") && text.contains("k1"), text);
        assertFalse(text.contains(AES_ONES.substring(0, 20)) || text.contains(HMAC_TWOS.substring(0, 20)), text);
    }

    @Test
    void encryptedBytesAreUtf8() {
        String stored = protector.encrypt(PersonalField.RESIDENT_ID, "张");
        // 12 IV + 3 UTF-8 bytes + 16 tag
        assertEquals(31, Base64.getUrlDecoder().decode(stored.substring(3)).length);
        assertEquals(3, "张".getBytes(StandardCharsets.UTF_8).length);
    }
}
