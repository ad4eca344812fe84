package dev.extract.claims;

import dev.extract.text.Quotations;
import dev.extract.text.QuoteIndex;
import dev.extract.text.Document;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * How far a direct quote runs past its attribution: into the next sentences of the paragraph ("“…,” he said.
 * “…” “…”") or past an aside in the same sentence ("“…,” Tester said, referring to X, “…”").
 */
final class QuoteRuns {
    /** The most quotes one attribution carries on into. */
    private static final Set<String> ASIDE_OPENERS = Lexicon.get().words(WordSet.ASIDE_OPENERS);
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", "!", "?");
    private static final Set<String> COORDINATORS = Lexicon.get().words(WordSet.COORDINATORS);
    private static final int MAX_RUN = 20;

    private final Document doc;
    private final List<Token> toks;
    private final QuoteIndex quotes;

    QuoteRuns(Document doc, QuoteIndex quotes) {
        this.doc = doc;
        this.toks = doc.tokens();
        this.quotes = quotes;
    }

    /**
     * "“…,” he told reporters. “…”": the quote that opens the next sentence of the paragraph and carries the
     * speaker on, when the attribution's sentence ends with nothing but the speaker's setting (no finite verb of
     * its own: "said Caddell, speaking of her health." still hands on) and the quote ends a sentence (a quote ending in a comma waits for its own cue).
     */
    Quotations.Quote continuation(int attrTo, int se) {
        boolean relative = false; // "said Mr. Brown, who has taken on the organizing": the clause describes the speaker
        for (int i = attrTo; i < se; i++) {
            Token t = toks.get(i);
            boolean participle = t.isVerb() && t.lower().endsWith("ing"); // "said Caddell, speaking of …"
            Token prev = i > attrTo ? toks.get(i - 1) : null;
            // "said Sen. Jeff Merkley, the only senator to endorse Sanders.", "said at a campaign stop/VERB this week.":
            // after a comma or a preposition the words describe the speaker or the setting, whatever verbs they hold
            relative |= prev != null && (prev.text().equals(",") && !COORDINATORS.contains(t.lower()) // not ", and her husband cut in"
                    || prev.tag().equals("ADP") || prev.tag().equals("PART"))
                    || ASIDE_OPENERS.contains(t.lower());
            if (Clauses.QUOTE_OPEN.contains(t.text())) {
                return resumedInSentence(attrTo, i); // "…,” Schiff told X on Wednesday, “but the attempt …”"
            }
            if ((t.isVerb() && !participle || t.tag().equals("AUX")) && !relative) {
                return null;
            }
            if (SENTENCE_ENDS.contains(t.text()) && !abbreviationStop(i)) {
                Quotations.Quote q = quotes.openingNextSentence(t.to());
                if (q == null || waitsForCue(q)) {
                    return null;
                }
                // "“…,” he said. “…” “…”": quotes that follow each other in the paragraph carry on too
                int run = 0; // bounded, so a paragraph of a thousand quotes and cues stays linear
                for (Quotations.Quote next = quotes.openingNextSentence(q.close()); next != null && !waitsForCue(next)
                        && run < MAX_RUN; next = quotes.openingNextSentence(next.close()), run++) {
                    q = next;
                }
                return q;
            }
        }
        return null;
    }

    /**
     * The quote opening at token {@code i} of the attribution's sentence after a comma, or after ", and"/", but"
     * ("…,” Mosko wrote in an email to X, and “full of s---.”"): the speaker's words resume; else null (a title in
     * the setting, "said on “Meet the Press.”", hands nothing on).
     */
    private Quotations.Quote resumedInSentence(int attrTo, int i) {
        int before = i - 1;
        if (before > attrTo && COORDINATORS.contains(toks.get(before).lower())) {
            before--;
        }
        if (before <= attrTo || !toks.get(before).text().equals(",")) {
            return null;
        }
        for (int v = attrTo; v < before; v++) {
            if (toks.get(v).isVerb() && Lexicon.get().verb(toks.get(v).lower()) != null) {
                return null; // "…,” he said, adding that …, “…”": that quote is the next report's
            }
        }
        return quotes.startingAfter(toks.get(i - 1).to());
    }

    /**
     * "“…,” Tester said, referring to the excuse, “you give ammunition …”" and "“…,” he said, but “…”": the quote
     * that resumes after a participle phrase or a "but" in the attribution's sentence, or null.
     */
    Quotations.Quote resumedAfterAside(int attrTo, int se) {
        if (attrTo + 1 >= se || !toks.get(attrTo).text().equals(",")) {
            return null;
        }
        Token first = toks.get(attrTo + 1);
        if (!(first.isVerb() && first.lower().endsWith("ing")) && !COORDINATORS.contains(first.lower())) {
            return null;
        }
        Lexicon.CueEntry own = Lexicon.get().verb(first.lower());
        if (own != null && !own.needsParticle()) {
            return null; // "…,” Sanders said, suggesting a few questions, including, “…”: that quote is the suggestion's
        }
        for (int i = attrTo + 1; i < Math.min(se, attrTo + 16); i++) {
            Token t = toks.get(i);
            if (Clauses.QUOTE_OPEN.contains(t.text()) || t.text().equals("'")) {
                return quotes.startingAfter(toks.get(i - 1).to()); // "…, and still “got to sit in …”"
            }
            if (t.tag().equals("AUX") || t.isVerb() && !t.lower().endsWith("ing") || CLAUSE_ENDS.contains(t.text())) {
                return null;
            }
        }
        return null;
    }

    /** The tokenizer's "Mrs" "." inside "said of Mrs. Clinton's plan": a stop that ends an abbreviation, not a sentence. */
    private boolean abbreviationStop(int i) {
        if (i == 0 || !toks.get(i).text().equals(".") || i + 1 >= toks.size() || toks.get(i + 1).sentence() != toks.get(i).sentence()) {
            return false;
        }
        Token prev = toks.get(i - 1);
        return prev.to() == toks.get(i).from() && prev.text().length() <= 3 && prev.isCapitalised();
    }

    /** "“They lost,” said Vogt": a quote whose words end in a comma has a cue of its own after it. */
    private boolean waitsForCue(Quotations.Quote q) {
        int end = q.innerTo();
        String text = doc.text();
        while (end > q.innerFrom() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end == q.innerFrom() || text.charAt(end - 1) == ',';
    }

    /** True when the quote's words end a sentence (closing single quotes aside: "… ourselves.’”). */
    boolean endsSentence(Quotations.Quote q) {
        int end = q.innerTo();
        String text = doc.text();
        while (end > q.innerFrom() && (Character.isWhitespace(text.charAt(end - 1)) || "'\u2019".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > q.innerFrom() && ".!?".indexOf(text.charAt(end - 1)) >= 0;
    }
}
