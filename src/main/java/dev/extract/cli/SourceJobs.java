package dev.extract.cli;

import dev.extract.source.CsvRecords;
import dev.extract.source.FieldNames;
import dev.extract.source.RecordSources;
import dev.extract.source.Sniffer;
import dev.extract.source.WarcRecords;
import dev.extract.source.InputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;

/**
 * The hook that picks a reader for inputs holding many articles: JSON documents, JSON Lines, CSV/TSV and
 * WARC files, gzip-compressed or not, told apart by their first bytes and their names. Each record becomes
 * a {@link Job}; a file holding one article (text, a web page) is left to {@link FileJob}.
 */
final class SourceJobs {
    private final FieldNames fields;
    private final long maxBytes;
    private final TextDecoder decoder;
    private final BiFunction<java.io.InputStream, String, Iterator<Job>> jsonLines;

    /** @param jsonLines reads JSON Lines from a byte stream (the existing line-at-a-time reader) */
    SourceJobs(FieldNames fields, long maxBytes, TextDecoder decoder,
               BiFunction<java.io.InputStream, String, Iterator<Job>> jsonLines) {
        this.fields = fields;
        this.maxBytes = maxBytes;
        this.decoder = decoder;
        this.jsonLines = jsonLines;
    }

    /** True when a file of this name holds many articles, so the output is JSON Lines. */
    static boolean isManyRecords(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".csv")
                || n.endsWith(".tsv") || n.endsWith(".warc");
    }

    /** The jobs of a file holding many articles, or null when it holds one (text, HTML, a refused format). */
    Iterator<Job> open(Path p, String id, Sniffer.Format forced) {
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
            Iterator<Job> jobs = open(raw, String.valueOf(p.getFileName()), id, forced);
            if (jobs == null) {
                raw.close();
            }
            return jobs;
        } catch (IOException e) {
            return null; // FileJob reports it
        }
    }

    /** The jobs of a stream (a file, or standard input with --input-format), or null for one article. */
    Iterator<Job> open(InputStream raw, String name, String id, Sniffer.Format forced) throws IOException {
        raw.mark(Sniffer.HEAD_BYTES);
        byte[] head = raw.readNBytes(Sniffer.HEAD_BYTES);
        raw.reset();
        Sniffer.Format format = Sniffer.sniff(name, head, head.length);
        if (format == Sniffer.Format.WARC || forced == Sniffer.Format.WARC || format == Sniffer.Format.GZIP && isWarc(name, forced)) {
            return adapt(WarcRecords.pages(raw, id, maxBytes)); // jwarc undoes gzip record by record
        }
        InputStream in = raw;
        String inner = name;
        if (format == Sniffer.Format.GZIP) {
            in = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
            inner = name.substring(0, Math.max(0, name.length() - 3));
            in.mark(Sniffer.HEAD_BYTES);
            byte[] unpacked = readHead(in);
            in.reset();
            format = Sniffer.sniff(inner, unpacked, unpacked.length);
        }
        Sniffer.Format kind = forced != null ? forced : format;
        if (kind == Sniffer.Format.JSONL && in == raw) {
            return null; // plain JSON Lines keep their own reader (Inputs); only compressed ones come through here
        }
        return switch (kind) {
            case JSON -> adapt(RecordSources.json(in, id, fields));
            case JSONL -> jsonLines.apply(in, id);
            case CSV -> adapt(CsvRecords.rows(in, id, fields, ','));
            case TSV -> adapt(CsvRecords.rows(in, id, fields, '\t'));
            case WARC -> adapt(WarcRecords.pages(in, id, maxBytes));
            default -> null;
        };
    }

    private static boolean isWarc(String name, Sniffer.Format forced) {
        return forced == Sniffer.Format.WARC || name.toLowerCase(Locale.ROOT).endsWith(".warc.gz");
    }

    private static byte[] readHead(InputStream in) {
        try {
            return in.readNBytes(Sniffer.HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0]; // a broken stream: the reader reports it on the first record
        }
    }

    /** The pages of one WARC stream as jobs, as {@code --input-format warc} reads a file. */
    static Iterator<Job> warcPages(java.io.InputStream in, String id, long maxBytes, TextDecoder decoder) {
        return adapt(WarcRecords.pages(in, id, maxBytes), decoder);
    }

    private Iterator<Job> adapt(Iterator<RecordSources.Item> items) {
        return adapt(items, decoder);
    }

    private static Iterator<Job> adapt(Iterator<RecordSources.Item> items, TextDecoder decoder) {
        return MappedIterator.of(items, item -> new ItemJob(item, decoder));
    }

    /** A job whose input is read as HTML even when it does not look like a page (--input-format html). */
    Job asHtml(Job file) {
        return new HtmlJob(file, decoder);
    }

    private record HtmlJob(Job file, TextDecoder decoder) implements Job {
        @Override
        public String id() {
            return file.id();
        }

        @Override
        public String outputName() {
            return file.outputName();
        }

        @Override
        public Loaded load() throws InputException {
            Loaded loaded = file.load();
            if (loaded.from() != null) {
                return loaded; // sniffed as a page already
            }
            dev.extract.source.SourceText page = dev.extract.source.HtmlReader.read(loaded.id(), loaded.text(), null);
            decoder.check(page.text());
            return Loaded.of(page);
        }
    }

    /** One record of a many-article input. */
    private record ItemJob(RecordSources.Item item, TextDecoder decoder) implements Job {
        @Override
        public String id() {
            return item.id();
        }

        @Override
        public String outputName() {
            return item.id().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        }

        @Override
        public Loaded load() throws InputException {
            Loaded loaded = Loaded.of(item.load());
            decoder.check(loaded.text()); // the size limit and emptiness hold for every article
            return loaded;
        }
    }
}
