package org.unionworks.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap in use around one operation of the server's JVM: the live heap after a full collection before it, and
 * the peak of the heap pools while it ran (the sum of each pool's peak: an upper bound, since pools need not
 * peak at the same moment). The server runs with a fixed maximum heap, so an operation that completes also
 * proves it fits in what was left of that maximum.
 */
final class HeapProbe {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private long baseline;

    /** Collects, notes the live heap and resets the peaks. */
    void start() {
        System.gc();
        System.gc();
        baseline = used();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    long baselineBytes() {
        return baseline;
    }

    long peakBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    private long used() {
        return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    static String mebibytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MiB";
    }
}
