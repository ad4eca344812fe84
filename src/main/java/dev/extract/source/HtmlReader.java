package dev.extract.source;

import dev.extract.Article;
import dev.extract.text.ReferenceDateSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A saved web page as an article: its metadata ({@link PageMetadata}) and its body ({@link BodyFinder}),
 * written as plain text: the title, a blank line, then each paragraph and heading as its own
 * blank-line-separated block. jsoup parses as browsers do, so broken markup still gives text.
 */
public final class HtmlReader {
    private HtmlReader() {
    }

    /**
     * Reads page bytes; the charset comes from a BOM, the page's own meta declaration, else UTF-8.
     * {@code address} is the page's URL when known (a WARC record's target), else null.
     */
    public static SourceText read(String id, byte[] bytes, String address) {
        try {
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, address == null ? "" : address);
            return read(id, page, address);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on an in-memory stream
        }
    }

    /** Reads HTML that is already text (a JSON field holding HTML). */
    public static SourceText read(String id, String html, String address) {
        return read(id, Jsoup.parse(html, address == null ? "" : address), address);
    }

    private static SourceText read(String id, Document page, String address) {
        PageMetadata meta = PageMetadata.read(page, address);
        PageCleaner.clean(page.body());
        List<BodyFinder.TextBlock> body = BodyFinder.find(page.body(), meta.title());
        StringBuilder text = new StringBuilder();
        if (meta.title() != null) {
            text.append(meta.title());
        }
        for (BodyFinder.TextBlock b : body) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(b.text());
        }
        text.append('\n');
        LocalDate published = Dates.parse(meta.published());
        Article.Source source = new Article.Source("html", meta.url(), meta.siteName(), meta.language(),
                meta.authors(), meta.published());
        String warning = body.isEmpty() ? "no article text found in the page" : null;
        return new SourceText(id, text.toString(), meta.title(), published,
                published == null ? null : ReferenceDateSource.HTML, source, warning);
    }
}
