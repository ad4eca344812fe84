package dev.extract.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A clock time takes its day from a day named in the same sentence ("at 9:15 a.m. EST on Dec. 24, 2013",
 * "on Tuesday at 18:00 UTC"), the nearest one first; without one it keeps the anchor's day.
 */
final class ClockDays {
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(".*T\\d{2}:\\d{2}");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int NEAR = 12;
    /** Days counted from another ("2:30 the next day"): GUM keeps them apart from the clock time. */
    private static final java.util.Set<String> COUNTED_DAY = java.util.Set.of("relative-the", "day-before", "that-unit", "the-day");
    private ClockDays() {
    }

    /** Between a clock time and the day that completes it: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9". */
    private static final java.util.regex.Pattern JOIN = java.util.regex.Pattern.compile("\\s*,?\\s*");

    /**
     * A clock time written just before its day ("noon Thursday", "9 a.m. EST Tuesday") is one expression, as
     * TimeML annotates it; the day's own mention goes. One pass that copies the list: linear.
     */
    static void join(String text, List<ResolvedDate> found) {
        List<ResolvedDate> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            ResolvedDate f = found.get(i);
            ResolvedDate d = i + 1 < found.size() ? found.get(i + 1) : null;
            String v = f.timex().value();
            if (d != null && isClock(f) && d.from() >= f.to() && isDay(d) && !COUNTED_DAY.contains(d.rule())
                    && JOIN.matcher(text).region(f.to(), d.from()).matches()) {
                Timex t = f.timex();
                out.add(new ResolvedDate(f.from(), d.to(), f.sentence(),
                        new Timex("TIME", d.timex().value() + v.substring(v.indexOf('T')), t.mod()), f.relation(), f.rule()));
                i++; // the day is part of the time now
            } else {
                out.add(f);
            }
        }
        found.clear();
        found.addAll(out);
    }

    /**
     * A clock time without a day takes the nearest day named in its sentence or just across a cut the segmenter
     * made at "a.m." or "Dec.". The nearest day before a time is the one that ends last among those that start
     * before it, and after it the next one to start: two passes over the dates in text order, so linear.
     */
    static void attach(List<ResolvedDate> found) {
        found.sort(Comparator.comparingInt(ResolvedDate::from));
        int n = found.size();
        int[] before = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            before[i] = last;
            if (isDay(found.get(i)) && (last < 0 || found.get(i).to() > found.get(last).to())) {
                last = i;
            }
        }
        int next = -1;
        for (int i = n - 1; i >= 0; i--) {
            ResolvedDate f = found.get(i);
            int after = next;
            if (isDay(f)) {
                next = i;
            }
            if (!isClock(f)) {
                continue;
            }
            ResolvedDate day = nearer(f, before[i] < 0 ? null : found.get(before[i]), after < 0 ? null : found.get(after));
            if (day != null) {
                Timex t = f.timex();
                String v = t.value();
                found.set(i, new ResolvedDate(f.from(), f.to(), f.sentence(),
                        new Timex(t.type(), day.timex().value() + v.substring(v.indexOf('T')), t.mod()), f.relation(), f.rule()));
            }
        }
    }

    /** Of the day before the time and the day after it, the nearer one that counts as near, or null. */
    private static ResolvedDate nearer(ResolvedDate f, ResolvedDate left, ResolvedDate right) {
        int dl = left == null || !near(f, left) ? Integer.MAX_VALUE : f.from() - left.to();
        int dr = right == null || !near(f, right) ? Integer.MAX_VALUE : right.from() - f.to();
        return dl == Integer.MAX_VALUE && dr == Integer.MAX_VALUE ? null : dl <= dr ? left : right;
    }

    /** The same sentence, or just across a cut the segmenter made at "a.m." or "Dec.". */
    private static boolean near(ResolvedDate f, ResolvedDate o) {
        int distance = o.from() > f.from() ? o.from() - f.to() : f.from() - o.to();
        return o.sentence() == f.sentence() || distance <= NEAR;
    }

    private static boolean isClock(ResolvedDate d) {
        return d.timex().type().equals("TIME") && CLOCK.matcher(d.timex().value()).matches();
    }

    private static boolean isDay(ResolvedDate d) {
        return d.timex().type().equals("DATE") && DAY.matcher(d.timex().value()).matches();
    }
}
