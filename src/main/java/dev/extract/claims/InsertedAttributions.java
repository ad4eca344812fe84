package dev.extract.claims;

import dev.extract.text.QuoteIndex;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * An attribution inside its proposition: "The museum, Mr. Obama said, would make visitors face …", "The middle
 * fifth paid 8.9 percent, the agency said in a June report, and …": the proposition around it is the content.
 */
final class InsertedAttributions {
    private static final Set<String> COORDINATORS = Lexicon.get().words(WordSet.COORDINATORS);
    /** Prepositions that open the setting of an inserted attribution ("the agency said in a June report, …"). */
    private static final Set<String> SETTING_PREPS = Lexicon.get().words(WordSet.SETTING_PREPS);
    /** How far right of the attribution its closing comma is looked for, in tokens. */
    private static final int COMMA_REACH = 12;

    private final List<Token> toks;
    private final QuoteIndex quotes;
    private final Propositions props;
    private final QuoteCredits credits;
    private final Lexicon lex = Lexicon.get();

    InsertedAttributions(List<Token> toks, QuoteIndex quotes, Propositions props, QuoteCredits credits) {
        this.toks = toks;
        this.quotes = quotes;
        this.props = props;
        this.credits = credits;
    }

    /** "The museum, Mr. Obama said, would make visitors face …": the attribution inside its proposition. */
    boolean at(CueSite c, int attrFrom, int attrTo) {
        int sf = c.s().firstToken();
        int se = c.s().endToken();
        int close = closingComma(attrTo, se);
        return !c.negated() && !c.gerund() && attrFrom < c.k() && attrFrom > sf + 1 && close >= 0 && close + 1 < se
                && toks.get(attrFrom - 1).text().equals(",")
                && (quotes.startingAfter(toks.get(close).to()) == null || credits.wordsFollow(quotes.startingAfter(toks.get(close).to()), se));
    }

    /**
     * The comma that closes an inserted attribution: right after it, or after its setting ("…, the agency said in a
     * June report, and …"); -1 when there is none within reach.
     */
    private int closingComma(int attrTo, int se) {
        String first = attrTo < se ? toks.get(attrTo).lower() : "";
        boolean setting = SETTING_PREPS.contains(first) || lex.isTimeWord(first); // not "referred to Rubio as …, …"
        for (int i = attrTo; i < Math.min(se, attrTo + COMMA_REACH); i++) {
            if (toks.get(i).text().equals(",")) {
                return i == attrTo || setting && Clauses.settingBefore(toks, attrTo, i) && propositionGoesOn(i + 1, se) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * After a setting and its comma the proposition goes on with its verb or a coordinated clause ("…, would make",
     * "…, and the bottom fifth paid"), not with the writer's aside (", adding to pressure …", ", as it tries …").
     */
    private boolean propositionGoesOn(int i, int se) {
        if (i >= se) {
            return false;
        }
        Token t = toks.get(i);
        return COORDINATORS.contains(t.lower()) || t.tag().equals("AUX") || t.isVerb() && !t.lower().endsWith("ing");
    }

    /** The claim of an inserted attribution: the whole proposition around it, or what follows an opening one. */
    Draft read(CueSite c, int attrFrom, int attrTo, SpeakerSpan sp) {
        int sf = c.s().firstToken();
        int se = c.s().endToken();
        int close = closingComma(attrTo, se);
        int from = Clauses.trimStart(toks, sf, attrFrom);
        from = from >= attrFrom - 1 ? close + 1 : from; // "However, he said, …": only what follows
        int to = Clauses.trimEnd(toks, from, props.end(close + 1, se));
        if (to > close + 1) {
            int cFrom = toks.get(from).from();
            int cTo = toks.get(to - 1).to();
            return c.draft(quotes.anyWithin(cFrom, cTo) ? ClaimKind.MIXED : ClaimKind.INDIRECT, sp, cFrom, cTo, false);
        }
        return null;
    }
}
