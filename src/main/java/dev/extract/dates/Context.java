package dev.extract.dates;

import dev.extract.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a resolver may look at for one match: its groups, the words around it, the sentence's tokens, and the
 * dates it is read against.
 *
 * @param groups      the rule's named groups that matched (absent when they did not)
 * @param before      the sentence's text before the match (its last 80 characters at most)
 * @param after       the sentence's text after the match (its first 80 characters at most)
 * @param tokens      the sentence's tokens
 * @param first       index in {@code tokens} of the match's first token
 * @param last        index in {@code tokens} of the match's last token
 * @param anchor      the date "today", "this year" and a bare weekday are read against, or null when unknown:
 *                    the reference date, or the date of the speech a quote was said in
 * @param anchorUnit  how precise {@code anchor} is: D, M or Y
 * @param reference   the document's reference date, or null
 * @param previous    the last calendar day named before this match, for "the next day" (or null)
 * @param tenseOf     where the clause around the match looks, worked out only when a resolver asks
 */
record Context(Map<String, String> groups, String before, String after, List<Token> tokens, int first, int last,
               LocalDate anchor, String anchorUnit, LocalDate reference, LocalDate previous,
               Supplier<Tense.Direction> tenseOf) {

    Tense.Direction tense() {
        return tenseOf.get();
    }

    String group(String name) {
        return groups.get(name);
    }

    /** The anchor when it names a day, else the reference date (a quote dated "in December" has no day). */
    LocalDate dayAnchor() {
        return anchor != null && "D".equals(anchorUnit) ? anchor : reference;
    }

    /** The lower-cased word just before the match, or "". */
    String previousWord() {
        String b = before.stripTrailing();
        int i = b.length();
        while (i > 0 && !Character.isWhitespace(b.charAt(i - 1))) {
            i--;
        }
        return Lexicon.normalise(b.substring(i));
    }

    /** The token after the match, or null. */
    Token nextToken() {
        return last + 1 < tokens.size() ? tokens.get(last + 1) : null;
    }

    Token previousToken() {
        return first > 0 ? tokens.get(first - 1) : null;
    }
}
