package dev.extract.dates;

import dev.extract.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a resolver may look at for one match: its groups, the words around it, the sentence's tokens, and the
 * dates it is read against. Made for one resolver call: it notes whether the anchor or previous day was read.
 *
 * {@code groups}: the rule's named groups that matched (absent when they did not)
 * {@code before}: the sentence's text before the match (its last 80 characters at most)
 * {@code after}: the sentence's text after the match (its first 80 characters at most)
 * {@code tokens}: the sentence's tokens
 * {@code first}: index in {@code tokens} of the match's first token
 * {@code last}: index in {@code tokens} of the match's last token
 * {@code anchor}: the date "today", "this year" and a bare weekday are read against, or null when unknown:
 *                    the reference date, or the date of the speech a quote was said in
 * {@code anchorUnit}: how precise {@code anchor} is: D, M or Y
 * {@code reference}: the document's reference date, or null
 * {@code previous}: the last calendar day named before this match, for "the next day" (or null)
 * {@code tenseOf}: where the clause around the match looks, worked out only when a resolver asks
 * {@code focus}: the quarter the article last reported on ("the third quarter" → 2023-Q3), for "the latest
 *                    quarter", "the year-ago period" and "a year earlier"; and the last period named, for
 *                    "the next year" after "August 2016"
 */
final class Context {
    private final Map<String, String> groups;
    private final String before;
    private final String after;
    private final List<Token> tokens;
    private final int first;
    private final int last;
    private final LocalDate anchor;
    private final String anchorUnit;
    private final LocalDate reference;
    private final LocalDate previous;
    private final Supplier<Tense.Direction> tenseOf;
    private final Focus focus;
    /** Whether a resolver read the anchor or the previous day: if not, its answer holds for any of them. */
    private boolean readAnchor;
    private boolean readPrevious;
    private boolean readFocus;

    Context(Map<String, String> groups, String before, String after, List<Token> tokens, int first, int last,
            LocalDate anchor, String anchorUnit, LocalDate reference, LocalDate previous, Focus focus,
            Supplier<Tense.Direction> tenseOf) {
        this.groups = groups;
        this.before = before;
        this.after = after;
        this.tokens = tokens;
        this.first = first;
        this.last = last;
        this.anchor = anchor;
        this.anchorUnit = anchorUnit;
        this.reference = reference;
        this.previous = previous;
        this.tenseOf = tenseOf;
        this.focus = focus;
    }

    Map<String, String> groups() {
        return groups;
    }

    String before() {
        return before;
    }

    String after() {
        return after;
    }

    List<Token> tokens() {
        return tokens;
    }

    int first() {
        return first;
    }

    int last() {
        return last;
    }

    LocalDate anchor() {
        readAnchor = true;
        return anchor;
    }

    String anchorUnit() {
        readAnchor = true;
        return anchorUnit;
    }

    LocalDate reference() {
        return reference;
    }

    LocalDate previous() {
        readPrevious = true;
        return previous;
    }

    String focus() {
        readFocus = true;
        return focus.quarter();
    }

    /** The focus quarter when it was named a few sentences before: "a year earlier" compares with it only then. */
    String nearFocus() {
        readFocus = true;
        return focus.quarterNear() ? focus.quarter() : null;
    }

    /** The first day of the last period named with its year, or null; see {@link #periodUnit()}. */
    LocalDate previousPeriod() {
        readFocus = true;
        return focus.period();
    }

    String periodUnit() {
        readFocus = true;
        return focus.periodUnit();
    }

    /** Whether what a resolver answered from this context holds for one differing only in anchor, previous day and focus. */
    boolean sameAnswerWith(LocalDate otherAnchor, String otherUnit, LocalDate otherPrevious, Focus otherFocus) {
        return (!readAnchor || java.util.Objects.equals(anchor, otherAnchor) && java.util.Objects.equals(anchorUnit, otherUnit))
                && (!readPrevious || java.util.Objects.equals(previous, otherPrevious))
                && (!readFocus || focus.equals(otherFocus));
    }

    Tense.Direction tense() {
        return tenseOf.get();
    }

    String group(String name) {
        return groups.get(name);
    }

    /** The anchor when it names a day, else the reference date (a quote dated "in December" has no day). */
    LocalDate dayAnchor() {
        readAnchor = true;
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

    /** Whether a word of {@code kind} stands within {@code reach} tokens of the match. */
    boolean near(Lexicon words, WordKind kind, int reach) {
        for (int i = Math.max(0, first - reach); i < Math.min(tokens.size(), last + reach + 1); i++) {
            if ((i < first || i > last) && words.has(kind, tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    Token previousToken() {
        return first > 0 ? tokens.get(first - 1) : null;
    }
}
