package dev.extract.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells an input's format from its first bytes, and from its name where the bytes cannot tell (a CSV
 * looks like text). Content wins over the name: a page saved as {@code .txt} is still HTML, a PDF
 * renamed {@code .txt} is still refused.
 */
public final class Sniffer {
    private static final java.util.regex.Pattern FRAGMENT = java.util.regex.Pattern.compile(
            "<(?:p|div|article|section|h[1-6]|br|meta|title|table|ul|body)[\\s>/]");

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD_BYTES = 4096;

    private Sniffer() {
    }

    public enum Format {
        TEXT, HTML, JSON, JSONL, CSV, TSV, WARC, GZIP,
        PDF, OFFICE, ZIP, IMAGE, BINARY;

        /** True for the formats the tool refuses rather than read. */
        public boolean refused() {
            return ordinal() >= PDF.ordinal();
        }

        /** True for the formats that hold many articles (one output record each). */
        public boolean manyRecords() {
            return this == JSON || this == JSONL || this == CSV || this == TSV || this == WARC;
        }
    }

    /** The format of an input named {@code name} (may be null) whose first bytes are {@code head}. */
    public static Format sniff(String name, byte[] head, int length) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        Format magic = byMagic(head, length);
        if (magic != null) {
            return magic == Format.ZIP && (lower.endsWith(".docx") || lower.endsWith(".odt") || lower.endsWith(".xlsx")
                    || lower.endsWith(".pptx") || lower.endsWith(".epub") || lower.endsWith(".ods")) ? Format.OFFICE : magic;
        }
        if (lower.endsWith(".warc")) {
            return Format.WARC;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
            return Format.TSV;
        }
        if (lower.endsWith(".doc") || lower.endsWith(".rtf")) {
            return Format.OFFICE;
        }
        return looksLikeHtml(head, length) ? Format.HTML : Format.TEXT;
    }

    private static Format byMagic(byte[] b, int n) {
        if (startsWith(b, n, 0x1f, 0x8b)) {
            return Format.GZIP;
        }
        if (startsWith(b, n, '%', 'P', 'D', 'F', '-')) {
            return Format.PDF;
        }
        if (startsWith(b, n, 'P', 'K', 3, 4) || startsWith(b, n, 'P', 'K', 5, 6)) {
            return Format.ZIP;
        }
        if (startsWith(b, n, 0xd0, 0xcf, 0x11, 0xe0) || startsWith(b, n, '{', '\\', 'r', 't', 'f')) {
            return Format.OFFICE; // old Word/Excel (OLE2) and RTF
        }
        if (startsWith(b, n, 0x89, 'P', 'N', 'G') || startsWith(b, n, 0xff, 0xd8, 0xff)
                || startsWith(b, n, 'G', 'I', 'F', '8') || startsWith(b, n, 'I', 'I', '*', 0)
                || startsWith(b, n, 'M', 'M', 0, '*') || n >= 12 && startsWith(b, n, 'R', 'I', 'F', 'F')
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Format.IMAGE;
        }
        if (startsWith(b, n, 'W', 'A', 'R', 'C', '/')) {
            return Format.WARC;
        }
        if (startsWith(b, n, 'B', 'Z', 'h') || startsWith(b, n, 0xfd, '7', 'z', 'X', 'Z')
                || startsWith(b, n, '7', 'z', 0xbc, 0xaf) || startsWith(b, n, 'R', 'a', 'r', '!')
                || startsWith(b, n, 0x28, 0xb5, 0x2f, 0xfd) || startsWith(b, n, 0x7f, 'E', 'L', 'F')) {
            return Format.BINARY; // bzip2, xz, 7z, rar, zstd, executables
        }
        return null;
    }

    /** An HTML document type or an {@code <html>}/{@code <head>}/{@code <body>} tag near the start. */
    static boolean looksLikeHtml(byte[] head, int n) {
        java.nio.charset.Charset cs = n >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe ? StandardCharsets.UTF_16LE
                : n >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff ? StandardCharsets.UTF_16BE
                : StandardCharsets.ISO_8859_1; // a UTF-16 page (with its BOM) is still a page
        int skip = cs == StandardCharsets.ISO_8859_1 ? 0 : 2;
        String s = new String(head, skip, Math.max(0, Math.min(n, 2048) - skip), cs).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (s.startsWith("\u00ef\u00bb\u00bf")) {
            s = s.substring(3).stripLeading(); // UTF-8 BOM read as Latin-1
        }
        if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head")) {
            return true;
        }
        if (s.startsWith("<?xml") || s.startsWith("<!--")) {
            return s.contains("<html") || s.contains("<!doctype html");
        }
        // a fragment saved without <html>: it opens with a tag and has the tags of a page near the start
        return s.startsWith("<") && FRAGMENT.matcher(s).find();
    }

    private static boolean startsWith(byte[] b, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != (magic[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
