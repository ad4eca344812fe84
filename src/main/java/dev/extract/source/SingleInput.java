package dev.extract.source;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One input holding one article, as bytes: a web page is read as HTML, gzip is undone, formats the tool
 * cannot read are refused with {@code unsupported-format}; plain text is left to the caller.
 */
public final class SingleInput {
    private SingleInput() {
    }

    /**
     * The article in {@code bytes}, or null when they are plain text (the caller decodes them as before).
     * {@code name} is the file name (may be null, for standard input); {@code maxBytes} caps decompression.
     */
    public static SourceText read(String id, String name, byte[] bytes, long maxBytes) throws InputException {
        Sniffer.Format format = Sniffer.sniff(name, bytes, bytes.length);
        if (format == Sniffer.Format.GZIP) {
            return read(id, withoutGz(name), gunzip(bytes, maxBytes), maxBytes);
        }
        if (format.refused()) {
            throw unsupported(format);
        }
        if (format == Sniffer.Format.WARC) {
            // a file is sniffed before it gets here; only standard input arrives unnamed
            throw new InputException("unsupported-format",
                    "this is a web archive (WARC); on standard input say so with --input-format warc");
        }
        if (format == Sniffer.Format.HTML) {
            return HtmlReader.read(id, bytes, null);
        }
        return null;
    }

    /** Names a format the tool does not read, and says what to do instead. */
    public static InputException unsupported(Sniffer.Format format) {
        String what = switch (format) {
            case PDF -> "a PDF document; convert it to text first (e.g. pdftotext FILE.pdf) and give the .txt";
            case OFFICE -> "an office document (Word, OpenDocument, RTF); save it as plain text or HTML first";
            case ZIP -> "a zip archive; unpack it and give the folder";
            case IMAGE -> "an image; the tool reads text, not pictures (run OCR first)";
            default -> "a binary file (compressed or executable), not text, HTML, JSON, CSV or WARC";
        };
        return new InputException("unsupported-format", "unsupported format: this is " + what);
    }

    static String withoutGz(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".gz") ? name.substring(0, name.length() - 3)
                : lower.endsWith(".tgz") ? name.substring(0, name.length() - 4) + ".tar" : name;
    }

    static byte[] gunzip(byte[] bytes, long maxBytes) throws InputException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (out.length > maxBytes) {
                throw new InputException("too-large", "input is over the --max-chars limit once decompressed");
            }
            return out;
        } catch (EOFException e) {
            throw new InputException("unreadable", "truncated gzip data: the file ends before its compressed stream does");
        } catch (ZipException e) {
            throw new InputException("unreadable", "corrupt gzip data: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException("unreadable", "cannot decompress: " + e.getMessage());
        }
    }
}
