package dev.extract.claims;

import dev.extract.text.QuoteIndex;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The attribution patterns of one document, tried in order at each token: "according to", a reporting verb,
 * a dash credit, a refusal to comment, a colon credit, a cue noun with a preposition.
 */
final class CueFinders {
    /** A colon credit ("Trump: …") opens its sentence: only this many tokens in are tried. */
    private static final int COLON_REACH = 5;

    private final List<Token> toks;
    private final Lexicon lex = Lexicon.get();
    private final VerbCues verbs;
    private final AccordingTo accordingTo;
    private final DashCredits dashes;
    private final NoComment noComment;
    private final ColonCredits colons;
    private final PrepositionCues nounsWithPrepositions;
    private final IntPredicate knownName;

    CueFinders(Document doc, QuoteIndex quotes, Propositions props, IntPredicate knownName) {
        this.toks = doc.tokens();
        this.verbs = new VerbCues(doc, quotes, props);
        this.accordingTo = new AccordingTo(doc, quotes, props);
        this.dashes = new DashCredits(doc, quotes);
        this.noComment = new NoComment(doc);
        this.colons = new ColonCredits(doc);
        this.nounsWithPrepositions = new PrepositionCues(doc, quotes, props);
        this.knownName = knownName;
    }

    /** The first claim a pattern finds with its cue at token {@code k} of body sentence {@code s}, or null. */
    Draft at(Sentence s, int k) {
        Draft d = accordingTo.at(s, k);
        if (d == null) {
            d = noComment.at(s, k); // before the verbs: "declined to comment" is a refusal, not a claim "to comment"
        }
        if (d == null && (lex.verb(toks.get(k).lower()) != null
                || k + 1 < toks.size() && toks.get(k + 1).lower().equals("that"))) {
            d = verbs.at(s, k);
            if (d != null && d.kind() != ClaimKind.DIRECT && ClaimExtractor.opensWithStatement(toks, s, lex)) {
                d = d.withKind(ClaimKind.NOUN_CUE); // "In a statement, the company said …"
            }
        }
        if (d == null && lex.dash(toks.get(k).text()) != null) {
            d = dashes.at(s, k);
        }
        if (d == null && k <= s.firstToken() + COLON_REACH) {
            d = colons.at(s, k, knownName);
        }
        if (d == null) {
            d = nounsWithPrepositions.at(s, k);
        }
        return d;
    }
}
