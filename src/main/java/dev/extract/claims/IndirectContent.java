package dev.extract.claims;

import dev.extract.text.QuoteIndex;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import dev.extract.text.TokenSearch;
import java.util.List;
import java.util.Set;

/**
 * The reported proposition after a cue ("said that …", "announced the deal was off", "asked whether …"): where
 * it ends, whether it is a question, a belief or holds a quote, and the free relative "what X said was …".
 */
final class IndirectContent {
    /** After "that" these open a condition, not a question. */
    private static final Set<String> CONDITION_OPENERS = Lexicon.get().words(WordSet.CONDITION_OPENERS);
    /** After a cue that asks nothing these open what was explained ("explained how …", "said why …"). */
    private static final Set<String> EXPLAINED_OPENERS = Lexicon.get().words(WordSet.EXPLAINED_OPENERS);
    /** How far a comma closing a relative insert is looked for, in tokens. */
    private static final int INSERT_SCAN = 60;
    /** Words before a speaker whose cue's content lacks its subject: a free relative or a relative pronoun. */
    static final Set<String> GAP_OPENERS = Lexicon.get().words(WordSet.GAP_OPENERS);

    private final List<Token> toks;
    private final QuoteIndex quotes;
    private final Propositions props;

    IndirectContent(List<Token> toks, QuoteIndex quotes, Propositions props) {
        this.toks = toks;
        this.quotes = quotes;
        this.props = props;
    }

    /**
     * "amounting to what the senators said was economic gerrymandering": a free relative — the claim is the
     * clause from "what" on, with its verb after the cue. Any other content that opens with a finite verb lacks
     * its subject ("the 95% the WHO says is needed") and the sentence is the writer's.
     */
    private Draft whatClause(CueSite c, int from, SpeakerSpan sp, boolean negated) {
        Sentence s = c.s();
        int what = TokenSearch.firstStartingFrom(toks, sp.from()) - 1;
        if (negated || what < s.firstToken() || !GAP_OPENERS.contains(toks.get(what).lower())) {
            return null;
        }
        int stop = props.end(from, s.endToken());
        if (what > s.firstToken() && toks.get(what - 1).text().equals(",")) {
            // "The policy changes, which officials said will go into effect soon, will not apply": the insert ends at its comma
            stop = insertEnd(from, stop);
        }
        int to = Clauses.trimEnd(toks, from, stop);
        if (to <= from) {
            return null;
        }
        return c.draft(ClaimKind.INDIRECT, sp, toks.get(what).from(), toks.get(to - 1).to(), false);
    }

    /**
     * Where an unmarked content that is a phrase, not a clause, ends: at its first comma outside a quote when no
     * finite verb comes before it or after it ("Clinton on Thursday, including …"); else {@code stop}.
     */
    private int phraseEnd(int from, int stop) {
        for (int i = from; i < Math.min(stop, from + INSERT_SCAN); i++) {
            Token t = toks.get(i);
            if (t.tag().equals("AUX") || t.isVerb() && !t.lower().endsWith("ing")) {
                return stop;
            }
            if (i > from && t.text().equals(",") && quotes.inside(t.from()) == null) {
                return finiteVerbIn(i + 1, stop) ? stop : i; // "worry the plan, which passed, will fail": a clause after all
            }
        }
        return stop;
    }

