package dev.extract.source;

import dev.extract.Article;
import dev.extract.text.ReferenceDateSource;
import java.time.LocalDate;

/**
 * One article read from a non-plain-text input: the plain text every offset will index (headline, blank
 * line, body paragraphs), the title and reference date the source states (either may be null, and so may
 * {@code dateSource} with it), what is known of the source, and a warning for stderr (may be null).
 */
public record SourceText(String id, String text, String title, LocalDate referenceDate,
                         ReferenceDateSource dateSource, Article.Source source, String warning) {
}
