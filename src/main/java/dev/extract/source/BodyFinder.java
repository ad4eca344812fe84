package dev.extract.source;

import dev.extract.text.DataTable;
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
    private static final List<Pattern> FURNITURE = DataTable.rows(BodyFinder.class, "furniture.tsv").stream()
            .map(r -> Pattern.compile(r[0].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    /** How much a character of boilerplate costs against a character of article text. */
    private static final double BOILERPLATE_WEIGHT = 1.0;

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
        c.flush();
        List<TextBlock> blocks = c.blocks;
        if (blocks.isEmpty()) {
            return List.of();
        }
        double[] prefix = new double[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            double v = b.articleLike() ? b.length() : b.boilerplate() ? -BOILERPLATE_WEIGHT * b.length() : 0;
            prefix[i + 1] = prefix[i] + v;
        }
        int[] best = {0, blocks.size()};
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int[] range : c.ranges.values()) {
            double score = prefix[range[1]] - prefix[range[0]];
            // ≥: among equals the later (inner) element wins, so a wrapper adds nothing for free
            if (range[1] > range[0] && (score > bestScore || score == bestScore && range[1] - range[0] < best[1] - best[0])) {
                bestScore = score;
                best = range;
            }
        }
        return keep(blocks.subList(best[0], best[1]), title);
    }

    /** The container's blocks without link lists and furniture, trimmed of fragments at both ends. */
    private static List<TextBlock> keep(List<TextBlock> inside, String title) {
        List<TextBlock> out = new ArrayList<>();
        String normTitle = title == null ? null : title.toLowerCase(Locale.ROOT);
        for (TextBlock b : inside) {
            if (b.linkDensity() > 0.5 || isFurniture(b.text())
                    || normTitle != null && b.text().toLowerCase(Locale.ROOT).equals(normTitle)) {
                continue;
            }
            out.add(b);
        }
        int from = 0;
        while (from < out.size() && !out.get(from).articleLike()) {
            from++;
        }
        int to = out.size();
        while (to > from && !out.get(to - 1).articleLike() && !(out.get(to - 1).endsLikeSentence()
                && out.get(to - 1).words() >= 4 && !out.get(to - 1).heading())) {
            to--;
        }
        return out.subList(from, to);
    }

    private static boolean isFurniture(String text) {
        if (text.length() > 160) {
            return false;
        }
        for (Pattern p : FURNITURE) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Cuts the page into text blocks and records, per block-level element, the range of blocks inside it. */
    private static final class Collector implements NodeVisitor {
        final List<TextBlock> blocks = new ArrayList<>();
        final Map<Element, int[]> ranges = new IdentityHashMap<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int headingDepth;
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
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    ranges.put(e, new int[] {blocks.size(), blocks.size()});
                    if (isHeading(tag)) {
                        headingDepth++;
                    }
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
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    int[] r = ranges.get(e);
                    r[1] = blocks.size();
                    if (isHeading(tag)) {
                        headingDepth--;
                    }
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
                        blockIsHeading = headingDepth > 0;
                    }
                    text.append(ch);
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
        }

        void flush() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0) {
                blocks.add(new TextBlock(text.substring(0, end), Math.min(linkChars, end), blockIsHeading));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