    private boolean finiteVerbIn(int from, int to) {
        for (int i = from; i < Math.min(to, from + INSERT_SCAN); i++) {
            Token t = toks.get(i);
            if (t.tag().equals("AUX") || t.isVerb() && !t.lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** The first comma in [from, stop), bounded: an insert is short; else {@code stop}. */
    private int insertEnd(int from, int stop) {
        for (int i = from; i < Math.min(stop, from + INSERT_SCAN); i++) {
            if (toks.get(i).text().equals(",")) {
                return i;
            }
        }
        return stop;
    }

    /** The claim whose content starts at token {@code from}, or null (nothing said, a question, a gap). */
    Draft read(CueSite c, int from, SpeakerSpan sp, boolean negated) {
        Sentence s = c.s();
        int se = s.endToken();
        boolean question = c.cue().asksQuestion();
        boolean afterThat = from > 0 && toks.get(from - 1).lower().equals("that"); // "worry that turnout/VERB …": a tagger slip
        // "said that if people are offended, …", "Cruz said if elected he could …": after "that" or a cue that asks
        // nothing, "if" and "when" open a condition, not a question
        // "said that what the country needs is …": after "that" a wh-word opens the clause's subject, not a question
        // "Cyril explained how important it is …", "described why …": after a cue that asks nothing, "how" and "why"
        // open what was explained, as "if"/"when" open a condition
        String first = toks.get(Math.min(from, se - 1)).lower();
        boolean wh = !afterThat && Clauses.WH_COMPLEMENT.contains(first)
                && !(!question && (CONDITION_OPENERS.contains(first) || !negated && EXPLAINED_OPENERS.contains(first)));
        // "talks about how his forces must be ready": after the cue's particle a wh-clause is the topic, not a question
        boolean afterParticle = from > s.firstToken() && c.cue().particle(toks.get(from - 1).lower());
        if (from < se && !afterThat && !afterParticle && subjectGap(toks.get(from)) && !mistaggedPlural(from, se)) {
            return whatClause(c, from, sp, negated); // "what the senators said was …"; not "called for increased/VERB spending"
        }
        if (from >= se || !question && wh && !afterParticle || withheld(from, se)) {
            return null;
        }
        if (afterThat && pronounThat(from, se)) {
            return null; // "Thune disputed that, saying …": "that" is the object pronoun, no clause follows it
        }
        int stop = props.end(from, se);
        if (!afterThat && c.cue().belief()) {
            stop = phraseEnd(from, stop); // "endorsed Clinton on Thursday, including …": a position's object ends at its comma
        }
        int who = TokenSearch.firstStartingFrom(toks, sp.from());
        if (who > s.firstToken() && toks.get(who).lower().equals("who") && toks.get(who - 1).text().equals(",")) {
            // "Mayor Okafor, who had threatened to veto the draft, called it …": the insert ends at its comma
            stop = insertEnd(from, stop);
        }
        int end = Clauses.trimEnd(toks, from, stop);
        if (end <= from || !question && props.hasQuestion(from, stop) && quotes.inside(toks.get(stop - 1).from()) == null) {
            return null; // nothing said, or a question
        }
        int cFrom = toks.get(from).from();
        int cTo = toks.get(end - 1).to();
        ClaimKind kind = ClaimKind.INDIRECT;
        if (c.cue().belief()) {
            kind = ClaimKind.BELIEF; // "Democrats worry …", "X wants …": a position, kept apart from statements
        } else if (quotes.anyWithin(cFrom, cTo)) {
            kind = ClaimKind.MIXED;
        }
        return c.draft(kind, sp, cFrom, cTo, negated);
    }

    /**
     * "refused to reveal how many …", "declined to say whether …": an infinitive of a reporting verb with an
     * embedded question says that nothing was stated.
     */
    private boolean withheld(int from, int se) {
        return from + 2 < se && toks.get(from).tag().equals("PART") && Lexicon.get().verb(toks.get(from + 1).lower()) != null
                && Clauses.WH_COMPLEMENT.contains(toks.get(from + 2).lower());
    }

    /**
     * True when the "that" before {@code from} is an object pronoun: a participle clause follows its comma ("disputed
     * that, saying …") or a semicolon ends it; "said that, if elected, he would …" opens an insert.
     */
    private boolean pronounThat(int from, int se) {
        String w = toks.get(from).text();
        if (w.equals(";")) {
            return true;
        }
        return w.equals(",") && from + 1 < se && toks.get(from + 1).isVerb() && toks.get(from + 1).lower().endsWith("ing");
    }

    /**
     * "said progressives/VERB would oppose": a form in -s that the tagger calls a verb, followed by an auxiliary or a
     * verb of its own, is a bare plural noun, the content's subject; "the 95% the WHO says is needed" opens with "is".
     */
    private boolean mistaggedPlural(int from, int se) {
        Token first = toks.get(from);
        String w = first.lower();
        if (from + 1 >= se || !first.tag().equals("VERB") || !w.endsWith("s") || w.endsWith("ss") || first.isCapitalised()
                || Lexicon.get().verb(w) != null) {
            return false;
        }
        Token next = toks.get(from + 1);
        return next.tag().equals("AUX") || next.isVerb() && !next.lower().endsWith("ing");
    }

    /**
     * "the 95% the WHO says is needed": a content that opens with a finite verb lacks its subject, which
     * stands before the cue; the cue sits in a relative clause and the sentence is the writer's.
     */
    private static boolean subjectGap(Token first) {
        // a finite verb form; a bare "praise/VERB" opening the content is the tagger's slip on a noun
        String w = first.lower();
        return first.tag().equals("AUX") || first.tag().equals("VERB") && (w.endsWith("s") || w.endsWith("ed"));
    }
}
