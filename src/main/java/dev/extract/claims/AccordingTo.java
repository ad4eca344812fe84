package dev.extract.claims;

import dev.extract.text.QuoteIndex;
import dev.extract.text.NounPhrases;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * "…, according to TASS." and "According to the MoD's estimates from November, …": the source is the
 * phrase after "according to" (the possessor of a cue noun such as "estimates", or the agent of "by"/"in"),
 * the content the rest of the sentence. Also "X's estimate that …" (a cue noun with its owner).
 */
final class AccordingTo {
    private static final Set<String> DEMONSTRATIVES = Lexicon.get().words(WordSet.DEMONSTRATIVES);
    /** "the UK's Ministry of Defence's estimates from November" is 10 tokens; a source is never much longer. */
    private static final int MAX_SOURCE_TOKENS = 20;
    private static final Set<String> POSSESSIVE_PRONOUNS = Lexicon.get().words(WordSet.POSSESSIVE_PRONOUNS);
    private static final Set<String> AGENT_PREPS = Lexicon.get().words(WordSet.AGENT_PREPS);

    private final List<Token> toks;
    private final QuoteIndex quotes;
    private final Propositions props;
    private final Lexicon lex = Lexicon.get();

    AccordingTo(Document doc, QuoteIndex quotes, Propositions props) {
        this.toks = doc.tokens();
        this.quotes = quotes;
        this.props = props;
    }

    /** The claim whose cue starts at token {@code k}, or null. */
    Draft at(Sentence s, int k) {
        int sf = s.firstToken();
        int se = s.endToken();
        if (k + 2 >= se || quotes.inside(toks.get(k).from()) != null) {
            return null;
        }
        Lexicon.CueEntry cue = lex.prep(toks.get(k).lower() + " " + toks.get(k + 1).lower());
        if (cue != null) {
            return accordingTo(s, k, cue, sf, se);
        }
        if (toks.get(k).lower().equals("in")) {
            return inSurvey(s, k, sf, se);
        }
        return possessedNoun(s, k, sf, se);
    }

    private Draft accordingTo(Sentence s, int k, Lexicon.CueEntry cue, int sf, int se) {
        int srcFrom = k + 2;
        if (DEMONSTRATIVES.contains(toks.get(srcFrom).lower())) {
            return null; // "according to those figures": the source was named before
        }
        int srcTo = srcFrom;
        int srcLimit = Math.min(se, srcFrom + MAX_SOURCE_TOKENS);
        while (srcTo < srcLimit && !toks.get(srcTo).text().equals(",") && !(srcTo == se - 1 && toks.get(srcTo).isPunctuation())) {
            srcTo++;
        }
        if (srcTo == srcLimit && srcTo < se) {
            return null; // no source phrase ends here
        }
        NounPhrases.Np speaker = source(srcFrom, srcTo);
        if (speaker == null) {
            return null;
        }
        int cFrom;
        int cTo;
        boolean opening = Clauses.trimStart(toks, sf, k) == k;
        if (opening) {
            if (srcTo >= se) {
                return null;
            }
            cFrom = srcTo + 1;
            cTo = Clauses.trimEnd(toks, cFrom, props.end(cFrom, se));
        } else if (toks.get(k - 1).text().equals(",")) {
            cFrom = Clauses.trimStart(toks, sf, k - 1);
            cTo = Clauses.trimEnd(toks, cFrom, k - 1);
            if (srcTo + 1 < se && toks.get(srcTo).text().equals(",") && Clauses.trimEnd(toks, srcTo + 1, se) > srcTo + 1
                    && !startsClause(Math.max(cFrom, k - 41), k - 1)) {
                // "Since last November, according to HRW, forces have killed 400": the sentence goes on after
                // the source, and what stands before it is no clause of its own: the whole sentence is reported
                cTo = Clauses.trimEnd(toks, cFrom, props.end(srcTo + 1, se));
            }
        } else {
            return null;
        }
        if (cTo <= cFrom) {
            return null;
        }
        NounPhrases.Np shown = NounPhrases.nameCore(toks, speaker);
        return new Draft(ClaimKind.ACCORDING_TO, toks.get(shown.first()).from(), toks.get(shown.last()).to(), false,
                toks.get(k).from(), toks.get(k + 1).to(), cue, toks.get(cFrom).from(), toks.get(cTo - 1).to(),
                s.index(), false);
    }

    private static final Lexicon.CueEntry IN_SURVEY = Lexicon.CueEntry.of("in", Stance.NEUTRAL, CuePos.PREP);

