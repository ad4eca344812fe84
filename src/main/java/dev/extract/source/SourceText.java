package dev.extract.source;

import dev.extract.Article;
import dev.extract.text.ReferenceDate;

/**
 * One article read from a non-plain-text input: the plain text every offset will index (headline, blank
 * line, body paragraphs), the title the source states (may be null), the dates it offers for the reference
 * date (never null, may be {@link ReferenceDate#NONE}), what is known of the source, and a warning for stderr
 * (may be null).
 */
public record SourceText(String id, String text, String title, ReferenceDate reference,
                         Article.Source source, String warning) {
}
