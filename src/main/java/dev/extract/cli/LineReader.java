package dev.extract.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

    /** The next line without its line end, or null at the end of the input. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= len && !fill()) {
                return any ? line(line, tooLong) : null;
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
                return line(line, tooLong);
            }
            if (!tooLong) {
                if (line.size() >= maxBytes) {
                    tooLong = true;
                    line = new ByteArrayOutputStream(); // let the partial line go
                } else {
                    line.write(c);
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

    private static Line line(ByteArrayOutputStream bytes, boolean tooLong) {
        if (tooLong) {
            return new Line(null, true, false);
        }
        byte[] b = bytes.toByteArray();
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            return new Line(text, false, false);
        } catch (CharacterCodingException e) {
            return new Line(new String(b, StandardCharsets.UTF_8), false, true);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
