package dev.extract.figures;

import java.util.List;

/**
 * The "per" phrase of a rate right after a figure: "per share", "per capita", "per 100,000 residents" (per, an
 * optional number, then up to three words ending on a noun), or "a barrel", "an hour", "a share" (a or an and
 * one noun that ends the phrase, not "a year ago" or "a year earlier", which say when). "per" may follow the
 * counted noun ("12.4 cases per 100,000 people"). A unit that holds its own
 * "per" ("miles per hour") is read as a unit first. Returns the first and last word of the phrase, or null.
 */
final class Rate {
    private static final int LONGEST = 3;
    private final Lexicon lex;

    Rate(Lexicon lex) {
        this.lex = lex;
    }

    Per after(SentenceView s, List<Word> words, int last) {
        int k = last + 1;
        int nouns = k;
        while (nouns < words.size() && nouns < k + 4 && !words.get(nouns).hasUpper()
                && (s.tagAt(words.get(nouns).from()).equals("NOUN") || s.tagAt(words.get(nouns).from()).equals("ADJ"))) {
            nouns++; // "12.4 cases per 100,000 residents": the counted noun stands before "per"
        }
        if (nouns > k && Phrases.lower(words, nouns).equals("per")) {
            k = nouns;
        }
        String w = Phrases.lower(words, k);
        if (w.equals("per") && k + 1 < words.size()) {
            int j = k + 1;
            if (words.get(j).startsWithDigit()) {
                j++; // "per 100,000 residents"
            }
            int noun = -1;
            for (int m = j; m < words.size() && m < j + LONGEST; m++) {
                String tag = s.tagAt(words.get(m).from());
                if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("X")) {
                    noun = m;
                } else if (!tag.equals("ADJ")) {
                    break;
                }
            }
            return noun < 0 ? null : new Per(k, noun);
        }
        if (lex.is(w, ContextRole.ARTICLE) && k + 1 < words.size()) {
            int unitEnd = Phrases.longestStartingAt(words, k + 1, lex.units, lex.longestUnit);
            if (unitEnd > k + 2) {
                return new Per(k, unitEnd - 1); // "$24 a square foot", "40 cents a cubic metre": a unit of two words
            }
            Word n = words.get(k + 1);
            String after = Phrases.lower(words, k + 2);
            NumberWord scale = lex.numbers.get(n.lower()); // "64.2 cents a dozen", "$5 a thousand"
            boolean noun = s.tagAt(n.from()).equals("NOUN") && n.hasLetter() && !n.hasUpper()
                    || scale != null && scale.role() == NumberRole.SCALE;
            boolean ends = after.isEmpty() || !Character.isLetterOrDigit(after.charAt(0))
                    || !s.tagAt(words.get(k + 2).from()).equals("NOUN") && !lex.is(after, ContextRole.NOT_PER);
            return noun && ends ? new Per(k, k + 1) : null;
        }
        return null;
    }
}
