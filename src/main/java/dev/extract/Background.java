package dev.extract;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** A value built once on its own daemon thread; {@link #get()} waits for it. */
final class Background<T> {
    private final CompletableFuture<T> value = new CompletableFuture<>();

    private Background() {
    }

    static <T> Background<T> start(Supplier<T> build) {
        Background<T> b = new Background<>();
        Thread t = new Thread(() -> {
            try {
                b.value.complete(build.get());
            } catch (RuntimeException | Error e) {
                b.value.completeExceptionally(e);
            }
        }, "extract-init");
        t.setDaemon(true);
        t.start();
        return b;
    }

    T get() {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
