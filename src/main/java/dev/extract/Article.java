package dev.extract;

import dev.extract.actors.Actor;
import dev.extract.claims.Claim;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import dev.extract.text.ReferenceDateSource;
import java.util.List;

/**
 * The fact sheet of one article: the output contract in code. The JSON writer serialises it field by
 * field, in this order.
 */
public record Article(
        String schemaVersion,
        String id,
        String title,
        String referenceDate,
        ReferenceDateSource referenceDateSource,
        Stats stats,
        List<Figure> figures,
        List<DateMention> dates,
        List<Actor> actors,
        List<Claim> claims) {

    public static final String SCHEMA_VERSION = "1";

    /** Sizes of the article as segmented. {@code characters} counts code points. */
    public record Stats(int characters, int paragraphs, int sentences, int tokens) {
    }
}
