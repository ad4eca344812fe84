package dev.extract.claims;

import dev.extract.text.QuoteIndex;
import dev.extract.text.NounPhrases;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Cues whose source the sentence does not name as their subject: a question put to someone ("Asked whether …,
 * Ryan said") and the writer's impression ("Mr. Putin seemed most concerned with …").
 */
final class SourcelessCues {
    private static final Set<String> ASKED_CONTENT_ENDS = Set.of(".", ";", "?");

    private final List<Token> toks;
    private final QuoteIndex quotes;
    private final Propositions props;

    SourcelessCues(Document doc, QuoteIndex quotes, Propositions props) {
        this.toks = doc.tokens();
        this.quotes = quotes;
        this.props = props;
    }

    /**
     * "Asked whether he would run, Ryan said …", "… when asked by a reporter if …": a question put to the
     * sentence's subject. Its asker is the agent after "by", else unnamed; what was asked runs to the comma.
     */
    Draft askedWithoutAsker(Sentence s, int k, Token cueTok, Lexicon.CueEntry cue) {
        int se = s.endToken();
        int from = Clauses.skipTime(toks, k + 1, se);
        int spFrom = -1;
        int spTo = -1;
        if (from < se && toks.get(from).lower().equals("by")) {
            NounPhrases.Np agent = Lexicon.PHRASES.startingAt(toks, from + 1, se);
            if (agent == null) {
                return null;
            }
            spFrom = toks.get(agent.first()).from();
            spTo = toks.get(agent.last()).to();
            from = agent.last() + 1;
        }
        while (from < se && (toks.get(from).tag().equals("ADP") && !toks.get(from).lower().equals("about")
                || toks.get(from).tag().equals("PROPN") || toks.get(from).tag().equals("DET") && from + 1 < se
                && toks.get(from + 1).tag().equals("PROPN"))) {
            from++; // "Asked on Fox News who leads the party": the setting before the question
        }
        if (from >= se || !Clauses.WH_COMPLEMENT.contains(toks.get(from).lower()) && !toks.get(from).lower().equals("about")) {
            return null;
        }
        int to = from;
        int limit = Math.min(se, from + 60); // a question runs to its comma; bounded
        while (to < limit && !toks.get(to).text().equals(",") && !ASKED_CONTENT_ENDS.contains(toks.get(to).text())) {
            to++;
        }
        if (to <= from) {
            return null;
        }
        return new Draft(ClaimKind.INDIRECT, spFrom, spTo, false, cueTok.from(), cueTok.to(), cue,
                toks.get(from).from(), toks.get(to - 1).to(), s.index(), false);
    }

    /**
     * "Mr. Putin seemed most concerned with …", "Twitter appears to be heavily used by ISIS": the writer's
     * impression, no source named; the clause from its subject is the content. Only before "to" with a verb or
     * an adjective ("appeared on Fox News" reports an appearance).
     */
    Draft impression(Sentence s, int subjectFrom, int k, Token cueTok, Lexicon.CueEntry cue, boolean negated) {
        int se = s.endToken();
        if (negated || k + 1 >= se || quotes.inside(toks.get(subjectFrom).from()) != null) {
            return null;
        }
        Token next = toks.get(k + 1);
        boolean infinitive = next.lower().equals("to") && k + 2 < se && toks.get(k + 2).isVerb();
        boolean adjective = next.tag().equals("ADJ") || next.tag().equals("ADV") && k + 2 < se && toks.get(k + 2).tag().equals("ADJ");
        if (!infinitive && !adjective) {
            return null;
        }
        int to = Clauses.trimEnd(toks, subjectFrom, props.end(k + 1, se));
        if (to <= k + 1) {
            return null;
        }
        return new Draft(ClaimKind.BELIEF, -1, -1, false, cueTok.from(), cueTok.to(), cue,
                toks.get(subjectFrom).from(), toks.get(to - 1).to(), s.index(), false);
    }

    /**
     * "Trump is expected to deliver a victory speech": a forecast in the passive with no source is an expectation
     * nobody is named for; the whole clause, subject included, is the content and the speaker is null.
     */
    Draft expectedPassive(Sentence s, int k, Token cueTok, Lexicon.CueEntry cue) {
        int sf = s.firstToken();
        if (!cue.forecast() || !cueTok.lower().endsWith("ed") || k + 2 >= s.endToken() || !toks.get(k + 1).lower().equals("to")) {
            return null;
        }
        int j = k - 1;
        while (j > sf && (toks.get(j).tag().equals("ADV") || VerbGroup.BE.contains(toks.get(j).lower()))) {
            if (VerbGroup.NEGATION.contains(toks.get(j).lower())) {
                return null;
            }
            j--;
        }
        if (j < sf || j == k - 1 || !VerbGroup.BE.contains(toks.get(j + 1).lower()) && !VerbGroup.BE.contains(toks.get(k - 1).lower())) {
            return null; // "is expected", "are widely expected": a form of "be" stands before the participle
        }
        int from;
        if (IndirectContent.GAP_OPENERS.contains(toks.get(j).lower())) {
            from = j; // "the delegates who are expected to support …"
        } else {
            Subjects.Subject sub = Subjects.endingAt(toks, j, sf);
            if (sub == null) {
                return null;
            }
            from = sub.from();
        }
        return impression(s, from, k, cueTok, cue, false);
    }
}
