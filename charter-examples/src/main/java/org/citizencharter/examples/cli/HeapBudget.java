package org.citizencharter.examples.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * Keeps {@code charter batch} within about 1 GB of memory when the user has not sized the heap. The batch
 * holds a few chunks of plans at a time, but with the default heap (a quarter of the machine's memory) the
 * collector grows the heap far beyond that when it is short of processor time, as on a loaded machine:
 * 250,000 plans took 1.6 GB to 4.6 GB of resident memory. So, unless {@code -Xmx}, {@code -XX:MaxHeapSize}
 * or a {@code MaxRAM} option was given, the heap gives memory back after a collection (at most 30 % free,
 * through the manageable {@code MaxHeapFreeRatio}), and once the committed heap passes a budget the batch
 * asks for a collection between two chunks, which shrinks it to what is live (a few chunks). Not
 * thread-safe: the command's thread alone calls {@link #check()}.
 */
final class HeapBudget {

    /** The committed heap past which a collection is asked for. */
    static final long BUDGET_BYTES = 512L << 20;

    private final MemoryMXBean memory;
    private final boolean active;
    private long collections;

    private HeapBudget(MemoryMXBean memory, boolean active) {
        this.memory = memory;
        this.active = active;
    }

    /**
     * The budget of this JVM: active unless the heap was sized on the command line.
     *
     * @return the budget
     */
    static HeapBudget ofThisJvm() {
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean sized = arguments.stream().anyMatch(argument -> argument.startsWith("-Xmx")
                || argument.startsWith("-XX:MaxHeapSize") || argument.startsWith("-XX:MaxRAM"));
        if (!sized) {
            try {
                HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                if (hotSpot != null) {
                    hotSpot.setVMOption("MinHeapFreeRatio", "10");
                    hotSpot.setVMOption("MaxHeapFreeRatio", "30");
                }
            } catch (RuntimeException notHotSpot) {
                // Another JVM: the budget below still holds the heap down.
            }
        }
        return new HeapBudget(ManagementFactory.getMemoryMXBean(), !sized);
    }

    /** Asks for a collection if the committed heap has passed the budget. */
    void check() {
        if (active && memory.getHeapMemoryUsage().getCommitted() > BUDGET_BYTES) {
            collections++;
            System.gc();
        }
    }

    /**
     * How many collections the budget asked for.
     *
     * @return the count
     */
    long collections() {
        return collections;
    }
}
