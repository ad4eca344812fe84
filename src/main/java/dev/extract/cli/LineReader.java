package dev.extract.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like BufferedReader.readLine, but never holds more than {@code maxChars} of one line: the
 * rest of an over-long line is skipped and the line is reported as such, so one giant JSON Lines record
 * cannot exhaust the heap.
 */
final class LineReader implements AutoCloseable {
    /** A line, or an over-long one whose text was dropped. */
    record Line(String text, boolean tooLong) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean skipLf;

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its line end, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= len) {
                len = in.read(buf);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? new Line(tooLong ? null : sb.toString(), tooLong) : null;
                }
            }
            char c = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return new Line(tooLong ? null : sb.toString(), tooLong);
            }
            if (!tooLong) {
                if (sb.length() >= maxChars) {
                    tooLong = true;
                    sb = new StringBuilder(); // let the partial line go
                } else {
                    sb.append(c);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
