package dev.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted passages of a document. Curly marks pair by direction, straight double quotes by alternation.
 * Doubled single marks count as double quotes: the New York Times writes {@code ''…''} (alternating), TeX and
 * some wire copy {@code ``…''}, AP {@code ‘‘…’’} (by direction).
 * A quote left open at the end of a paragraph continues when the next paragraph opens with a quotation mark
 * (the newspaper convention for a quote over several paragraphs), so it becomes one passage. Guillemets
 * ({@code «…»}) count under {@link Rules#WITH_GUILLEMETS} only. The one quotation reader of the extractors:
 * {@link Document#quotes} keeps its index.
 */
public final class Quotations {

    /** Which marks a reader counts: always “ ” and "; guillemets « » and doubled single marks ('' `` ‘‘ ’’) by rule set. */
    public enum Rules {
        /** “…”, "…", ''…'', ``…'', ‘‘…’’: what claims counts. */
        NEWS(false, true),
        /** “…”, "…", «…», no doubled single marks: what dates counts when it follows a quote through a sentence. */
        SINGLE_WITH_GUILLEMETS(true, false);

        private final boolean guillemets;
        private final boolean doubled;

        Rules(boolean guillemets, boolean doubled) {
            this.guillemets = guillemets;
            this.doubled = doubled;
        }
    }

    /**
     * A quoted passage, UTF-16 indices: {@code open} is the opening mark, {@code close} is just after the
     * closing mark (or the end of the paragraph of an unclosed quote); {@code [innerFrom, innerTo)} the words.
     */
    public record Quote(int open, int close, int innerFrom, int innerTo) {
        public boolean contains(int at) {
            return at >= innerFrom && at < innerTo;
        }
    }

    private Quotations() {
    }

    static List<Quote> find(Document doc, Rules rules) {
        String text = doc.text();
        List<Quote> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        int open = -1;
        int reopening = -1; // the mark that re-opens a quote continued from the previous paragraph
        int openWidth = 1;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() != Block.Kind.BODY) {
                continue;
            }
            for (int i = block.from(); i < block.to(); i++) {
                Mark m = markAt(text, i, block.to(), rules);
                if (m == Mark.NONE) {
                    continue;
                }
                if (m == Mark.CLOSING && open < 0 && i - block.from() < 8 && text.substring(block.from(), i).isBlank()) {
                    m = Mark.OPENING; // a paragraph that opens with a typo'd ” opens a quote
                }
                if (i == reopening) {
                    i += m.width - 1;
                    continue;
                }
                if (m.opens && (open < 0 || !m.closes)) {
                    open = i; // a second opening mark means the first was never closed
                    openWidth = m.width;
                } else if (m.closes && open >= 0) {
                    out.add(new Quote(open, i + m.width, open + openWidth, i));
                    open = -1;
                }
                i += m.width - 1;
            }
            if (open >= 0) {
                int next = nextBodyStart(doc, b);
                if (next >= 0 && markAt(text, next, text.length(), rules).opens) {
                    reopening = next;
                } else {
                    int end = block.to();
                    while (end > open + openWidth && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    out.add(new Quote(open, end, open + openWidth, end));
                    open = -1;
                }
            }
        }
        return out;
    }

    /** A quotation mark: how many chars it takes, and whether it may open or close a quote. */
    public enum Mark {
        NONE(0, false, false), OPENING(1, true, false), CLOSING(1, false, true), EITHER(1, true, true),
        DOUBLED_OPENING(2, true, false), DOUBLED_CLOSING(2, false, true), DOUBLED_EITHER(2, true, true);

        private final int width;
        private final boolean opens;
        private final boolean closes;

        Mark(int width, boolean opens, boolean closes) {
            this.width = width;
            this.opens = opens;
            this.closes = closes;
        }

        /** How many chars the mark takes: 1, or 2 for a doubled mark (``). */
        public int width() {
            return width;
        }

        /** True when the mark may open a quote (an EITHER mark opens when none is open). */
        public boolean opens() {
            return opens;
        }

        /** True when the mark may close a quote (an EITHER mark closes an open one). */
        public boolean closes() {
            return closes;
        }
    }

    /** The quotation mark at UTF-16 index {@code i} of {@code text} (before {@code end}) under {@code rules}, or NONE. */
    public static Mark markAt(String text, int i, int end, Rules rules) {
        char c = text.charAt(i);
        char d = i + 1 < end && rules.doubled ? text.charAt(i + 1) : 0;
        return switch (c) {
            case '\u201C' -> Mark.OPENING;
            case '\u201D' -> Mark.CLOSING;
            case '"' -> Mark.EITHER;
            case '\u00AB' -> rules.guillemets ? Mark.OPENING : Mark.NONE;
            case '\u00BB' -> rules.guillemets ? Mark.CLOSING : Mark.NONE;
            case '\'' -> d == '\'' ? Mark.DOUBLED_EITHER : Mark.NONE;
            case '`' -> d == '`' ? Mark.DOUBLED_OPENING : Mark.NONE;
            case '\u2018' -> d == '\u2018' ? Mark.DOUBLED_OPENING : Mark.NONE;
            case '\u2019' -> d == '\u2019' ? Mark.DOUBLED_CLOSING : Mark.NONE;
            default -> Mark.NONE;
        };
    }

    /** UTF-16 index of the first non-blank character of the next body block after block {@code b}, or -1. */
    private static int nextBodyStart(Document doc, int b) {
        List<Block> blocks = doc.blocks();
        for (int n = b + 1; n < blocks.size(); n++) {
            Block next = blocks.get(n);
            if (next.kind() == Block.Kind.BODY) {
                int i = next.from();
                while (i < next.to() && Character.isWhitespace(doc.text().charAt(i))) {
                    i++;
                }
                return i < next.to() ? i : -1;
            }
        }
        return -1;
    }
}
