package org.unionworks.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.registry.model.Gender;

class BirthSequenceSlotsTest {

    /** Days in 1965–2003: 39 years, nine of them leap years (1968, 1972, … 2000). */
    private static final int DAYS_1965_TO_2003 = 39 * 365 + 9;

    private static int index(BirthSequenceSlots.Slot slot) {
        LocalDate d = slot.birthDate();
        return ((d.getYear() - 1965) * 366 + d.getDayOfYear() - 1) * 1000 + slot.sequence();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 497, 1000, 365 * 497, 366 * 498, 1 << 18})
    void permuteMapsTheRangeOneToOneOntoItself(int size) {
        BitSet hit = new BitSet(size);
        for (int n = 0; n < size; n++) {
            int p = BirthSequenceSlots.permute(n, size, 0x1234_5678_9ABCL);
            assertTrue(p >= 0 && p < size, "out of range: " + p);
            assertFalse(hit.get(p), "hit twice: " + p);
            hit.set(p);
        }
        assertEquals(size, hit.cardinality());
    }

    @Test
    void permuteRefusesRangesBeyondItsDomain() {
        assertThrows(IllegalArgumentException.class, () -> BirthSequenceSlots.permute(0, (1 << 18) + 1, 1L));
        assertThrows(IllegalArgumentException.class, () -> BirthSequenceSlots.permute(5, 5, 1L));
        assertThrows(IllegalArgumentException.class, () -> BirthSequenceSlots.permute(-1, 5, 1L));
    }

    @Test
    void permuteScattersConsecutiveNumbers() {
        int size = 366 * 498;
        int adjacent = 0;
        for (int n = 0; n < 1000; n++) {
            int a = BirthSequenceSlots.permute(n, size, 42L);
            int b = BirthSequenceSlots.permute(n + 1, size, 42L);
            if (Math.abs(a - b) < 498) {
                adjacent++;
            }
        }
        assertTrue(adjacent < 20, "consecutive people should rarely share a birth day: " + adjacent);
    }

    @Test
    void menGetOddAndWomenEvenSequencesBetween001And995() {
        BirthSequenceSlots slots = new BirthSequenceSlots(1L);
        for (int i = 0; i < 5000; i++) {
            BirthSequenceSlots.Slot man = slots.take("360102", 1990, Gender.MALE);
            BirthSequenceSlots.Slot woman = slots.take("360102", 1990, Gender.FEMALE);
            assertEquals(1, man.sequence() % 2);
            assertEquals(0, woman.sequence() % 2);
            assertTrue(man.sequence() >= 1 && man.sequence() <= 995, "man " + man.sequence());
            assertTrue(woman.sequence() >= 2 && woman.sequence() <= 994, "woman " + woman.sequence());
            assertEquals(1990, man.birthDate().getYear());
            assertEquals(1990, woman.birthDate().getYear());
        }
    }

    @Test
    void aFullYearSpillsIntoTheNextAndTheLastYearWrapsToTheFirst() {
        BirthSequenceSlots slots = new BirthSequenceSlots(9L);
        int capacity2003 = 365 * BirthSequenceSlots.MALE_SEQUENCES;
        BitSet seen = new BitSet();
        for (int i = 0; i < capacity2003; i++) {
            BirthSequenceSlots.Slot slot = slots.take("360102", 2003, Gender.MALE);
            assertEquals(2003, slot.birthDate().getYear());
            assertFalse(seen.get(index(slot)));
            seen.set(index(slot));
        }
        assertEquals(1965, slots.take("360102", 2003, Gender.MALE).birthDate().getYear());
        assertEquals(2003, slots.take("360102", 2003, Gender.FEMALE).birthDate().getYear(), "women have their own numbers");
        assertEquals(2003, slots.take("360103", 2003, Gender.MALE).birthDate().getYear(), "other divisions too");
    }

    @Test
    void aDivisionHandsOutEveryOneOfItsFourteenMillionSlotsOnceThenRefuses() {
        BirthSequenceSlots slots = new BirthSequenceSlots(2016L);
        long expected = (long) DAYS_1965_TO_2003 * (BirthSequenceSlots.MALE_SEQUENCES + BirthSequenceSlots.FEMALE_SEQUENCES);
        assertEquals(14_172_780L, expected);
        BitSet seen = new BitSet(39 * 366 * 1000);
        int[] preferred = {1990, 1965, 2003, 1988};
        long taken = 0;
        for (Gender gender : Gender.values()) {
            int perGender = DAYS_1965_TO_2003 * (gender == Gender.MALE
                    ? BirthSequenceSlots.MALE_SEQUENCES : BirthSequenceSlots.FEMALE_SEQUENCES);
            for (int i = 0; i < perGender; i++) {
                int idx = index(slots.take("360102", preferred[i & 3], gender));
                assertFalse(seen.get(idx));
                seen.set(idx);
                taken++;
            }
            assertThrows(IllegalStateException.class, () -> slots.take("360102", 1990, gender));
        }
        assertEquals(expected, taken);
        assertEquals(expected, seen.cardinality());
    }

    @Test
    void theKeyChangesTheOrderButNotTheSet() {
        BirthSequenceSlots a = new BirthSequenceSlots(1L);
        BirthSequenceSlots b = new BirthSequenceSlots(2L);
        assertNotEquals(a.take("360102", 1990, Gender.FEMALE), b.take("360102", 1990, Gender.FEMALE));
        BirthSequenceSlots again = new BirthSequenceSlots(1L);
        BirthSequenceSlots first = new BirthSequenceSlots(1L);
        for (int i = 0; i < 100; i++) {
            assertEquals(first.take("360102", 1990, Gender.MALE), again.take("360102", 1990, Gender.MALE));
        }
    }

    @Test
    void mixSpreadsNeighbouringInputs() {
        assertNotEquals(BirthSequenceSlots.mix(1L), BirthSequenceSlots.mix(2L));
        assertEquals(0L, BirthSequenceSlots.mix(0L), "SplitMix64's finaliser maps 0 to 0");
        int differingBits = Long.bitCount(BirthSequenceSlots.mix(1L) ^ BirthSequenceSlots.mix(2L));
        assertTrue(differingBits > 16 && differingBits < 48, "bits differing: " + differingBits);
    }
}
