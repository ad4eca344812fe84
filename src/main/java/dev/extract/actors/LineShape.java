package dev.extract.actors;

import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;

/** Lines whose capitals prove nothing: title-case headlines and lines in capitals. */
final class LineShape {
    private static final int MAX_SLUG = 4;
    private static final int MAX_HEADING = 6;
    private static final String CLOSING = ".!?:;,\"”’')";

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
                if (!NameShape.isAllCaps(w)) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }

    /**
     * A short heading or caption line in the body ("Election Results", "Michael Tien of NPP"): the whole block,
     * one to six words, every word capitalised but for a few function words, no figure, no closing punctuation.
     */
    static boolean isHeading(List<Token> toks, Sentence s, int blockFrom, int blockTo) {
        if (toks.get(s.firstToken()).from() != blockFrom || toks.get(s.endToken() - 1).to() != blockTo) {
            return false;
        }
        String last = toks.get(s.endToken() - 1).text();
        if (CLOSING.indexOf(last.charAt(last.length() - 1)) >= 0) {
            return false;
        }
        int words = 0;
        boolean lowerLetters = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = toks.get(k);
            lowerLetters |= !NameShape.isAllCaps(t.text()) && t.text().chars().anyMatch(Character::isLetter);
            if (t.isNumber() || t.text().chars().anyMatch(Character::isDigit)) {
                return false; // a row of results or figures, not a heading
            }
            if (!t.text().isEmpty() && Character.isLetter(t.text().charAt(0))) {
                if (!t.isCapitalised() && !Lexicon.is(CueRole.HEADING_GLUE, t.text()) || ++words > MAX_HEADING) {
                    return false;
                }
            }
        }
        return words > 0 && lowerLetters; // a line all in capitals is read as shouting instead
    }

    /**
     * The end of a slug opening a line, "PRESS DIGEST - Iraq", "BASEBALL - ...": up to four words in capitals
     * before a spaced dash, which name a section, not an actor. Returns the token after the dash, or -1.
     */
    static int slugEnd(List<Token> toks, Sentence s) {
        int k = s.firstToken();
        while (k < s.endToken() && k - s.firstToken() < MAX_SLUG && NameShape.isAllCaps(toks.get(k).text())
                && Character.isLetter(toks.get(k).text().charAt(0))) {
            k++;
        }
        boolean dash = k > s.firstToken() && k + 1 < s.endToken() && toks.get(k).text().equals("-")
                && toks.get(k).from() > toks.get(k - 1).to() && toks.get(k + 1).from() > toks.get(k).to();
        return dash ? k + 1 : -1;
    }
}
