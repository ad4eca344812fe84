package dev.extract.source;

import dev.extract.Article;
import dev.extract.text.ReferenceDate;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the web pages of a WARC file (plain or gzip-compressed per record, as Common Crawl's CC-NEWS is)
 * with jwarc: every HTTP response with an HTML body is one article, its id the target URI, its reference
 * date the page's own or else the WARC-Date. Records are read one at a time, so memory stays bounded
 * on an archive of any size; other records (requests, metadata, images) are skipped.
 */
public final class WarcRecords {
    private WarcRecords() {
    }

    public static Iterator<RecordSources.Item> pages(InputStream in, String name, long maxBytes) {
        return new PageIterator(in, name, maxBytes);
    }

    private static final class PageIterator extends RecordStream {
        private final InputStream in;
        private final String name;
        private final long maxBytes;
        private WarcReader reader;
        private int count;

        PageIterator(InputStream in, String name, long maxBytes) {
            super(in);
            this.in = in;
            this.name = name;
            this.maxBytes = maxBytes;
        }

        @Override
        RecordSources.Item failedRead(Exception e) {
            return RecordSources.failed(name + ":" + (count + 1), new InputException("unreadable",
                    "cannot read WARC after record " + count + ": " + RecordSources.firstLine(String.valueOf(e.getMessage()))));
        }

        @Override
        void closeReader() throws IOException {
            if (reader != null) {
                reader.close();
            }
        }

        @Override
        RecordSources.Item advance() throws IOException {
            if (reader == null) {
                reader = new WarcReader(in);
            }
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    return null;
                }
                count++;
                if (next.get() instanceof WarcResponse response && isHtml(response)) {
                    return page(response);
                }
            }
        }

        private RecordSources.Item page(WarcResponse response) throws IOException {
            String target = response.target();
            LocalDate captured = response.date() == null ? null : response.date().atOffset(ZoneOffset.UTC).toLocalDate();
            HttpResponse http = response.http();
            byte[] body;
            try (InputStream payload = http.bodyDecoded().stream()) {
                body = payload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (body.length > maxBytes) {
                return RecordSources.failed(target, new InputException("too-large", "page is over the --max-chars limit"));
            }
            return new RecordSources.Item() {
                @Override
                public String id() {
                    return target;
                }

                @Override
                public SourceText load() {
                    SourceText page = HtmlReader.read(target, body, target);
                    Article.Source s = page.source();
                    Article.Source source = new Article.Source("warc", s.url(), s.siteName(), s.language(), s.authors(),
                            s.published() != null ? s.published() : String.valueOf(response.date()));
                    return new SourceText(target, page.text(), page.title(),
                            page.reference().offer(ReferenceDate.Evidence.CAPTURE, captured), source, page.warning());
                }
            };
        }

        private static boolean isHtml(WarcResponse response) throws IOException {
            String type;
            try {
                type = response.http().contentType().base().toString().toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return false; // not an HTTP response (dns:, a gemini capture) or no readable content type
            }
            return type.equals("text/html") || type.equals("application/xhtml+xml");
        }
    }
}
