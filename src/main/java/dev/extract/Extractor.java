package dev.extract;

import dev.extract.actors.ActorExtractor;
import dev.extract.claims.ClaimExtractor;
import dev.extract.dates.DateExtractor;
import dev.extract.dates.DateMention;
import dev.extract.figures.FigureExtractor;
import dev.extract.link.Linker;
import dev.extract.text.Block;
import dev.extract.text.Document;
import dev.extract.text.ReferenceDate;
import dev.extract.text.Segmenter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The library's entry point: text in, {@link Article} out. Immutable, thread-safe and meant to be reused:
 * the OpenNLP models load once per process.
 *
 * <pre>{@code
 * Article a = new Extractor().extract("my-id", text, LocalDate.of(2024, 1, 5));
 * }</pre>
 */
public final class Extractor {
    private final Segmenter segmenter = new Segmenter();
    // The rule tables load in the background while the models load and the input is read; the first
    // extraction waits for them. Start-up is the sum of the two otherwise.
    private final Background<DateExtractor> dates;
    private final Background<FigureExtractor> figures = Background.start(FigureExtractor::new);
    // the given names load beside the actors' gazetteers: the two largest tables, read at once on start-up
    private final Background<Boolean> givenNames = Background.start(ActorExtractor::preloadGivenNames);
    private final Background<ActorExtractor> actors = Background.start(ActorExtractor::new);
    private final Background<ClaimExtractor> claims = Background.start(ClaimExtractor::new);
    private final Set<FactKind> only;

    public Extractor() {
        this(EnumSet.allOf(FactKind.class));
    }

    /** An extractor that fills only the given arrays; the others stay empty. */
    public Extractor(Set<FactKind> only) {
        this(only, false);
    }

    /**
     * @param only     the arrays to fill; the others stay empty
     * @param dayFirst read ambiguous numeric dates such as 04/01/2024 day first (4 January), not US order
     */
    public Extractor(Set<FactKind> only, boolean dayFirst) {
        this.only = only.isEmpty() ? EnumSet.allOf(FactKind.class) : EnumSet.copyOf(only);
        this.dates = Background.start(() -> new DateExtractor(dayFirst));
    }

    public Article extract(String text) {
        return extract(null, text, null);
    }

    /** {@code referenceDate} may be null: then a dateline or a publication line in the text is used, if any. */
    public Article extract(String id, String text, LocalDate referenceDate) {
        return extractWith(id, text, ReferenceDate.of(ReferenceDate.Evidence.OPTION, referenceDate));
    }

    /** {@code reference} holds the dates the input offered; the text's dateline may still be stronger. */
    public Article extractWith(String id, String text, ReferenceDate reference) {
        return extract(segmenter.segment(id, text, reference));
    }

    public Article extract(Document doc) {
        // Dates before figures (a year is never a figure), actors before claims (a speaker is an actor).
        boolean needDates = only.contains(FactKind.DATES) || only.contains(FactKind.FIGURES) || only.contains(FactKind.CLAIMS);
        boolean needFigures = only.contains(FactKind.FIGURES) || only.contains(FactKind.CLAIMS);
        boolean needActors = only.contains(FactKind.ACTORS) || only.contains(FactKind.CLAIMS);
        List<DateMention> d = needDates ? dates.get().extract(doc) : List.of();
        var f = needFigures ? figures.get().extract(doc, d) : List.<dev.extract.figures.Figure>of();
        var a = needActors ? actors.get().extract(doc) : List.<dev.extract.actors.Actor>of();
        var c = only.contains(FactKind.CLAIMS) ? Linker.link(claims.get().extract(doc, a), f, d) : List.<dev.extract.claims.Claim>of();
        int paragraphs = (int) doc.blocks().stream().mapToInt(Block::paragraph).distinct().count();
        return new Article(
                Article.SCHEMA_VERSION,
                doc.id(),
                doc.title().orElse(null),
                doc.referenceDate().map(LocalDate::toString).orElse(null),
                doc.referenceDateSource().orElse(null),
                new Article.Stats(doc.codePointLength(), paragraphs, doc.sentences().size(), doc.tokens().size()),
                only.contains(FactKind.FIGURES) ? f : List.of(),
                only.contains(FactKind.DATES) ? d : List.of(),
                only.contains(FactKind.ACTORS) ? a : List.of(),
                c);
    }

    /** Starts loading the language models in the background. */
    public static void warmUp() {
        Segmenter.preload();
    }
}
