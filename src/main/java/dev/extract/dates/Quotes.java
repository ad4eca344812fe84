package dev.extract.dates;

import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.time.LocalDate;
import java.util.List;

/**
 * Follows direct quotes through a paragraph, so that "Putin said in December: “… by the end of this year”"
 * reads "this year" against that December: a quote opened in a sentence with a reporting verb ("said",
 * "told") after a dated mention takes that date as its anchor until it closes. Reported speech ("said in
 * December that …") is read the same way to the sentence's end. Mutable: one per run.
 */
final class Quotes {
    /** The date a quote was spoken on, as precise as the text gives it (D, M or Y). */
    record Anchor(LocalDate day, String unit) {
    }

    /** How many tokens may stand between a speech date and its verb ("In March 2020, the CEO told"). */
    private static final int SPEECH_REACH = 5;
    private final String text;
    private final Lexicon words;
    private int pos;
    private boolean open;
    private Anchor anchor;
    private Anchor offered;
    private List<Token> tokens = List.of();
    private int offeredAt;

    Quotes(String text, Lexicon words) {
        this.text = text;
        this.words = words;
    }

    void newParagraph() {
        open = false;
        anchor = null;
    }

    void startSentence(Sentence s, List<Token> tokens) {
        pos = s.from();
        offered = null;
        this.tokens = tokens; // (a speech verb is looked for only next to a date offered, not in every sentence)
    }

    /** The speech date of the quote that position {@code at} lies in, or null outside a dated quote. */
    Anchor anchorAt(int at) {
        advance(at);
        if (open) {
            return anchor;
        }
        return offered != null && reportedBetween(offeredAt, at) ? offered : null;
    }

    /**
     * Reported speech: "Putin said in December that … by the end of this year" — a "that" or a colon after the
     * dated speech verb opens what was said, up to the sentence's end.
     */
    private boolean reportedBetween(int from, int to) {
        for (Token t : tokens) {
            if (t.from() >= to) {
                break;
            }
            if (t.from() >= from && (words.has(WordKind.REPORTOPENER, t.lower()) || t.text().equals(":"))) {
                return true;
            }
        }
        return false;
    }

    /** A date mention ending at {@code at}: it dates a quote opened later in the sentence, if one is. */
    void offer(int from, int at, Anchor a) {
        advance(at);
        if (!open && offered == null && nearSpeechVerb(from, at)) {
            offered = a;
            offeredAt = at;
        }
    }

    /** "said in December", "In 2019 the chairman said": the date stands next to the reporting verb. */
    private boolean nearSpeechVerb(int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.to() > from && t.from() < to) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = Math.max(0, first - SPEECH_REACH); first >= 0 && i <= Math.min(tokens.size() - 1, last + SPEECH_REACH); i++) {
            if (words.has(WordKind.SPEECHVERB, tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private void advance(int at) {
        for (; pos < at && pos < text.length(); pos++) {
            char ch = text.charAt(pos);
            boolean opens = ch == '“' || ch == '«' || ch == '"' && !open;
            boolean closes = ch == '”' || ch == '»' || ch == '"' && open;
            if (opens) {
                open = true;
                anchor = offered;
            } else if (closes) {
                open = false;
                anchor = null;
            }
        }
    }
}
