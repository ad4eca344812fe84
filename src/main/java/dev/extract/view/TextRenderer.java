package dev.extract.view;

import dev.extract.Article;
import dev.extract.actors.Actor;
import dev.extract.claims.Claim;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * A summary to read on a terminal: title, id and date, then each kind of fact as aligned lines (id, text as
 * written, normalised value, context). Article text is shown without control characters, so an escape
 * sequence in an article cannot drive the terminal. ANSI colours only when asked for.
 */
final class TextRenderer implements Renderer {
    private static final int TEXT_WIDTH = 32;
    private static final int CONTENT_WIDTH = 60;

    private final boolean colour;

    TextRenderer(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String render(Article a, String text) {
        StringBuilder out = new StringBuilder();
        out.append(style("1", Normalised.oneLine(a.title() == null || a.title().isBlank() ? a.id() : a.title())))
                .append('\n');
        out.append(style("2", Normalised.oneLine(a.id()) + " · reference date "
                + (a.referenceDate() == null ? "none" : a.referenceDate() + " (" + source(a) + ")")
                + " · " + a.stats().characters() + " characters, " + a.stats().sentences() + " sentences"))
                .append('\n');
        section(out, "Figures", "34", figures(a.figures()));
        section(out, "Dates", "32", dates(a.dates()));
        section(out, "Actors", "35", actors(a.actors()));
        section(out, "Claims", "33", claims(a.claims()));
        return out.append('\n').toString();
    }

    private static String source(Article a) {
        return a.referenceDateSource() == null ? "?" : a.referenceDateSource().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String[]> figures(List<Figure> figures) {
        List<String[]> rows = new ArrayList<>();
        figures.forEach(f -> rows.add(new String[] {f.id(), f.text(), Normalised.figure(f),
            f.counts() == null ? "" : f.counts().text()}));
        return rows;
    }

    private static List<String[]> dates(List<DateMention> dates) {
        List<String[]> rows = new ArrayList<>();
        dates.forEach(d -> rows.add(new String[] {d.id(), d.text(), Normalised.date(d), ""}));
        return rows;
    }

    private static List<String[]> actors(List<Actor> actors) {
        List<String[]> rows = new ArrayList<>();
        actors.forEach(x -> rows.add(new String[] {x.id(), x.name(),
            x.type() + (x.subtype() == null ? "" : " " + x.subtype()),
            "×" + x.count() + (x.titles().isEmpty() ? "" : " " + String.join(", ", x.titles()))}));
        return rows;
    }

    private static List<String[]> claims(List<Claim> claims) {
        List<String[]> rows = new ArrayList<>();
        for (Claim c : claims) {
            List<String> links = new ArrayList<>(c.figures());
            links.addAll(c.dates());
            rows.add(new String[] {c.id(), (c.speaker() == null ? "(unnamed)" : c.speaker().text()),
                c.cue().text() + " · " + c.kind().label(),
                (c.content() == null ? "(no content)" : "“" + cut(c.content().text(), CONTENT_WIDTH) + "”")
                    + (links.isEmpty() ? "" : " " + links)});
        }
        return rows;
    }

    // Columns padded to the widest cell of the section (cells cut to a bounded width first).
    private void section(StringBuilder out, String name, String colourCode, List<String[]> rows) {
        out.append('\n').append(style("1;" + colourCode, name + " (" + rows.size() + ")")).append('\n');
        int[] width = new int[3];
        for (String[] r : rows) {
            for (int i = 0; i < 3; i++) {
                r[i] = cut(Normalised.oneLine(r[i]), TEXT_WIDTH);
                width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        for (String[] r : rows) {
            String rest = Normalised.oneLine(r[3]);
            out.append("  ").append(style("2", pad(r[0], width[0]))).append("  ")
                    .append(style(colourCode, pad(r[1], width[1]))).append("  ")
                    .append(rest.isEmpty() ? r[2] : pad(r[2], width[2]) + "  " + style("2", rest)).append('\n');
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.codePointCount(0, s.length())));
    }

    private static String cut(String s, int max) {
        String one = s.strip();
        if (one.codePointCount(0, one.length()) <= max) {
            return one;
        }
        return one.substring(0, one.offsetByCodePoints(0, max - 1)) + "…";
    }

    private String style(String sgr, String s) {
        return colour ? "\u001b[" + sgr + "m" + s + "\u001b[0m" : s;
    }

    @Override
    public String extension() {
        return "txt";
    }
}
