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
        List<Claim> claims,
        Source source,
        String text) {

    public static final String SCHEMA_VERSION = "1";

    /** A fact sheet of plain text given as is: no {@code source}, no {@code text}. */
    public Article(String schemaVersion, String id, String title, String referenceDate,
                   ReferenceDateSource referenceDateSource, Stats stats, List<Figure> figures,
                   List<DateMention> dates, List<Actor> actors, List<Claim> claims) {
        this(schemaVersion, id, title, referenceDate, referenceDateSource, stats, figures, dates, actors, claims,
                null, null);
    }

    /**
     * The same fact sheet for an input that was not plain text (a web page, a feed record): the page's
     * title when it has one, where the text came from, and the text itself, which every offset indexes.
     */
    public Article withInput(String pageTitle, Source from, String plainText) {
        return new Article(schemaVersion, id, pageTitle != null ? pageTitle : title, referenceDate,
                referenceDateSource, stats, figures, dates, actors, claims, from, plainText);
    }

    /**
     * What is known of where an article came from: its format (html, json, csv, warc), address, site,
     * language, authors and the publication time as the source states it. Unknown values are null;
     * {@code authors} is always present.
     */
    public record Source(String format, String url, String siteName, String language, List<String> authors,
                         String published) {
        public Source {
            authors = authors == null ? List.of() : List.copyOf(authors);
        }
    }

    /** Sizes of the article as segmented. {@code characters} counts code points. */
    public record Stats(int characters, int paragraphs, int sentences, int tokens) {
    }
}
