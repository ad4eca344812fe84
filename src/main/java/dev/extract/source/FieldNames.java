package dev.extract.source;

import java.util.List;

/**
 * Where a feed record keeps its parts: each a dotted path ({@code source.name}), or null to try the usual
 * names in order: ours ({@code id}, {@code text}, {@code referenceDate}, {@code title}), NewsAPI's
 * ({@code url}, {@code content}, {@code publishedAt}), GDELT's ({@code seendate}) and schema.org's
 * ({@code articleBody}, {@code datePublished}, {@code headline}). {@code html} says the text field holds HTML.
 */
public record FieldNames(String text, String id, String date, String title, boolean html) {
    static final List<String> TEXT = List.of("text", "articleBody", "body", "content", "full_text", "fullText",
            "article", "story", "description");
    static final List<String> ID = List.of("id", "url", "uri", "link", "guid", "_id");
    static final List<String> DATE = List.of("referenceDate", "publishedAt", "datePublished", "published_at",
            "published", "publishDate", "publish_date", "pubDate", "seendate", "date");
    static final List<String> TITLE = List.of("title", "headline");

    public static final FieldNames DEFAULT = new FieldNames(null, null, null, null, false);

    /** True when every part is looked for under the usual names and the text is plain. */
    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