    /**
     * "In an NBC/Wall Street Journal poll released Monday, 50 percent chose Clinton" and "Cruz came in second in
     * the latest CNN/ORC poll.": a survey or document named after "in" is the source of the clause beside it.
     */
    private Draft inSurvey(Sentence s, int k, int sf, int se) {
        int head = -1; // the document noun that heads the source: "an NBC News/Wall Street Journal poll"
        for (int i = k + 1; i < Math.min(se, k + 1 + MAX_SOURCE_TOKENS); i++) {
            Token t = toks.get(i);
            if (lex.isDocument(t.lower()) && (i + 1 >= se || !toks.get(i + 1).tag().equals("NOUN"))) {
                head = i;
                break;
            }
            if (t.text().equals(",") || t.isVerb() || t.tag().equals("AUX") || t.tag().equals("ADP") && !t.lower().equals("/") && !t.lower().equals("of")) {
                return null;
            }
        }
        if (head < 0) {
            return null;
        }
        NounPhrases.Np np = new NounPhrases.Np(k + 1, head, false);
        int after = head + 1;
        while (after < se && after < k + 1 + MAX_SOURCE_TOKENS && !toks.get(after).text().equals(",")
                && !toks.get(after).tag().equals("AUX") && Clauses.trimEnd(toks, after, se) > after) {
            after++; // "released Monday", "of likely voters"
        }
        int cFrom;
        int cTo;
        if (Clauses.trimStart(toks, sf, k) == k && after < se && toks.get(after).text().equals(",")) {
            cFrom = after + 1;
            cTo = Clauses.trimEnd(toks, cFrom, props.end(cFrom, se));
        } else if (Clauses.trimEnd(toks, after, se) == after && k > sf && startsClause(Math.max(Clauses.trimStart(toks, sf, k), k - 40), k)
                && lex.isSurvey(toks.get(head).lower()) && !genericStanding(k + 1, head)) {
            cFrom = Clauses.trimStart(toks, sf, k);
            cTo = Clauses.trimEnd(toks, cFrom, k);
        } else {
            return null;
        }
        if (cTo <= cFrom) {
            return null;
        }
        NounPhrases.Np shown = NounPhrases.nameCore(toks, np);
        return new Draft(ClaimKind.ACCORDING_TO, toks.get(shown.first()).from(), toks.get(shown.last()).to(), false,
                toks.get(k).from(), toks.get(k).to(), IN_SURVEY, toks.get(cFrom).from(), toks.get(cTo - 1).to(),
                s.index(), false);
    }

    /**
     * "has a slight lead in the polls", "mired in single digits in national polls": unnamed polls in the plural
     * after a clause give a standing, not any survey's finding ("in several recent New Hampshire surveys" names one).
     */
    private boolean genericStanding(int from, int head) {
        if (!toks.get(head).lower().endsWith("s")) {
            return false;
        }
        for (int i = from; i < head; i++) {
            if (toks.get(i).isCapitalised() || toks.get(i).isNumber()) {
                return false;
            }
        }
        return true;
    }

    /** True when tokens [from, to) hold a finite verb: a clause that stands as the content on its own. */
    private boolean startsClause(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (t.tag().equals("AUX") || t.tag().equals("VERB") && !t.lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** The source inside the phrase after "according to": an owner, an agent, a name, or the phrase. */
    private NounPhrases.Np source(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (lex.noun(toks.get(i).lower()) != null && NounPhrases.isPossessive(toks.get(i - 1))) {
                return Lexicon.PHRASES.endingAt(toks, i - 2, from); // "the UK's Ministry of Defence's estimates"
            }
        }
        for (int i = from + 1; i + 1 < to; i++) {
            // "a report in Ars Technica", "figures published by the UK Health Security Agency"
            int name = toks.get(i + 1).lower().equals("the") && i + 2 < to ? i + 2 : i + 1;
            if (AGENT_PREPS.contains(toks.get(i).lower()) && toks.get(name).isCapitalised()) {
                NounPhrases.Np agent = Lexicon.PHRASES.startingAt(toks, i + 1, to);
                if (agent != null && !lex.isTimeWord(toks.get(name).lower())) {
                    return agent;
                }
            }
        }
        NounPhrases.Np np = Lexicon.PHRASES.startingAt(toks, from, to);
        if (np == null && to - 1 > from && NounPhrases.nounLike(toks, to - 1)) {
            np = new NounPhrases.Np(from, to - 1, false); // "conservative/VERB talk/VERB radio host Rush Limbaugh"
        }
        if (np == null) {
            return null;
        }
        // "the Russian state media agency TASS": the name at the end of a description is the source
        int last = np.last();
        int first = last;
        while (first > np.first() && toks.get(first - 1).isCapitalised() && toks.get(first).isCapitalised()) {
            first--;
        }
        boolean named = toks.get(last).isCapitalised() && last > np.first()
                && !toks.get(first - 1).isCapitalised() && !NounPhrases.isPossessive(toks.get(first - 1));
        return named ? new NounPhrases.Np(first, last, false) : np;
    }

    /** "the ministry's estimate that …": a cue noun, its owner before "'s", and a that-clause. */
    private Draft possessedNoun(Sentence s, int k, int sf, int se) {
        Token t = toks.get(k);
        Lexicon.CueEntry cue = lex.noun(t.lower());
        boolean pronounOwner = k > sf && POSSESSIVE_PRONOUNS.contains(toks.get(k - 1).lower()); // "his claim that"
        if (cue == null || k < sf + 1 || !pronounOwner && (k < sf + 2 || !NounPhrases.isPossessive(toks.get(k - 1)))
                || k + 1 >= se || !toks.get(k + 1).lower().equals("that")) {
            return null;
        }
        NounPhrases.Np owner = pronounOwner ? new NounPhrases.Np(k - 1, k - 1, true) : Lexicon.PHRASES.endingAt(toks, k - 2, sf);
        if (owner == null || k + 2 >= se) {
            return null;
        }
        int cFrom = k + 2;
        int cTo = Clauses.trimEnd(toks, cFrom, props.end(cFrom, se));
        if (cTo <= cFrom) {
            return null;
        }
        NounPhrases.Np shown = NounPhrases.nameCore(toks, owner);
        return new Draft(ClaimKind.NOUN_CUE, toks.get(shown.first()).from(), toks.get(shown.last()).to(), shown.pronoun(),
                t.from(), t.to(), cue, toks.get(cFrom).from(), toks.get(cTo - 1).to(), s.index(), false);
    }
}
