package dev.extract.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text sizes of every element, summed bottom-up in one traversal (so the cleaner's checks cost the same on
 * a page nested 20,000 deep as on a flat one): characters (runs of white space count once), characters
 * inside links, and characters of article-like paragraphs ({@code <p>} of 80 or more with under a quarter
 * of links).
 */
final class TextSizes implements NodeVisitor {
    static final int CHARS = 0;
    static final int LINKS = 1;
    static final int STORY = 2;
    private static final int PARAGRAPH_MIN = 80;

    private final Map<Element, int[]> sizes = new IdentityHashMap<>();
    private final Deque<int[]> open = new ArrayDeque<>();
    private int linkDepth;

    static Map<Element, int[]> of(Element root) {
        TextSizes t = new TextSizes();
        NodeTraversor.traverse(t, root);
        return t.sizes;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element e) {
            open.push(new int[3]);
            if (e.normalName().equals("a")) {
                linkDepth++;
            }
        } else if (node instanceof TextNode t && !open.isEmpty()) {
            int n = collapsedLength(t.getWholeText());
            open.peek()[CHARS] += n;
            if (linkDepth > 0) {
                open.peek()[LINKS] += n;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        int[] size = open.pop();
        if (e.normalName().equals("a")) {
            linkDepth--;
        }
        if (e.normalName().equals("p") && size[CHARS] >= PARAGRAPH_MIN && size[LINKS] < size[CHARS] / 4) {
            size[STORY] = size[CHARS];
        }
        sizes.put(e, size);
        if (!open.isEmpty()) {
            int[] parent = open.peek();
            parent[CHARS] += size[CHARS];
            parent[LINKS] += size[LINKS];
            parent[STORY] += size[STORY];
        }
    }

    private static int collapsedLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws || !space) {
                n++;
            }
            space = ws;
        }
        return n;
    }
}
