package dev.extract.view;

import dev.extract.Article;
import dev.extract.actors.Actor;
import dev.extract.claims.Claim;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An annotated page: the article text with figures, dates, actor mentions and claims marked, a legend
 * with counts and a toggle per kind, and the claims listed with their speaker, cue and links to the
 * figures and dates they carry. Self-contained (inline CSS and JS, nothing fetched); every piece of
 * article text is HTML-escaped. Several articles make one page, each in its own {@code <article>}
 * whose element ids share a prefix made from the article id.
 */
final class HtmlRenderer implements Renderer {
    private static final String CSS = resource("page.css");
    private static final String JS = resource("page.js");

    @Override
    public String prologue() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"extract\">\n<title>extract: annotated articles</title>\n"
                + "<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n";
    }

    @Override
    public String epilogue() {
        return "</main>\n<script>\n" + JS + "</script>\n</body>\n</html>\n";
    }

    @Override
    public String render(Article a, String text) {
        String p = prefix(a, text);
        StringBuilder out = new StringBuilder(text.length() * 3 + 4096);
        out.append("<article class=\"doc\" id=\"").append(p).append("\" data-source=\"")
                .append(Html.escape(a.id())).append("\">\n<header>\n<h1>")
                .append(Html.escape(a.title() == null || a.title().isBlank() ? a.id() : a.title()))
                .append("</h1>\n<p class=\"meta\">").append(Html.escape(a.id())).append(" · reference date ")
                .append(a.referenceDate() == null ? "none" : Html.escape(a.referenceDate())).append("</p>\n");
        legend(out, a);
        out.append("</header>\n<div class=\"text\">");
        HtmlMarks.write(out, text, spans(a, p));
        out.append("</div>\n");
        claims(out, a, p);
        return out.append("</article>\n").toString();
    }

    // Deterministic (the same input gives the same page) and distinct between articles of one page.
    private static String prefix(Article a, String text) {
        return "x" + Integer.toHexString((a.id() + '\u0000' + text.length()).hashCode());
    }

    private static void legend(StringBuilder out, Article a) {
        int mentions = a.actors().stream().mapToInt(x -> x.mentions().size()).sum();
        out.append("<fieldset class=\"legend\"><legend>Show</legend>\n");
        key(out, "figure", "Figures", a.figures().size() + "");
        key(out, "date", "Dates", a.dates().size() + "");
        key(out, "actor", "Actors", a.actors().size() + " (" + mentions + " mentions)");
        key(out, "claim", "Claims", a.claims().size() + "");
        out.append("</fieldset>\n");
    }

    private static void key(StringBuilder out, String kind, String label, String count) {
        out.append("<label class=\"key ").append(kind).append("\"><input type=\"checkbox\" checked data-kind=\"")
                .append(kind).append("\"> <span class=\"swatch\"></span>").append(label)
                .append(" <span class=\"n\" data-count=\"").append(kind).append("\">").append(count)
                .append("</span></label>\n");
    }

    private static List<HtmlMarks.Span> spans(Article a, String p) {
        Map<String, String> sourcedBy = new HashMap<>(); // figure or date id → the first claim carrying it
        for (Claim c : a.claims()) {
            c.figures().forEach(id -> sourcedBy.putIfAbsent(id, c.id()));
            c.dates().forEach(id -> sourcedBy.putIfAbsent(id, c.id()));
        }
        List<HtmlMarks.Span> spans = new ArrayList<>();
        for (Claim c : a.claims()) {
            String tip = c.id() + " · " + (c.speaker() == null ? "unnamed source" : c.speaker().text()) + " — "
                    + c.cue().text() + " (" + c.kind().label() + ", " + c.cue().stance() + (c.negated() ? ", negated" : "") + ")";
            if (c.content() != null) { // a noComment record has no content to mark
                spans.add(span(c.content().start(), c.content().end(), "claim", 0, p, c.id(), tip, c.id()));
            }
        }
        for (Actor x : a.actors()) {
            String tip = x.id() + " · " + Normalised.actor(x);
            boolean first = true;
            for (var m : x.mentions()) {
                spans.add(span(m.start(), m.end(), "actor", 1, p, first ? x.id() : null, tip, null, x.id()));
                first = false;
            }
        }
        for (DateMention d : a.dates()) {
            spans.add(span(d.start(), d.end(), "date", 2, p, d.id(), d.id() + " · " + Normalised.date(d),
                    sourcedBy.get(d.id())));
        }
        for (Figure f : a.figures()) {
            spans.add(span(f.start(), f.end(), "figure", 3, p, f.id(), f.id() + " · " + Normalised.figure(f),
                    sourcedBy.get(f.id())));
        }
        return spans;
    }

    private static HtmlMarks.Span span(int start, int end, String kind, int rank, String p, String id, String tip,
                                       String claim) {
        return span(start, end, kind, rank, p, id, tip, claim, id);
    }

    /** @param anchorId the id the first fragment carries as an element id, or null; @param factId data-id */
    private static HtmlMarks.Span span(int start, int end, String kind, int rank, String p, String anchorId,
                                       String tip, String claim, String factId) {
        String common = " data-id=\"" + Html.escape(factId) + "\" data-tip=\"" + Html.escape(tip) + "\""
                + (claim == null ? "" : " data-claim=\"" + p + "-card-" + Html.escape(claim) + "\"");
        String first = common + (anchorId == null ? "" : " id=\"" + p + "-" + Html.escape(anchorId) + "\"")
                + " tabindex=\"0\"";
        return new HtmlMarks.Span(start, end, kind, rank, common, first);
    }

    private static void claims(StringBuilder out, Article a, String p) {
        if (a.claims().isEmpty()) {
            return;
        }
        Map<String, String> figureText = new HashMap<>();
        a.figures().forEach(f -> figureText.put(f.id(), f.text()));
        Map<String, String> dateText = new HashMap<>();
        a.dates().forEach(d -> dateText.put(d.id(), d.text() + " = " + d.value()));
        out.append("<section class=\"claims\">\n<h2>Claims</h2>\n<ol>\n");
        for (Claim c : a.claims()) {
            out.append("<li class=\"claim-card\" id=\"").append(p).append("-card-").append(Html.escape(c.id()))
                    .append("\" tabindex=\"-1\"><a class=\"ref claim\" href=\"#").append(p).append('-')
                    .append(Html.escape(c.id())).append("\">").append(Html.escape(c.id())).append("</a> ");
            out.append("<span class=\"speaker\">")
                    .append(Html.escape(c.speaker() == null ? "unnamed source" : c.speaker().text()))
                    .append("</span> <span class=\"cue\">").append(Html.escape(c.cue().text()))
                    .append("</span> <span class=\"stance\">(").append(Html.escape(c.kind().label())).append(", ")
                    .append(Html.escape(c.cue().stance())).append(c.negated() ? ", negated" : "")
                    .append(")</span>");
            if (c.content() != null) {
                out.append(": <q>").append(Html.escape(c.content().text())).append("</q>");
            }
            refs(out, p, "figure", c.figures(), figureText);
            refs(out, p, "date", c.dates(), dateText);
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private static void refs(StringBuilder out, String p, String kind, List<String> ids, Map<String, String> text) {
        for (String id : ids) {
            out.append(" <a class=\"ref ").append(kind).append("\" href=\"#").append(p).append('-')
                    .append(Html.escape(id)).append("\" data-ref=\"").append(Html.escape(id)).append("\">")
                    .append(Html.escape(id)).append(" · ").append(Html.escape(text.getOrDefault(id, "")))
                    .append("</a>");
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/dev/extract/view/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String extension() {
        return "html";
    }
}
