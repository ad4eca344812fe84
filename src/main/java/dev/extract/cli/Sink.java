package dev.extract.cli;

import java.io.IOException;

/** Where results go, in input order. Implementations write each result whole or not at all. */
interface Sink extends AutoCloseable {
    void accept(Result result) throws IOException;

    /** Stop at once (interrupt): leave only complete output behind. */
    void abort();

    @Override
    void close() throws IOException;
}
