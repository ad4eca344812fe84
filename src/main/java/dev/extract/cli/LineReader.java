package dev.extract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines of bytes, ending at LF, CR or CRLF, but never holds more than {@code maxBytes} of one
 * line: the rest of an over-long line is skipped and the line is reported as such, so one giant JSON
 * Lines record cannot exhaust the heap. A UTF-8 byte-order mark before the first line is dropped; bytes
 * that are not UTF-8 become U+FFFD and the line says so.
 */
final class LineReader implements AutoCloseable {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A line (null text when it was too long), and whether some of its bytes were not UTF-8. */
    record Line(String text, boolean tooLong, boolean malformed) {
        Line(String text, boolean tooLong) {
            this(text, tooLong, false);
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean skipLf;
    private boolean first = true;

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    private byte[] line = new byte[256];
    private int size;

    /** The next line without its line end, or null at the end of the input. */
    Line next() throws IOException {
        size = 0;
        if (line.length > 1 << 20) {
            line = new byte[256]; // do not keep a giant line's buffer for the rest of the input
        }
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= len && !fill()) {
                return any ? line(tooLong) : null;
            }
            byte c = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return line(tooLong);
            }
            if (!tooLong) {
                if (size >= maxBytes) {
                    tooLong = true;
                    size = 0;
                    line = new byte[256]; // let the partial line go
                } else {
                    if (size == line.length) {
                        line = java.util.Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8, 2L * size));
                    }
                    line[size++] = c;
                }
            }
        }
    }

    private boolean fill() throws IOException {
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
            len = 0;
            return false;
        }
        if (first) {
            first = false;
            while (len < BOM.length) { // a BOM split over reads is still a BOM
                int more = in.read(buf, len, BOM.length - len);
                if (more <= 0) {
                    break;
                }
                len += more;
            }
            if (len >= 3 && buf[0] == BOM[0] && buf[1] == BOM[1] && buf[2] == BOM[2]) {
                pos = 3;
            }
        }
        return true;
    }

    // Checked in place and decoded once, with no copy: a line may be megabytes long.
    private Line line(boolean tooLong) {
        if (tooLong) {
            return new Line(null, true, false);
        }
        return new Line(new String(line, 0, size, StandardCharsets.UTF_8), false, !isUtf8(line, size));
    }

    /** Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF). */
    static boolean isUtf8(byte[] b, int n) {
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + len > n) {
                return false;
            }
            int cp = c & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = cp << 6 | cc & 0x3F;
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return false;
            }
            i += len;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
