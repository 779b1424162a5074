package org.unionworks.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedChoiceTest {

    private static Map<String, Integer> draw(WeightedChoice<String> choice, int times) {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < times; i++) {
            counts.merge(choice.next(random), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void itemsComeInProportionToTheirWeights() {
        Map<String, Integer> counts = draw(new WeightedChoice<>(List.of("a", "b", "c"), new int[] {1, 3, 6}), 100_000);
        assertEquals(10_000, counts.get("a"), 600);
        assertEquals(30_000, counts.get("b"), 600);
        assertEquals(60_000, counts.get("c"), 600);
    }

    @Test
    void theFirstAndLastItemWithWeightOneAreReachable() {
        Map<String, Integer> counts = draw(new WeightedChoice<>(List.of("first", "middle", "last"), new int[] {1, 98, 1}),
                20_000);
        assertTrue(counts.getOrDefault("first", 0) > 100, counts.toString());
        assertTrue(counts.getOrDefault("last", 0) > 100, counts.toString());
    }

    @Test
    void aSingleItemIsAlwaysDrawn() {
        assertEquals(Map.of("only", 1000), draw(new WeightedChoice<>(List.of("only"), new int[] {5}), 1000));
    }

    @Test
    void theTotalIsTheSumOfWeights() {
        assertEquals(10, WeightedChoice.of(List.of("a", "b", "c"), List.of(1, 3, 6)).totalWeight());
    }

    @Test
    void weightsMustBePositiveAndOnePerItem() {
        assertThrows(IllegalArgumentException.class, () -> new WeightedChoice<>(List.of("a", "b"), new int[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> new WeightedChoice<>(List.of("a", "b"), new int[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> new WeightedChoice<>(List.of("a", "b"), new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new WeightedChoice<String>(List.of(), new int[] {}));
        assertThrows(ArithmeticException.class,
                () -> new WeightedChoice<>(List.of("a", "b"), new int[] {Integer.MAX_VALUE, 1}));
    }
}
