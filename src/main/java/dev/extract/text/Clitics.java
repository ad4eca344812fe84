package dev.extract.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Splits English clitics off OpenNLP tokens: the UD-EWT tokenizer model leaves "Russia's", "it's" and
 * "don't" whole, while its tagger (trained on split text) and every extractor want "Russia" + "'s".
 * Handles straight and curly apostrophes.
 */
final class Clitics {
    private static final String[] SUFFIXES = {"n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "s'"};

    private Clitics() {
    }

    static Span[] split(String text, Span[] tokens) {
        List<Span> out = null;
        for (int i = 0; i < tokens.length; i++) {
            Span t = tokens[i];
            int cut = cutPoint(text, t.getStart(), t.getEnd());
            if (cut < 0) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.length + 4);
                for (int j = 0; j < i; j++) {
                    out.add(tokens[j]);
                }
            }
            out.add(new Span(t.getStart(), cut));
            out.add(new Span(cut, t.getEnd()));
        }
        return out == null ? tokens : out.toArray(new Span[0]);
    }

    /** Index where a clitic starts inside token [from, to), or -1. */
    private static int cutPoint(String text, int from, int to) {
        int len = to - from;
        if (len < 3) {
            return -1;
        }
        for (String suffix : SUFFIXES) {
            int n = suffix.length();
            if (len <= n) {
                continue;
            }
            if (matches(text, to - n, suffix)) {
                if (suffix.equals("s'")) {
                    // plural possessive "soldiers'": the apostrophe alone is the clitic
                    return Character.isLetter(text.charAt(to - 3)) ? to - 1 : -1;
                }
                if (suffix.equals("n't")) {
                    // "can't" → "ca" + "n't", as the treebank does; "won't" → "wo" + "n't"
                    return to - 3;
                }
                return Character.isLetterOrDigit(text.charAt(to - n - 1)) ? to - n : -1;
            }
        }
        return -1;
    }

    private static boolean matches(String text, int at, String suffix) {
        for (int i = 0; i < suffix.length(); i++) {
            char c = text.charAt(at + i);
            char want = suffix.charAt(i);
            if (want == '\'') {
                if (c != '\'' && c != '\u2019') {
                    return false;
                }
            } else if (Character.toLowerCase(c) != want) {
                return false;
            }
        }
        return true;
    }
}
