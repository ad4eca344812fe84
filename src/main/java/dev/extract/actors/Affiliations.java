package dev.extract.actors;

import dev.extract.text.Token;
import java.util.Arrays;
import java.util.List;

/**
 * The organisation a person acts for, when the text names it right before the person's title: "Indiana State
 * Teachers Association President Keith Gambill", "Lakers coach Frank Vogel", "Ryanair CEO Michael O'Leary".
 * Stateless apart from the lexicon.
 */
final class Affiliations {
    private final Lexicon lex;

    Affiliations(Lexicon lex) {
        this.lex = lex;
    }

    /** For each cluster, the affiliation of a person, else null; the first mention that shows one decides. */
    Affiliation[] read(List<Token> toks, List<Cluster> clusters) {
        int[] endsAt = new int[toks.size()];
        Arrays.fill(endsAt, -1);
        for (int k = 0; k < clusters.size(); k++) {
            if (ActorType.ORGANIZATION.equals(clusters.get(k).type())) {
                for (Candidate m : clusters.get(k).members()) {
                    endsAt[m.last()] = k;
                }
            }
        }
        Affiliation[] out = new Affiliation[clusters.size()];
        for (int k = 0; k < clusters.size(); k++) {
            if (!ActorType.PERSON.equals(clusters.get(k).type())) {
                continue;
            }
            for (Candidate m : clusters.get(k).members()) {
                out[k] = m.title() == null || out[k] != null ? out[k] : before(toks, m, endsAt);
            }
        }
        return out;
    }

    /** An organisation mention ending right before the title that stands right before the mention. */
    private Affiliation before(List<Token> toks, Candidate m, int[] endsAt) {
        for (int len = 1; len <= lex.maxTitleTokens() && m.first() - len - 1 >= 0; len++) {
            int org = m.first() - len - 1;
            if (endsAt[org] >= 0 && lex.isTitle(Lexicon.key(toks.subList(org + 1, m.first())))) {
                return new Affiliation(endsAt[org], m.title());
            }
        }
        return null;
    }
}
