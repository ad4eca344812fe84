package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aByteOrderMarkIsDroppedAndBadBytesAreFlagged() throws Exception {
        byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b', (byte) 0xFF, '\n'};
        LineReader r = new LineReader(new ByteArrayInputStream(b), 100);
        LineReader.Line a = r.next();
        assertEquals("a", a.text());
        LineReader.Line bad = r.next();
        assertEquals("b\ufffd", bad.text());
        assertTrue(bad.malformed());
        assertNull(r.next());
    }

    @Test
    void readsLinesWithAnyLineEnd() throws Exception {
        LineReader r = new LineReader(bytes("a\r\nb\nc\rd"), 100);
        assertEquals("a", r.next().text());
        assertEquals("b", r.next().text());
        assertEquals("c", r.next().text());
        assertEquals("d", r.next().text());
        assertNull(r.next());
    }

    @Test
    void anOverLongLineIsReportedAndSkippedWhole() throws Exception {
        LineReader r = new LineReader(bytes("short\n" + "x".repeat(200_000) + "\nafter\n"), 1000);
        assertEquals("short", r.next().text());
        LineReader.Line big = r.next();
        assertTrue(big.tooLong());
        assertNull(big.text());
        assertEquals("after", r.next().text());
        assertNull(r.next());
    }

    @Test
    void emptyLinesAreLines() throws Exception {
        LineReader r = new LineReader(bytes("\n\nz\n"), 10);
        assertEquals("", r.next().text());
        assertEquals("", r.next().text());
        assertEquals("z", r.next().text());
        assertNull(r.next());
    }
}
