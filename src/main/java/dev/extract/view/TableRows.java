package dev.extract.view;

import dev.extract.Article;
import dev.extract.actors.Actor;
import dev.extract.claims.Claim;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of each {@link Table} and its rows for one article. Cells are strings or numbers; an absent
 * value is an empty cell. Lists (titles, hedges, ids) are joined with {@code "; "} or a space.
 */
final class TableRows {
    private TableRows() {
    }

    static List<String> columns(Table table) {
        return switch (table) {
            case FIGURES -> List.of("article", "id", "text", "start", "end", "sentence", "value", "low", "high",
                    "kind", "unit", "currency", "qualifier", "counts", "change");
            case DATES -> List.of("article", "id", "text", "start", "end", "sentence", "type", "value", "mod",
                    "relation", "rangeStart", "rangeEnd", "granularity");
            case ACTORS -> List.of("article", "id", "name", "start", "end", "type", "subtype", "titles", "country",
                    "count");
            case CLAIMS -> List.of("article", "id", "kind", "speaker", "speakerActor", "cue", "lemma", "stance",
                    "content", "start", "end", "sentence", "hedged", "negated", "date", "figures", "dates");
            case CLAIM_FIGURES -> List.of("article", "claim", "speaker", "speakerActor", "cue", "stance",
                    "figure", "figureText", "start", "end", "value", "low", "high", "unit", "currency", "kind",
                    "date", "dates", "content");
        };
    }

    static List<Object[]> rows(Table table, Article a) {
        List<Object[]> rows = new ArrayList<>();
        switch (table) {
            case FIGURES -> a.figures().forEach(f -> rows.add(figure(a.id(), f)));
            case DATES -> a.dates().forEach(d -> rows.add(date(a.id(), d)));
            case ACTORS -> a.actors().forEach(x -> rows.add(actor(a.id(), x)));
            case CLAIMS -> a.claims().forEach(c -> rows.add(claim(a.id(), c)));
            case CLAIM_FIGURES -> claimFigures(a, rows);
        }
        return rows;
    }

    private static Object[] figure(String article, Figure f) {
        return new Object[] {article, f.id(), f.text(), f.start(), f.end(), f.sentence(), plain(f.value()),
            plain(f.low()), plain(f.high()), f.kind(), f.unit(), f.currency(), f.qualifier(),
            f.counts() == null ? null : f.counts().text(), f.change()};
    }

    private static Object[] date(String article, DateMention d) {
        List<String> range = d.range();
        boolean hasRange = range != null && range.size() == 2;
        return new Object[] {article, d.id(), d.text(), d.start(), d.end(), d.sentence(), d.type(), d.value(),
            d.mod(), d.relation(), hasRange ? range.get(0) : null, hasRange ? range.get(1) : null,
            d.granularity()};
    }

    // An actor's offsets are those of its first mention.
    private static Object[] actor(String article, Actor x) {
        boolean mentioned = !x.mentions().isEmpty();
        return new Object[] {article, x.id(), x.name(), mentioned ? x.mentions().get(0).start() : null,
            mentioned ? x.mentions().get(0).end() : null, x.type(), x.subtype(), String.join("; ", x.titles()),
            x.country(), x.count()};
    }

    private static Object[] claim(String article, Claim c) {
        Claim.Content content = c.content(); // none on a noComment record: empty cells
        return new Object[] {article, c.id(), c.kind().label(), speaker(c), actor(c), c.cue().text(), c.cue().lemma(),
            c.cue().stance(), content == null ? null : content.text(), content == null ? null : content.start(),
            content == null ? null : content.end(), content == null ? null : content.sentence(),
            String.join("; ", c.hedged()), c.negated(), c.date(), String.join(" ", c.figures()),
            String.join(" ", c.dates())};
    }

    // One row per figure a claim carries; claims without figures have no row.
    private static void claimFigures(Article a, List<Object[]> rows) {
        Map<String, Figure> figures = new HashMap<>();
        a.figures().forEach(f -> figures.put(f.id(), f));
        Map<String, String> dateValues = new HashMap<>();
        a.dates().forEach(d -> dateValues.put(d.id(), d.value()));
        for (Claim c : a.claims()) {
            String dates = String.join(" ", c.dates().stream().map(id -> dateValues.getOrDefault(id, id)).toList());
            for (String id : c.figures()) {
                Figure f = figures.get(id);
                if (f == null) {
                    continue;
                }
                rows.add(new Object[] {a.id(), c.id(), speaker(c), actor(c), c.cue().text(), c.cue().stance(),
                    f.id(), f.text(), f.start(), f.end(), plain(f.value()), plain(f.low()), plain(f.high()),
                    f.unit(), f.currency(), f.kind(), c.date(), dates, c.content() == null ? null : c.content().text()});
            }
        }
    }

    private static String speaker(Claim c) {
        return c.speaker() == null ? null : c.speaker().text();
    }

    private static String actor(Claim c) {
        return c.speaker() == null ? null : c.speaker().actor();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
