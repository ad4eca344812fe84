package dev.extract.figures;

import dev.extract.text.Span;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * What a figure counts: the noun phrase after it ("315,000 Russian troops"), or after "of" ("tens of
 * thousands of soldiers", "90% of the personnel"), or for an age or a number in brackets the noun phrase
 * before it ("young Russian man aged 18 to 30", "a wave of men (486,000)"). Read from the tagger's tokens.
 */
final class CountsFinder {
    private static final Set<String> NP_WORDS = Set.of("ADJ", "NOUN", "PROPN");
    private static final Set<String> SKIP_AFTER = Set.of("than", "as", "more", "extra", "additional", "further", "new");
    private static final int MAX_WORDS = 6;

    private CountsFinder() {
    }

    static Span find(SentenceView s, Draft d) {
        List<Token> toks = s.tokens();
        int after = s.tokenIndexFrom(d.to());
        if (d.kind().equals("age")) {
            int k = s.tokenIndexFrom(d.from()) - 1;
            while (k >= 0 && !toks.get(k).lower().startsWith("age")) {
                k--;
            }
            return before(s, k);
        }
        if (after > 0 && after < toks.size() && toks.get(after).text().equals(")")
                && s.tokenIndexFrom(d.from()) > 0 && toks.get(s.tokenIndexFrom(d.from()) - 1).text().equals("(")) {
            return before(s, s.tokenIndexFrom(d.from()) - 1);
        }
        int k = after;
        if (k < toks.size() && toks.get(k).lower().equals("of")) {
            k++;
            if (k < toks.size() && (toks.get(k).tag().equals("DET") || toks.get(k).tag().equals("PRON"))) {
                return forward(s, k, k + 1);
            }
        }
        while (k < toks.size() && SKIP_AFTER.contains(toks.get(k).lower()) && !d.kind().equals("count")) {
            k++;
        }
        return forward(s, k, k);
    }

    /** The run of adjectives and nouns from {@code from} ({@code start} may take a determiner first), ending on a noun. */
    private static Span forward(SentenceView s, int start, int from) {
        List<Token> toks = s.tokens();
        int lastNoun = -1;
        for (int k = from; k < toks.size() && k < from + MAX_WORDS; k++) {
            Token t = toks.get(k);
            boolean participle = t.tag().equals("VERB") && t.lower().endsWith("ed") && k + 1 < toks.size()
                    && NP_WORDS.contains(toks.get(k + 1).tag());
            if (!NP_WORDS.contains(t.tag()) && !participle) {
                break;
            }
            if (t.tag().equals("NOUN") || t.tag().equals("PROPN")) {
                lastNoun = k;
            }
        }
        return lastNoun < 0 ? null : s.doc().span(toks.get(start).from(), toks.get(lastNoun).to());
    }

    /** The noun phrase ending right before token {@code end} (exclusive). */
    private static Span before(SentenceView s, int end) {
        List<Token> toks = s.tokens();
        if (end <= 0) {
            return null;
        }
        int last = end - 1;
        Token t = toks.get(last);
        if (!(t.tag().equals("NOUN") || t.tag().equals("PROPN") || t.tag().equals("PRON") || t.tag().equals("DET"))) {
            return null;
        }
        int first = last;
        while (first - 1 >= 0 && NP_WORDS.contains(toks.get(first - 1).tag()) && last - first < MAX_WORDS) {
            first--;
        }
        return s.doc().span(toks.get(first).from(), t.to());
    }
}
