package dev.extract.dates;

import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.time.LocalDate;
import java.util.List;

/**
 * Follows direct quotes through a paragraph, so that "Putin said in December: “… by the end of this year”"
 * reads "this year" against that December: a quote opened in a sentence with a reporting verb ("said",
 * "told") after a dated mention takes that date as its anchor until it closes. Mutable: one per run.
 */
final class Quotes {
    /** The date a quote was spoken on, as precise as the text gives it (D, M or Y). */
    record Anchor(LocalDate day, String unit) {
    }

    private final String text;
    private final Lexicon words;
    private int pos;
    private boolean open;
    private Anchor anchor;
    private Anchor offered;
    private boolean speech;

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
        speech = tokens.stream().anyMatch(t -> words.has("speechverb", t.text()));
    }

    /** The speech date of the quote that position {@code at} lies in, or null outside a dated quote. */
    Anchor anchorAt(int at) {
        advance(at);
        return open ? anchor : null;
    }

    /** A date mention ending at {@code at}: it dates a quote opened later in the sentence, if one is. */
    void offer(int at, Anchor a) {
        advance(at);
        if (!open && speech) {
            offered = a;
        }
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
