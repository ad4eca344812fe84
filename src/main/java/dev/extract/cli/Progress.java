package dev.extract.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What a batch tells a person at a terminal on stderr: a progress line rewritten in place (articles done,
 * articles per second, failures) at most a few times a second, and a closing summary (articles, facts by
 * kind, failures, time). Both only when stderr is a terminal and not {@code --quiet}: a log or a pipe gets
 * only the errors.
 */
final class Progress {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream err;
    private final boolean live;
    private final boolean summary;
    private final long started = System.nanoTime();
    private final long[] facts = new long[4];
    private long articles;
    private long failed;
    private long skipped;
    private long lastDraw;
    private boolean drawn;
    private volatile long total = -1;

    private Progress(PrintStream err, boolean live, boolean summary) {
        this.err = err;
        this.live = live;
        this.summary = summary;
    }

    /**
     * Progress and summary for a batch on a terminal; nothing otherwise. When the output itself goes to the
     * same terminal, the progress line would tear its lines apart: only the summary is shown then.
     *
     * @param total counts the inputs (for done/total and ETA), on a background thread so the run starts at
     *              once; asked only when the progress line is shown; -1 when unknown
     */
    static Progress of(PrintStream err, boolean batch, boolean quiet, boolean outputOnTerminal,
                       java.util.function.LongSupplier total) {
        boolean talk = batch && !quiet && Terminal.stderr();
        Progress p = new Progress(err, talk && !outputOnTerminal, talk);
        if (p.live) {
            Thread counter = new Thread(() -> p.total = total.getAsLong(), "extract-count");
            counter.setDaemon(true);
            counter.start();
        }
        return p;
    }


    /** One input is done (written or failed). */
    void done(Result r) {
        if (r.isError()) {
            failed++;
        } else {
            articles++;
            for (int i = 0; i < facts.length; i++) {
                facts[i] += r.facts()[i];
            }
        }
        long now = System.nanoTime();
        if (live && now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            long done = articles + failed;
            long all = total;
            double rate = rate(now);
            String eta = all >= done && rate > 0 ? " · ETA " + clock((long) Math.ceil((all - done) / rate)) : "";
            err.print("\r\u001b[Kextract: " + done + (all >= done ? "/" + all : "") + " articles · "
                    + String.format(Locale.ROOT, "%.1f/s", rate) + eta + (failed > 0 ? " · " + failed + " failed" : ""));
            err.flush();
            drawn = true;
        }
    }

    /** One input skipped: its output was there already. */
    void skipped() {
        skipped++;
    }

    /** Clears the progress line so that a message can take the whole line. */
    void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    void finish() {
        clear();
        if (!summary) {
            return;
        }
        long now = System.nanoTime();
        err.println(String.format(Locale.ROOT, "extract: %,d articles in %.1f s (%.1f/s): %,d figures, %,d dates, "
                + "%,d actors, %,d claims%s", articles, (now - started) / 1e9, rate(now), facts[0], facts[1],
                facts[2], facts[3], failed > 0 ? String.format(Locale.ROOT, "; %,d failed", failed) : "")
                + (skipped > 0 ? String.format(Locale.ROOT, "; %,d skipped (output there already)", skipped) : ""));
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private double rate(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        return (articles + failed) / seconds;
    }
}
