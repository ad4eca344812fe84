package dev.extract.claims;

import dev.extract.text.Block;
import dev.extract.text.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Quoted passages of a document. Curly marks pair by direction, straight double quotes by alternation.
 * A quote left open at the end of a paragraph continues when the next paragraph opens with a quotation mark
 * (the newspaper convention for a quote over several paragraphs), so it becomes one passage.
 */
final class Quotes {

    /**
     * A quoted passage, UTF-16 indices: {@code open} is the opening mark, {@code close} is just after the
     * closing mark (or the end of the paragraph of an unclosed quote); {@code [innerFrom, innerTo)} the words.
     */
    record Quote(int open, int close, int innerFrom, int innerTo) {
        boolean contains(int at) {
            return at >= innerFrom && at < innerTo;
        }
    }

    private Quotes() {
    }

    static List<Quote> find(Document doc) {
        String text = doc.text();
        List<Quote> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        int open = -1;
        int reopening = -1; // the mark that re-opens a quote continued from the previous paragraph
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() != Block.Kind.BODY) {
                continue;
            }
            for (int i = block.from(); i < block.to(); i++) {
                char c = text.charAt(i);
                if (i == reopening) {
                    continue;
                }
                if (c == '\u201C' || (c == '"' && open < 0)) {
                    open = i; // a second opening mark means the first was never closed
                } else if ((c == '\u201D' || c == '"') && open >= 0) {
                    out.add(new Quote(open, i + 1, open + 1, i));
                    open = -1;
                }
            }
            if (open >= 0) {
                int next = nextBodyStart(doc, b);
                if (next >= 0 && (text.charAt(next) == '\u201C' || text.charAt(next) == '"')) {
                    reopening = next;
                } else {
                    int end = block.to();
                    while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    out.add(new Quote(open, end, open + 1, end));
                    open = -1;
                }
            }
        }
        return out;
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
