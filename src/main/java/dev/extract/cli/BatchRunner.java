package dev.extract.cli;

import dev.extract.Article;
import dev.extract.Extractor;
import dev.extract.view.Renderer;
import dev.extract.source.InputException;
import dev.extract.text.ReferenceDate;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs jobs on a pool of worker threads and hands results to the sink in input order. Only a small
 * window of jobs is in flight, and their characters together stay within a share of the heap (one job
 * is always allowed), so memory stays flat however long the input and however many threads. One bad
 * input becomes an error result; it never stops the batch.
 */
final class BatchRunner {
    private final Extractor extractor;
    private final Renderer renderer;
    private final int threads;
    private final LocalDate optionDate;
    private final PrintStream err;
    private final boolean debug;
    private int failures;
    private boolean withText;
    private int results; // records written: Main keeps the previous output when every input failed
    private Progress progress;

    /**
     * Heap bytes one input character may cost while it is extracted: the text, its copy for matching,
     * tokens, tags and the JSON written. Generous, so that the budget errs on the side of fewer jobs.
     */
    static final long HEAP_BYTES_PER_CHAR = 64;

    BatchRunner(Extractor extractor, Renderer renderer, int threads, LocalDate optionDate, PrintStream err, boolean debug) {
        this.extractor = extractor;
        this.renderer = renderer;
        this.threads = threads;
        this.optionDate = optionDate;
        this.err = err;
        this.debug = debug;
    }

    /** Output carries the text for plain-text inputs too (other inputs always carry it). */
    BatchRunner withText(boolean on) {
        this.withText = on;
        return this;
    }

    /** Reports each finished input to {@code progress} (a progress line and summary on a terminal). */
    void report(Progress progress) {
        this.progress = progress;
    }

    int failures() {
        return failures;
    }

    int results() {
        return results;
    }

    void run(Iterator<Job> jobs, Sink sink) throws IOException {
        if (threads <= 1) {
            while (jobs.hasNext()) {
                Job job = jobs.next();
                if (!skipped(job, sink)) {
                    emit(process(job), sink);
                }
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Result>> window = new ArrayDeque<>();
            Deque<Long> weights = new ArrayDeque<>();
            // enough queued work to keep every worker busy, little enough to keep memory flat
            int maxInFlight = threads * 2 + 1;
            long budget = Math.max(1, Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_CHAR);
            long inFlight = 0;
            while (jobs.hasNext()) {
                Job job = jobs.next();
                if (skipped(job, sink)) {
                    continue;
                }
                long weight = Math.max(1, job.weight());
                while (!window.isEmpty() && (window.size() >= maxInFlight || inFlight + weight > budget)) {
                    inFlight -= weights.poll();
                    emit(await(window.poll()), sink);
                }
                window.add(pool.submit(() -> process(job)));
                weights.add(weight);
                inFlight += weight;
            }
            while (!window.isEmpty()) {
                emit(await(window.poll()), sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean skipped(Job job, Sink sink) {
        if (!sink.skip(job)) {
            return false;
        }
        if (progress != null) {
            progress.skipped();
        }
        return true;
    }

    private Result await(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed", e.getCause()); // process() catches everything
        }
    }

    /** Extracts one job; never throws (also the per-record path of {@link JsonlRecords}). */
    Result process(Job job) {
        try {
            Job.Loaded in = job.load();
            ReferenceDate ref = in.reference().offer(ReferenceDate.Evidence.OPTION, optionDate);
            Article a = extractor.extractWith(in.id(), in.text(), ref);
            if (in.from() != null) {
                a = a.withInput(in.from().title(), in.from().source(), in.text());
            } else if (withText) {
                a = a.withInput(null, null, in.text());
            }
            int[] facts = {a.figures().size(), a.dates().size(), a.actors().size(), a.claims().size()};
            return Result.ok(job, a.id(), renderer.render(a, in.text()), in.warning(), facts);
        } catch (InputException e) {
            return Result.failed(job, e.code(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            if (debug) {
                synchronized (err) {
                    e.printStackTrace(err);
                }
            }
            return Result.failed(job, "internal", "internal error: " + e + " (please report it; --debug shows details)");
        } catch (OutOfMemoryError e) {
            return Result.failed(job, "out-of-memory", "ran out of memory on this input (try a larger -Xmx or a smaller --max-chars)");
        }
    }

    private void emit(Result r, Sink sink) throws IOException {
        if (progress != null && (r.warning() != null || r.isError())) {
            progress.clear();
        }
        if (r.warning() != null) {
            err.println("extract: " + Messages.clean(r.id() + ": warning: " + r.warning()));
        }
        if (r.isError()) {
            failures++;
            err.println("extract: " + Messages.clean(r.id() + ": " + r.errorMessage()));
        }
        try {
            sink.accept(r);
            if (!r.isError()) {
                results++;
            }
        } catch (Sink.RecordNotWritten e) {
            if (!r.isError()) {
                failures++;
            }
            err.println("extract: " + Messages.clean(r.id() + ": " + e.getMessage()));
        }
        if (progress != null) {
            progress.done(r);
        }
    }
}
