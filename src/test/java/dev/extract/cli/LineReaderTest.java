package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    @Test
    void readsLinesWithAnyLineEnd() throws Exception {
        LineReader r = new LineReader(new StringReader("a\r\nb\nc\rd"), 100);
        assertEquals("a", r.next().text());
        assertEquals("b", r.next().text());
        assertEquals("c", r.next().text());
        assertEquals("d", r.next().text());
        assertNull(r.next());
    }

    @Test
    void anOverLongLineIsReportedAndSkippedWhole() throws Exception {
        LineReader r = new LineReader(new StringReader("short\n" + "x".repeat(200_000) + "\nafter\n"), 1000);
        assertEquals("short", r.next().text());
        LineReader.Line big = r.next();
        assertTrue(big.tooLong());
        assertNull(big.text());
        assertEquals("after", r.next().text());
        assertNull(r.next());
    }

    @Test
    void emptyLinesAreLines() throws Exception {
        LineReader r = new LineReader(new StringReader("\n\nz\n"), 10);
        assertEquals("", r.next().text());
        assertEquals("", r.next().text());
        assertEquals("z", r.next().text());
        assertNull(r.next());
    }
}
