package org.pledgegraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures heap during one phase in two ways, because neither alone is honest:
 * <ul>
 *   <li>sampled: a daemon thread reads used heap every 5 ms; includes garbage not yet collected, so it
 *       depends on the collector and -Xmx (an upper figure);</li>
 *   <li>after GC: the largest heap occupancy right after any collection in the phase, from the GC
 *       notifications: close to the live set (a lower figure); 0 when no collection ran.</li>
 * </ul>
 * <pre>
 *   try (HeapMonitor h = HeapMonitor.start()) { work(); peak = h.peak(); }
 * </pre>
 */
final class HeapMonitor implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 5;

    private final AtomicLong sampled = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final Thread sampler;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Set<String> heapPools;
    private volatile boolean running = true;

    private HeapMonitor() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        sampler = new Thread(this::sample, "bench-heap-sampler");
        sampler.setDaemon(true);
    }

    /** Collects first, so the phase starts from the live set and not from the previous phase's garbage. */
    static HeapMonitor start() {
        System.gc();
        HeapMonitor h = new HeapMonitor();
        h.sampled.set(used());
        h.sampler.start();
        return h;
    }

    /** The peaks so far. */
    HeapPeak peak() {
        return new HeapPeak(Math.max(sampled.get(), used()), afterGc.get());
    }

    private void sample() {
        while (running) {
            sampled.accumulateAndGet(used(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                after += e.getValue().getUsed();
            }
        }
        afterGc.accumulateAndGet(after, Math::max);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to undo
            }
        }
    }

    /**
     * Heap peaks of one phase, in bytes.
     *
     * @param sampled largest used heap seen by the sampler (includes uncollected garbage)
     * @param afterGc largest occupancy right after a collection (≈ live set); 0 if none ran
     */
    record HeapPeak(long sampled, long afterGc) {
    }
}
