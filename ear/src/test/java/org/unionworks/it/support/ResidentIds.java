package org.unionworks.it.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.unionworks.registry.model.ResidentId;

/**
 * Valid resident ID numbers that no demo person has and no other test registered: births in the
 * 1950s (the demo generator stays within 1965–2003), walked from a random start through about
 * 2.9 million date and sequence combinations, so test classes sharing one server do not collide.
 */
public final class ResidentIds {

    private static final int DAYS = 3_652;
    private static final int SEQUENCES = 800;
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong((long) DAYS * SEQUENCES));

    private ResidentIds() {
    }

    /** A fresh number registered in {@code division} (six digits). */
    public static String fresh(String division) {
        long n = NEXT.getAndIncrement() % ((long) DAYS * SEQUENCES);
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n % DAYS);
        String first17 = division + birth.toString().replace("-", "") + String.format("%03d", 100 + n / DAYS);
        return first17 + ResidentId.checkCharacter(first17);
    }
}
