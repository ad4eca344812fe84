package dev.extract.actors;

import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;

/** Lines whose capitals prove nothing: title-case headlines and lines in capitals. */
final class LineShape {
    private LineShape() {
    }

    /** A headline in title case: most words capitalised, so capitals say nothing; keep known names only. */
    static boolean isTitleCase(List<Token> toks, Sentence s) {
        int words = 0;
        int caps = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
                words++;
                caps += t.isCapitalised() ? 1 : 0;
            }
        }
        return words >= 3 && caps >= 0.8 * words;
    }

    /**
     * A line in capitals ("TENNIS - SERIOUS MEDVEDEV IS HAVING FUN AGAIN"): three or more words of two letters or
     * more, none in lower case.
     */
    static boolean isShouting(List<Token> toks, Sentence s) {
        int words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = toks.get(k).text();
            if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
                if (!NameFinder.isAllCaps(w)) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }
}
