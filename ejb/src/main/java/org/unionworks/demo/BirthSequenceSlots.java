package org.unionworks.demo;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import org.unionworks.registry.model.Gender;

/**
 * Hands out (birth date, sequence number) pairs that are distinct per division code by
 * construction, so that millions of synthetic resident IDs never repeat without a set of
 * every ID issued. For each division, birth year and gender a counter n runs through
 * 0, 1, 2, …; a keyed Feistel permutation with cycle-walking maps n one-to-one onto the
 * slots of that year (day of year × sequence numbers of that gender), so consecutive people
 * get scattered dates and numbers. Memory is one small array per division code.
 */
final class BirthSequenceSlots {

    static final int FIRST_YEAR = 1965;
    static final int LAST_YEAR = 2003;
    static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;

    /**
     * Sequence numbers 001–995: men odd (001, 003, … 995), women even (002, … 994). 996–999
     * are kept for centenarians and 000 is not issued.
     */
    static final int MALE_SEQUENCES = 498;
    static final int FEMALE_SEQUENCES = 497;

    private static final int HALF_BITS = 9;
    private static final int HALF_MASK = (1 << HALF_BITS) - 1;
    private static final int DOMAIN = 1 << (2 * HALF_BITS);
    private static final int ROUNDS = 4;
    private static final int[] DAYS = new int[YEARS];

    static {
        for (int y = 0; y < YEARS; y++) {
            DAYS[y] = Year.of(FIRST_YEAR + y).length();
        }
    }

    record Slot(LocalDate birthDate, int sequence) {
    }

    private final long key;
    private final Map<String, int[]> issued = new HashMap<>();

    BirthSequenceSlots(long key) {
        this.key = key;
    }

    /**
     * The next free slot of the division in {@code preferredYear}; when that year is full for
     * this gender, the next year with room (wrapping round to 1965).
     *
     * @throws IllegalStateException when the division has no slot left for this gender in any year
     */
    Slot take(String divisionCode, int preferredYear, Gender gender) {
        int[] counters = issued.computeIfAbsent(divisionCode, d -> new int[YEARS * 2]);
        int g = gender == Gender.MALE ? 0 : 1;
        int start = preferredYear - FIRST_YEAR;
        for (int step = 0; step < YEARS; step++) {
            int y = (start + step) % YEARS;
            int year = FIRST_YEAR + y;
            int perDay = gender == Gender.MALE ? MALE_SEQUENCES : FEMALE_SEQUENCES;
            int capacity = DAYS[y] * perDay;
            int n = counters[y * 2 + g];
            if (n < capacity) {
                counters[y * 2 + g] = n + 1;
                int slot = permute(n, capacity, roundKey(divisionCode, y, g));
                int k = slot % perDay;
                int sequence = gender == Gender.MALE ? 2 * k + 1 : 2 * k + 2;
                return new Slot(LocalDate.ofYearDay(year, slot / perDay + 1), sequence);
            }
        }
        throw new IllegalStateException("no synthetic resident ID left for division " + divisionCode + " and " + gender);
    }

    private long roundKey(String divisionCode, int yearIndex, int genderIndex) {
        return mix(key ^ mix(divisionCode.hashCode() * 0x9E3779B97F4A7C15L + yearIndex * 2L + genderIndex));
    }

    /**
     * A one-to-one map of [0, size) onto itself: the Feistel network permutes [0, 2^18), and
     * walking its cycle until the value falls below size keeps the map one-to-one.
     */
    static int permute(int n, int size, long roundKey) {
        if (size > DOMAIN || n < 0 || n >= size) {
            throw new IllegalArgumentException("n must lie in [0, size) and size not exceed 2^18");
        }
        int x = n;
        // a cycle of a permutation of 2^18 values is at most that long; more steps mean a broken network
        for (int walked = 0; walked < DOMAIN; walked++) {
            x = feistel(x, roundKey);
            if (x < size) {
                return x;
            }
        }
        throw new IllegalStateException("Feistel network is not a permutation");
    }

    private static int feistel(int x, long roundKey) {
        int left = x >>> HALF_BITS;
        int right = x & HALF_MASK;
        for (int round = 0; round < ROUNDS; round++) {
            int next = left ^ (int) (mix(roundKey + round * 0xD1B54A32D192ED03L + right) & HALF_MASK);
            left = right;
            right = next;
        }
        return (left << HALF_BITS) | right;
    }

    /** SplitMix64's finaliser: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
