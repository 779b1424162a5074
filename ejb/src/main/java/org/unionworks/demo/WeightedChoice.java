package org.unionworks.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws items with given integer weights; a binary search over cumulative weights keeps it cheap for the benchmark's millions of draws. */
final class WeightedChoice<T> {

    private final List<T> items;
    private final int[] cumulative;

    WeightedChoice(List<T> items, int[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("one positive weight per item expected");
        }
        this.items = List.copyOf(items);
        this.cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                throw new IllegalArgumentException("weight " + i + " is not positive");
            }
            sum = Math.addExact(sum, weights[i]);
            cumulative[i] = sum;
        }
    }

    /** Items and weights in turn: "王", 710, "李", 700, … */
    static <T> WeightedChoice<T> of(List<T> items, List<Integer> weights) {
        return new WeightedChoice<>(items, weights.stream().mapToInt(Integer::intValue).toArray());
    }

    T next(SplittableRandom random) {
        int x = random.nextInt(cumulative[cumulative.length - 1]);
        int i = Arrays.binarySearch(cumulative, x);
        // an exact hit on a cumulative bound belongs to the next item: bounds are exclusive
        return items.get(i >= 0 ? i + 1 : -i - 1);
    }

    int totalWeight() {
        return cumulative[cumulative.length - 1];
    }
}
