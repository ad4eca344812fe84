package dev.extract.claims;

import dev.extract.text.Token;
import dev.extract.text.TokenSearch;
import java.util.List;
import java.util.Set;

/**
 * An attribution inside a clause that opens its sentence with a subordinator: "As the Post noted, Republicans now
 * control …" (the content is the main clause after the comma), "While Ramos said that journalists cannot …, he
 * appears uneasy" (the content ends where the subordinate clause does, at its comma).
 */
final class SubordinateCues {
    /** Subordinators that open a clause holding a report: "while X said", "after X announced" (not "if": a hypothetical). */
    private static final Set<String> SUBORDINATORS = Lexicon.get().words(WordSet.SUBORDINATORS);
    /** A subordinate clause's content runs no further than this many tokens to its comma. */
    private static final int CLAUSE_MAX = 40;

    private final List<Token> toks;
    private final Propositions props;

    SubordinateCues(List<Token> toks, Propositions props) {
        this.toks = toks;
        this.props = props;
    }

    /**
     * "As the Post noted, Republicans now control …": an "as" clause opening its sentence (or following a comma or
     * conjunction) whose attribution [from, to) ends at a comma; the claim is what follows the comma, or null.
     */
    Draft asClause(CueSite c, int from, int to, SpeakerSpan sp) {
        int sf = c.s().firstToken();
        int se = c.s().endToken();
        int sub = from - 1;
        if (c.negated() || c.gerund() || sub < sf || !toks.get(sub).lower().equals("as") || !opensClause(sub, sf)) {
            return null;
        }
        int comma = Clauses.skipTime(toks, to, se);
        if (comma < se && c.cue().particle(toks.get(comma).lower())) {
            comma++; // "As X pointed out, …"
        }
        if (comma + 1 >= se || !toks.get(comma).text().equals(",")) {
            return null;
        }
        int start = comma + 1;
        int end = Clauses.trimEnd(toks, start, props.end(start, se));
        if (end <= start) {
            return null;
        }
        ClaimKind kind = c.cue().belief() ? ClaimKind.BELIEF : ClaimKind.INDIRECT;
        return c.draft(kind, sp, toks.get(start).from(), toks.get(end - 1).to(), false);
    }

    /**
     * The claim {@code d} of an attribution starting at token {@code from}, with its content cut at the comma that
     * closes the subordinate clause the attribution opens its sentence with ("After Smith said the bill would
     * fail, the party …"); {@code d} itself otherwise.
     */
    Draft clip(CueSite c, int from, Draft d) {
        int sf = c.s().firstToken();
        int sub = from - 1;
        if (d == null || sub < sf || !SUBORDINATORS.contains(toks.get(sub).lower()) || !opensClause(sub, sf)
                || d.contentFrom() < c.tok().to()) {
            return d;
        }
        int first = TokenSearch.firstStartingFrom(toks, d.contentFrom());
        int limit = Math.min(c.s().endToken(), first + CLAUSE_MAX);
        for (int i = first + 1; i < limit && toks.get(i).from() < d.contentTo(); i++) {
            if (toks.get(i).text().equals(",")) {
                int end = Clauses.trimEnd(toks, first, i);
                return end > first ? d.withContent(d.contentFrom(), toks.get(end - 1).to()) : d;
            }
        }
        return d;
    }

    /** True when the subordinator at {@code sub} opens a clause: at the sentence's start, after a comma or a conjunction. */
    private boolean opensClause(int sub, int sf) {
        if (sub == sf) {
            return true;
        }
        Token prev = toks.get(sub - 1);
        return prev.text().equals(",") || prev.tag().equals("CCONJ") || sub - 1 == sf && prev.tag().equals("ADV");
    }
}
