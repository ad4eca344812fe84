package dev.extract.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists and pattern tables of one language, read from {@code /dev/extract/lang/<tag>/} on the class
 * path. Files are UTF-8 tables: one row a line, cells separated by tabs, blank lines and lines starting with
 * # skipped. Every file opens with a comment naming its {@code Source:} and {@code Licence:}; a file without
 * them is refused, so no list enters the pack without its provenance.
 *
 * <p>A regional tag ({@code en-GB}) is an overlay: a file present in its folder is read after the base
 * language's file of the same name, so it adds rows (and, for lists read into maps, overrides them). The pack
 * holds no rows, so it is safe to use from many threads.
 */
public final class LanguagePack {
    private static final String ROOT = "/dev/extract/lang/";
    private static final Map<String, LanguagePack> PACKS = new ConcurrentHashMap<>();

    private final String tag;
    private final LanguagePack base;

    private LanguagePack(String tag, LanguagePack base) {
        this.tag = tag;
        this.base = base;
    }

    /** The English pack, which every extractor reads unless told otherwise. */
    public static LanguagePack english() {
        return forTag("en");
    }

    /** The pack of a language tag: "en", or a regional overlay of a base language such as "en-GB". */
    public static LanguagePack forTag(String tag) {
        return PACKS.computeIfAbsent(tag, t -> {
            int dash = t.indexOf('-');
            return new LanguagePack(t, dash < 0 ? null : forTag(t.substring(0, dash)));
        });
    }

    public String tag() {
        return tag;
    }

    /**
     * The data rows of {@code path} ("dates/words.tsv"): the base language's, then this overlay's. Read anew
     * on each call: every loader reads its files once into its own structures, and keeping the rows of a
     * 60,000-row gazetteer alive here would only make the collector copy them.
     */
    public List<Row> rows(String path) {
        return read(path);
    }

    /** The rows of {@code path} as bare cell arrays, for loaders that need no file and line. */
    public List<String[]> cells(String path) {
        List<Row> rows = rows(path);
        List<String[]> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(row.sharedCells()); // the rows were read for this call alone: no copy needed
        }
        return out;
    }

    private List<Row> read(String path) {
        List<Row> out = new ArrayList<>();
        if (base != null) {
            out.addAll(base.rows(path));
        }
        boolean found = readInto(ROOT + tag + "/" + path, out);
        if (!found && base == null) {
            throw new IllegalStateException("missing language file " + ROOT + tag + "/" + path);
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean readInto(String resource, List<Row> out) {
        try (InputStream in = LanguagePack.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String file = resource.substring("/dev/extract/".length());
            Header header = new Header();
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.startsWith("#")) {
                    header.read(line);
                } else if (!line.isBlank()) {
                    header.require(file);
                    out.add(new Row(file, n, line.split("\t", -1)));
                }
            }
            header.require(file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provenance lines a file must carry before its first row. */
    private static final class Header {
        private boolean source;
        private boolean licence;

        void read(String comment) {
            String text = comment.substring(1).strip();
            source |= text.startsWith("Source:");
            licence |= text.startsWith("Licence:");
        }

        void require(String file) {
            if (!source || !licence) {
                throw new IllegalStateException(file + ": the header must name its Source: and Licence: before the first row");
            }
        }
    }
}
