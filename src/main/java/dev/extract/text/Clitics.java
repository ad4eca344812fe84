package dev.extract.text;

import dev.extract.lang.Coded;
import dev.extract.lang.LanguagePack;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Splits English clitics off OpenNLP tokens: the UD-EWT tokenizer model leaves "Russia's", "it's" and
 * "don't" whole, while its tagger (trained on split text) and every extractor want "Russia" + "'s".
 * Handles straight and curly apostrophes.
 */
final class Clitics {
    /** Where a clitic starts inside a token that ends with its suffix (lang/en/text/clitics.tsv, column cut). */
    private enum Cut implements Coded {
        /** At the suffix, when a letter or digit stands before it: "it's" → "it" + "'s". */
        AFTER_WORD("afterWord"),
        /** At the suffix whatever stands before it: "can't" → "ca" + "n't", as the treebank does. */
        ALWAYS("always"),
        /** Only the final apostrophe, when a letter stands before the s: plural possessive "soldiers'". */
        APOSTROPHE("apostrophe");

        private final String code;

        Cut(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    private record Suffix(String text, Cut cut) {
    }

    private static final Suffix[] SUFFIXES = LanguagePack.english().rows("text/clitics.tsv").stream()
            .map(r -> new Suffix(r.cell(0).strip(), r.coded(1, Cut.values()))).toArray(Suffix[]::new);

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
        for (Suffix suffix : SUFFIXES) {
            int n = suffix.text().length();
            if (len <= n) {
                continue;
            }
            if (matches(text, to - n, suffix.text())) {
                return switch (suffix.cut()) {
                    case APOSTROPHE -> Character.isLetter(text.charAt(to - n - 1)) ? to - 1 : -1;
                    case ALWAYS -> to - n;
                    case AFTER_WORD -> Character.isLetterOrDigit(text.charAt(to - n - 1)) ? to - n : -1;
                };
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
