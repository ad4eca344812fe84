package dev.extract.actors;

import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;

/** Lines whose capitals prove nothing: title-case headlines and lines in capitals. */
final class LineShape {
    private static final int MAX_SLUG = 4;

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
     * A line in capitals ("TENNIS - SERIOUS MEDVEDEV IS HAVING FUN AGAIN", "W L PCT GB"): three or more words,
     * none in lower case.
     */
    static boolean isShouting(List<Token> toks, Sentence s) {
        int words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = toks.get(k).text();
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                if (!NameFinder.isAllCaps(w)) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }

    /**
     * The end of a slug opening a line, "PRESS DIGEST - Iraq", "BASEBALL - ...": up to four words in capitals
     * before a spaced dash, which name a section, not an actor. Returns the token after the dash, or -1.
     */
    static int slugEnd(List<Token> toks, Sentence s) {
        int k = s.firstToken();
        while (k < s.endToken() && k - s.firstToken() < MAX_SLUG && NameFinder.isAllCaps(toks.get(k).text())
                && Character.isLetter(toks.get(k).text().charAt(0))) {
            k++;
        }
        boolean dash = k > s.firstToken() && k + 1 < s.endToken() && toks.get(k).text().equals("-")
                && toks.get(k).from() > toks.get(k - 1).to() && toks.get(k + 1).from() > toks.get(k).to();
        return dash ? k + 1 : -1;
    }
}
