package dev.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The three OpenNLP English models, read from the classpath (the opennlp-models-*-en jars) once per
 * process. Model objects are thread-safe; the *ME wrappers around them are not (see {@link Segmenter}).
 */
final class Models {
    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;

    private Models(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
    }

    private static final class Holder {
        static final Models INSTANCE = load();
    }

    static Models get() {
        return Holder.INSTANCE;
    }

    /** Starts loading in the background, so start-up overlaps with reading the input. */
    static void preload() {
        Thread t = new Thread(Models::get, "model-preload");
        t.setDaemon(true);
        t.start();
    }

    // The POS model is by far the largest; the three load in parallel to shorten start-up.
    private static Models load() {
        CompletableFuture<POSModel> pos = inThread(() -> read(POS, POSModel::new));
        CompletableFuture<TokenizerModel> tok = inThread(() -> read(TOKENS, TokenizerModel::new));
        SentenceModel sent = read(SENTENCE, SentenceModel::new);
        return new Models(sent, tok.join(), pos.join());
    }

    // Own threads, not the common pool: on two cores that pool has a single worker.
    private static <T> CompletableFuture<T> inThread(java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "model-load");
        t.setDaemon(true);
        t.start();
        return result;
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String name, ModelReader<T> reader) {
        try (InputStream in = Models.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
            }
            return reader.read(new java.io.BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
        }
    }
}
