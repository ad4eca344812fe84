package dev.extract.figures;

import java.util.List;

/**
 * The change direction a sentence states for a figure: "rose 5%", "fell by a third", "up 3%", "5% lower",
 * "from 5% to 7%" (the ends compared). Looks at up to four words before the figure (its qualifier and
 * "by"/"to"/"from" are passed over) and the word after it. Returns "up", "down" or null.
 */
final class Change {
    private static final int REACH = 4;

    private Change() {
    }

    static String of(Lexicon lex, List<Word> words, int cueStart, int last, ContextReader.Range fromTo) {
        if (fromTo != null) {
            int c = fromTo.high().compareTo(fromTo.low());
            return c > 0 ? "up" : c < 0 ? "down" : null;
        }
        String after = Phrases.lower(words, last + 1);
        if (after.equals("higher") || after.equals("lower")) {
            return lex.is(after, "up") ? "up" : "down";
        }
        for (int k = cueStart - 1; k >= 0 && k >= cueStart - REACH; k--) {
            String w = words.get(k).lower();
            if (lex.is(w, "up")) {
                return "up";
            }
            if (lex.is(w, "down")) {
                return "down";
            }
            if (!(w.equals("by") || w.equals("to") || w.equals("from") || w.equals("a") || w.equals("an")
                    || w.equals("the") || w.equals("some") || w.equals("its") || w.equals("their")
                    || w.equals("has") || w.equals("have") || w.equals("had") || w.equals("been"))) {
                return null;
            }
        }
        return null;
    }
}
