package dev.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Measures how work grows with input size without asserting any absolute time, so that a busy machine
 * cannot fail a test: the same shape is run at n and 4n in one test, and what is compared is the ratio of
 * the CPU time this thread spent (time spent waiting for a core, in the garbage collector's or the JIT's
 * threads does not count). Each size is run more than once and the fastest run is kept; work too quick to
 * measure is repeated.
 */
public final class Complexity {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Complexity() {
    }

    /** Work shorter than this is repeated until it is measurable: a few milliseconds are mostly noise. */
    private static final long MIN_NANOS = 20_000_000;

    /** CPU time at 4n over CPU time at n: about 4 for linear work, 16 for quadratic. */
    public static <T> double ratio(IntFunction<T> input, int n, Consumer<T> work) {
        T small = input.apply(n);
        T large = input.apply(4 * n);
        // warm-up and calibration: class loading and JIT compilation are not the work's cost, and quick work
        // is repeated (the same number of times at both sizes) until one measurement takes long enough
        int times = 1;
        while (cpuNanos(work, small, times) < MIN_NANOS && times < 1 << 14) {
            times *= 2;
        }
        cpuNanos(work, large, 1);
        long t1 = Long.MAX_VALUE;
        long t4 = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            t1 = Math.min(t1, cpuNanos(work, small, times));
            t4 = Math.min(t4, cpuNanos(work, large, times));
        }
        return (double) t4 / Math.max(1, t1);
    }

    /** The exponent k of time ~ n^k, from the ratio between n and 4n. */
    public static double exponent(double ratio) {
        return Math.log(ratio) / Math.log(4);
    }

    private static <T> long cpuNanos(Consumer<T> work, T input, int times) {
        long t0 = now();
        for (int i = 0; i < times; i++) {
            work.accept(input);
        }
        return now() - t0;
    }

    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** {@code unit} repeated to {@code chars} characters (at least once). */
    public static String repeat(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }
}
