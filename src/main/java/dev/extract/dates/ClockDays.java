package dev.extract.dates;

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
     * TimeML annotates it; the day's own mention goes.
     */
    static void join(String text, List<ResolvedDate> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            ResolvedDate f = found.get(i);
            ResolvedDate d = found.get(i + 1);
            String v = f.timex().value();
            if (f.timex().type().equals("TIME") && CLOCK.matcher(v).matches()
                    && d.from() >= f.to() && d.timex().type().equals("DATE") && DAY.matcher(d.timex().value()).matches()
                    && !COUNTED_DAY.contains(d.rule())
                    && JOIN.matcher(text).region(f.to(), d.from()).matches()) {
                Timex t = f.timex();
                found.set(i, new ResolvedDate(f.from(), d.to(), f.sentence(),
                        new Timex("TIME", d.timex().value() + v.substring(v.indexOf('T')), t.mod()), f.relation(), f.rule()));
                found.remove(i + 1);
            }
        }
    }

    static void attach(List<ResolvedDate> found) {
        for (int i = 0; i < found.size(); i++) {
            ResolvedDate f = found.get(i);
            String v = f.timex().value();
            if (!f.timex().type().equals("TIME") || !CLOCK.matcher(v).matches()) {
                continue;
            }
            String day = null;
            int best = Integer.MAX_VALUE;
            for (ResolvedDate o : found) {
                int distance = o.from() > f.from() ? o.from() - f.to() : f.from() - o.to();
                // the same sentence, or just across a cut the segmenter made at "a.m." or "Dec."
                boolean near = o.sentence() == f.sentence() || distance <= NEAR;
                if (near && o.timex().type().equals("DATE") && DAY.matcher(o.timex().value()).matches()) {
                    if (distance < best) {
                        best = distance;
                        day = o.timex().value();
                    }
                }
            }
            if (day != null) {
                Timex t = f.timex();
                found.set(i, new ResolvedDate(f.from(), f.to(), f.sentence(),
                        new Timex(t.type(), day + v.substring(v.indexOf('T')), t.mod()), f.relation(), f.rule()));
            }
        }
    }
}
