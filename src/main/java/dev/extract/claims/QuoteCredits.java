package dev.extract.claims;

import dev.extract.text.Quotations;
import dev.extract.text.NounPhrases;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import dev.extract.text.TokenSearch;
import java.util.List;

/**
 * Checks that decide whether a quote near a reporting verb is that verb's content (a quoted question before a
 * bare attribution is; a quoted show name inside the subject is not), and the open class of that-clause cues.
 */
final class QuoteCredits {
    private final Document doc;
    private final List<Token> toks;
    private final Lexicon lex = Lexicon.get();

    QuoteCredits(Document doc) {
        this.doc = doc;
        this.toks = doc.tokens();
    }

    /**
     * "Trump knows that …", "the campaign acknowledged that …": a verb outside the cue list with a that-clause
     * right after it reports a proposition too; it is read as a cue whose content must be marked.
     */
    static Lexicon.CueEntry thatClauseCue(List<Token> toks, int k, int se) {
        Token t = toks.get(k);
        if (k + 2 >= se || !t.tag().equals("VERB") || t.lower().endsWith("ing") || !toks.get(k + 1).lower().equals("that")
                || Lexicon.get().isNotThatCue(t.lower())) {
            return null;
        }
        Token next = toks.get(k + 2);
        return next.isPunctuation() || next.isVerb() ? null : Lexicon.CueEntry.of(t.lower(), Stance.NEUTRAL, CuePos.VERB, CueFrame.MARKED);
    }

    /**
     * "“How do you control these banks?” Trump said to a crowd.": the tokenizer ends a sentence at a quoted question
     * or exclamation; a bare attribution opening the next sentence (its cue followed by the full stop, a comma
     * before the speaker's setting, a preposition or a time word) is still that quote's.
     */
    boolean questionThenAttribution(Quotations.Quote q, int attrFrom, int attrTo, Sentence s) {
        String inner = doc.text().substring(q.innerFrom(), q.innerTo()).strip();
        if (inner.isEmpty() || "?!".indexOf(inner.charAt(inner.length() - 1)) < 0 || attrFrom != s.firstToken() || attrTo >= s.endToken()) {
            return false;
        }
        Token next = toks.get(attrTo);
        return next.text().equals(".") || next.text().equals(",") || next.tag().equals("ADP") || lex.isTimeWord(next.lower());
    }

    /** The longest quoted name of a show, book or group, in tokens. */
    private static final int TITLE_MAX_TOKENS = 6;

    /**
     * A short quote that a possessive, an article or a preposition leads into inside the clause ("MSNBC’s “Morning
     * Joe,”", "on “Hannity,”", "the “Bernie or Bust” crowd") names something; it is nobody's words.
     */
    boolean titleInClause(Quotations.Quote q, int sf) {
        int open = TokenSearch.firstStartingFrom(toks, q.open());
        int close = TokenSearch.firstStartingFrom(toks, q.innerTo());
        if (open <= sf || close - open > TITLE_MAX_TOKENS || open >= toks.size()) {
            return false;
        }
        Token lead = toks.get(open - 1);
        return NounPhrases.isPossessive(lead) || lead.tag().equals("DET") || lead.tag().equals("ADP");
    }

    /**
     * The first token of the clause when a quote ending right before the attribution opens inside it after a word
     * ("may be “strategic,”", "are “very, very pro-Bernie,”"): the clause, not the quote, is what was said; else -1.
     */
    int fragmentStart(Quotations.Quote q, Sentence s) {
        int open = TokenSearch.firstStartingFrom(toks, q.open());
        int first = Clauses.trimStart(toks, s.firstToken(), open);
        if (open <= first || open >= s.endToken() || doc.sentenceAt(q.open()) != s.index()) {
            return -1;
        }
        Token lead = toks.get(open - 1);
        boolean word = Character.isLetterOrDigit(lead.text().codePointAt(0)) && !lead.tag().equals("VERB")
                && Lexicon.get().verb(lead.lower()) == null;
        return word ? first : -1;
    }

    /**
     * True when words of the same sentence follow the quote and its words end in no stop or comma: "said “it gets
     * me mad” every time he thinks about …" quotes a fragment of the reported clause.
     */
    boolean wordsFollow(Quotations.Quote q, int se) {
        int next = TokenSearch.firstStartingFrom(toks, q.close());
        if (next >= se || !Character.isLetterOrDigit(toks.get(next).text().codePointAt(0))) {
            return false;
        }
        String inner = doc.text().substring(q.innerFrom(), q.innerTo()).strip();
        return !inner.isEmpty() && ".,!?;:".indexOf(inner.charAt(inner.length() - 1)) < 0;
    }
}
