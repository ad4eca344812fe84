package dev.extract.source;

import dev.extract.Article;
import dev.extract.text.ReferenceDate;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private HtmlReader() {
    }

    /**
     * Reads page bytes; the charset comes from a BOM, the page's own meta declaration, else UTF-8 when the
     * bytes are UTF-8, else windows-1252.
     * {@code address} is the page's URL when known (a WARC record's target), else null.
     */
    public static SourceText read(String id, byte[] bytes, String address) {
        try {
            if (!declaresCharset(bytes) && !isUtf8(bytes)) {
                // no BOM, no declaration and not UTF-8: old pages are windows-1252 far more often than not
                SourceText t = read(id, new String(bytes, WINDOWS_1252), address);
                String note = "not valid UTF-8 and no charset declared; read as windows-1252";
                return new SourceText(t.id(), t.text(), t.title(), t.reference(), t.source(),
                        t.warning() == null ? note : t.warning() + "; " + note);
            }
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, address == null ? "" : address);
            return read(id, page, address);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on an in-memory stream
        }
    }

    private static boolean declaresCharset(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff || (bytes[0] & 0xff) == 0xef)) {
            return true; // a byte order mark
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("charset");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
        return new SourceText(id, text.toString(), meta.title(),
                ReferenceDate.of(ReferenceDate.Evidence.PAGE_METADATA, published), source, warning);
    }
}
