package dev.extract.source;

import dev.extract.lang.LanguagePack;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds a web page's article body. The page (already cleaned by {@link PageCleaner}) is cut into text
 * blocks in reading order; each block is judged article-like (long, few links, ends like a sentence),
 * boilerplate (link lists, short fragments) or neither. The body is the element whose blocks maximise
 * article-like text minus boilerplate text: that picks the story's container over both the whole page
 * (which adds menus and teasers) and a single paragraph (which loses the rest). Inside it, link lists and
 * page furniture are dropped, and fragments at its edges (bylines, dates, share bars) are trimmed.
 * One traversal and prefix sums: linear in the page's size.
 */
final class BodyFinder {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "tfoot", "caption", "figure", "header", "footer", "address", "hr", "br", "center",
            "form", "fieldset", "details", "summary", "body", "html", "aside", "nav");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "pre", "blockquote", "td", "th", "caption", "address", "summary", "center");
    private static final List<Pattern> FURNITURE = patterns("furniture.tsv");
    private static final List<Pattern> LIST_HEADINGS = patterns("list-headings.tsv");
    /** How many levels of ancestors a paragraph credits. */
    private static final int LEVELS = 3;
    /** A sibling of the container with this share of its credit is part of the article too. */
    private static final double SIBLING_SHARE = 0.2;
    /** Another element with this share of the best's credit is another part of the same story. */
    private static final double PART_SHARE = 0.5;

    private BodyFinder() {
    }

    /** A run of text between block boundaries. */
    record TextBlock(String text, int linkChars, boolean heading) {
        int length() {
            return text.length();
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        boolean endsLikeSentence() {
            int last = text.codePointBefore(text.length());
            return ".!?\"”’)…:".indexOf(last) >= 0;
        }

        boolean articleLike() {
            return !heading && (length() >= 80 && linkDensity() < 0.3
                    || length() >= 30 && linkDensity() < 0.1 && endsLikeSentence() && words() >= 6);
        }

        boolean boilerplate() {
            return linkDensity() >= 0.5 || !heading && length() < 30 && !endsLikeSentence();
        }

        int words() {
            return text.split(" ").length;
        }
    }

    /** The body's blocks: headings and paragraphs in reading order. Empty when the page has no text. */
    static List<TextBlock> find(Element root, String title) {
        Collector c = new Collector();
        NodeTraversor.traverse(c, root);
        c.finish();
        List<TextBlock> blocks = c.blocks;
        if (blocks.isEmpty()) {
            return List.of();
        }
        Element best = bestContainer(c);
        if (best == null) {
            return keep(blocks, title);
        }
        List<TextBlock> chosen = new ArrayList<>();
        for (int[] r : withSiblings(best, c)) {
            chosen.addAll(blocks.subList(r[0], r[1]));
        }
        return keep(chosen, title);
    }

    /**
     * The element that holds the article's paragraphs: each article-like block credits its container fully,
     * the container's parent by half, and so on for {@value #LEVELS} levels, so the element whose own
     * children are the story's paragraphs wins over both a wrapper of the whole page and a teaser. The
     * credit is scaled down by the share of link text in the element.
     */
    private static Element bestContainer(Collector c) {
        Map<Element, double[]> credit = new IdentityHashMap<>();
        for (int i = 0; i < c.blocks.size(); i++) {
            TextBlock b = c.blocks.get(i);
            if (!b.articleLike()) {
                continue;
            }
            // a paragraph's container is its parent; text straight inside a div (split by <br>) is in the div
            Element owner = c.owners.get(i);
            Element container = PARAGRAPH_TAGS.contains(owner.normalName()) ? owner.parent() : owner;
            double share = b.length();
            for (int level = 0; level < LEVELS && container != null; level++) {
                credit.computeIfAbsent(container, k -> new double[1])[0] += share;
                share /= 2;
                container = container.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> e : credit.entrySet()) {
            int[] r = c.ranges.get(e.getKey());
            if (r == null) {
                continue; // above the root
            }
            double score = e.getValue()[0] * (1 - linkDensity(c, r));
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        c.credit = credit;
        c.bestScore = bestScore;
        return best == null ? null : withOtherParts(best, bestScore, credit, c);
    }

    /**
     * Some pages cut one story into several containers (chunks between ad slots). When another element
     * earns nearly as much credit and shares an ancestor with the best within {@value #LEVELS} levels,
     * that ancestor is the story's container. Rivers of teasers do not qualify: each teaser is one
     * paragraph, far below a story's container.
     */
    private static Element withOtherParts(Element best, double bestScore, Map<Element, double[]> credit, Collector c) {
        List<Element> above = new ArrayList<>();
        for (Element a = best.parent(); a != null && above.size() < LEVELS; a = a.parent()) {
            above.add(a);
        }
        int lowest = -1;
        for (Map.Entry<Element, double[]> e : credit.entrySet()) {
            Element other = e.getKey();
            int[] r = c.ranges.get(other);
            if (other == best || r == null || e.getValue()[0] * (1 - linkDensity(c, r)) < PART_SHARE * bestScore) {
                continue;
            }
            int depth = 0;
            for (Element a = other; a != null && depth <= LEVELS + 1; a = a.parent(), depth++) {
                int at = indexOf(above, a);
                if (a == best) {
                    break; // a descendant of the best: not another part
                }
                if (at >= 0) {
                    if (a != other) { // an ancestor of the best is not another part either
                        lowest = Math.max(lowest, at);
                    }
                    break;
                }
            }
        }
        return lowest < 0 ? best : above.get(lowest);
    }

    private static int indexOf(List<Element> list, Element e) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == e) {
                return i;
            }
        }
        return -1;
    }

    /** The container's block range, and those of siblings that carry article text of their own. */
    private static List<int[]> withSiblings(Element best, Collector c) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(c.ranges.get(best));
        }
        List<int[]> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            int[] r = c.ranges.get(sibling);
            if (r == null || r[1] <= r[0]) {
                continue;
            }
            if (sibling == best || siblingBelongs(sibling, r, c)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean siblingBelongs(Element sibling, int[] r, Collector c) {
        double[] credit = c.credit.get(sibling);
        if (credit != null && credit[0] * (1 - linkDensity(c, r)) >= SIBLING_SHARE * c.bestScore) {
            return true;
        }
        // a lone paragraph beside the container (a standfirst, a last line)
        return sibling.normalName().equals("p") && r[1] - r[0] == 1 && c.blocks.get(r[0]).articleLike();
    }

    private static double linkDensity(Collector c, int[] r) {
        long chars = c.charsBefore[r[1]] - c.charsBefore[r[0]];
        long links = c.linksBefore[r[1]] - c.linksBefore[r[0]];
        return chars == 0 ? 0 : (double) links / chars;
    }

    /** The container's blocks without link lists and furniture, trimmed of fragments at both ends. */
    private static List<TextBlock> keep(List<TextBlock> inside, String title) {
        List<TextBlock> out = new ArrayList<>();
        String normTitle = title == null ? null : title.toLowerCase(Locale.ROOT);
        boolean inLinkList = false;
        for (TextBlock b : inside) {
            if (b.length() <= 80 && matchesAny(LIST_HEADINGS, b.text())) {
                inLinkList = true; // "More Great Stories": skip its items, up to the next real paragraph
                continue;
            }
            inLinkList = inLinkList && !b.articleLike();
            if (inLinkList || b.linkDensity() > 0.5 || isFurniture(b.text()) || isMarkup(b.text())
                    || normTitle != null && b.text().toLowerCase(Locale.ROOT).equals(normTitle)) {
                continue;
            }
            out.add(b);
        }
        int from = 0;
        while (from < out.size() && !out.get(from).articleLike()) {
            from++;
        }
        // at the end only what cannot be article text goes: headings, fragments, links (tags, "share");
        // short lines without links stay (a list of tour dates, a last short sentence)
        int to = out.size();
        while (to > from && !out.get(to - 1).articleLike() && (out.get(to - 1).heading() || out.get(to - 1).words() < 4
                || out.get(to - 1).linkChars() > 0)) {
            to--;
        }
        return out.subList(from, to);
    }

    /** Markup that reached the text (escaped, or inside a noscript): never article prose. */
    private static boolean isMarkup(String text) {
        return text.startsWith("<") && text.indexOf('>') > 0 && text.matches("(?s)<[a-zA-Z!/].*");
    }

    private static boolean isFurniture(String text) {
        return text.length() <= 160 && matchesAny(FURNITURE, text);
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> patterns(String resource) {
        return LanguagePack.english().cells("source/" + resource).stream()
                .map(r -> Pattern.compile(r[0].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    /** Cuts the page into text blocks and records, per block-level element, the range of blocks inside it. */
    private static final class Collector implements NodeVisitor {
        final List<TextBlock> blocks = new ArrayList<>();
        final Map<Element, int[]> ranges = new IdentityHashMap<>();
        final List<Element> owners = new ArrayList<>();
        private final java.util.ArrayDeque<Element> open = new java.util.ArrayDeque<>();
        Map<Element, double[]> credit = Map.of();
        double bestScore;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private boolean blockIsHeading;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth++;
                }
                ranges.put(e, new int[] {blocks.size(), blocks.size()});
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    open.push(e);

                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                }
                // an inline element's range ends with the block that is still open: it may hold part of it
                ranges.get(e)[1] = blocks.size() + (text.length() > 0 ? 1 : 0);
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    open.pop();

                }
            }
        }

        private static boolean isHeading(String tag) {
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        }

        private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char ch = raw.charAt(i);
                boolean space = Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u200B';
                if (space) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                } else {
                    if (text.length() == 0) {
                        // a heading is a block whose own element is h1-h6: paragraphs inside an unclosed <h1> are not
                        blockIsHeading = open.peek() != null && isHeading(open.peek().normalName());
                    }
                    text.append(ch);
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
        }

        long[] charsBefore;
        long[] linksBefore;

        /** Closes the last block and sums lengths, so any range's link density costs two look-ups. */
        void finish() {
            flush();
            charsBefore = new long[blocks.size() + 1];
            linksBefore = new long[blocks.size() + 1];
            for (int i = 0; i < blocks.size(); i++) {
                charsBefore[i + 1] = charsBefore[i] + blocks.get(i).length();
                linksBefore[i + 1] = linksBefore[i] + blocks.get(i).linkChars();
            }
        }

        void flush() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0) {
                blocks.add(new TextBlock(text.substring(0, end), Math.min(linkChars, end), blockIsHeading));
                owners.add(open.peek());
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
