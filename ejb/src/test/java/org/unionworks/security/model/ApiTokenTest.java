package org.unionworks.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aGeneratedTokenHasThePrefixAnd256RandomBitsAndParsesBack() {
        ApiToken token = ApiToken.generate(random);
        assertTrue(token.reveal().startsWith("uwk_"));
        assertEquals(4 + 43, token.reveal().length());
        assertEquals(token, ApiToken.parse(token.reveal()).orElseThrow());
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(ApiToken.generate(random).reveal()));
        }
    }

    @Test
    void theHashIsTheHexSha256OfTheTokenAndDiffersPerToken() {
        ApiToken token = ApiToken.parse("uwk_DEMO-only-Nanchang-labour-bureau-not-secret").orElseThrow();
        // sha256 of the ASCII text, as computed by `printf %s <token> | sha256sum`
        assertEquals("30a73ddc16ad7626ab407b6de590bdeb5ac834c2c8f8377d1cd5c1ee394de93e", token.hash());
        assertEquals(token.hash(), ApiToken.parse(token.reveal()).orElseThrow().hash());
        assertNotEquals(token.hash(), ApiToken.generate(random).hash());
    }

    @Test
    void theHintAndToStringShowOnlyTheFirstCharacters() {
        ApiToken token = ApiToken.parse("uwk_DEMO-only-Nanchang-labour-bureau-not-secret").orElseThrow();
        assertEquals("uwk_DEMO-o…", token.hint());
        assertEquals(token.hint(), token.toString());
        assertFalse(token.toString().contains("Nanchang"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"uwk_short", "abc_DEMO-only-Nanchang-labour-bureau-not-secret",
            "uwk_DEMO-only-Nanchang-labour-bureau-not-secret ", "uwk_DEMO-only-Nanchang-labour-bureau-not-secre=",
            "uwk_DEMO-only-Nanchang-labour-bureau-not-secretX", "Bearer uwk_DEMO-only-Nanchang-labour-bureau-not-se"})
    void anythingNotShapedLikeATokenIsRefusedBeforeAnyLookup(String presented) {
        assertTrue(ApiToken.parse(presented).isEmpty());
    }
}
