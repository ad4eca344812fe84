package dev.extract.actors;

import dev.extract.text.Token;
import java.util.List;

/** Words next to a name that say what it is: "X-based" (a place), "X said" (a person), "X's shares" (a company). */
final class ContextCues {
    private final Lexicon lex;

    ContextCues(Lexicon lex) {
        this.lex = lex;
    }

    /** "Zorbex-based", "Tarnow-born": a name glued to "-based" or "-born" names a place. */
    static boolean isBasedIn(List<Token> toks, Candidate c) {
        String w = toks.get(c.last()).lower();
        int k = c.last() + 1;
        boolean split = k + 1 < toks.size() && toks.get(k).text().equals("-") && toks.get(k).from() == toks.get(c.last()).to()
                && Lexicon.is(CueRole.PLACE_ATTRIBUTIVE, toks.get(k + 1).lower());
        int dash = w.lastIndexOf('-');
        return split || dash >= 0 && Lexicon.is(CueRole.PLACE_ATTRIBUTIVE, w.substring(dash + 1));
    }

    /**
     * "the town of Yeoncheon", "the Municipality of Bogliasco": a kind of place, "of", then the name; or the name, then
     * a kind of place in lower case ("Guangdong province", "the Sikhin village", "Stansted airport").
     */
    static boolean isPlaceOf(List<Token> toks, Candidate c) {
        int after = c.last() + 1;
        if (after < toks.size() && toks.get(after).sentence() == toks.get(c.last()).sentence()
                && toks.get(after).text().equals(toks.get(after).lower()) && Lexicon.is(CueRole.PLACE_KIND, toks.get(after).text())) {
            return true;
        }
        int of = c.first() - 1;
        return of > 0 && toks.get(of).text().equals(toks.get(of).lower()) && Lexicon.is(CueRole.NESTED_PLACE_MARKER, toks.get(of).text())
                && !toks.get(of).text().equals("at") && Lexicon.is(CueRole.PLACE_KIND, toks.get(of - 1).lower());
    }

    /**
     * A verb of saying at {@code v}, not followed by what a company says of itself: "Tsang said the market ...",
     * not "Northrop said it was confident", "Zorbex said profits fell".
     */
    boolean speaksAsPerson(List<Token> toks, int v) {
        if (v + 1 >= toks.size() || !lex.isSpeechVerb(toks.get(v).lower())) {
            return false;
        }
        String next = toks.get(v + 1).lower();
        return !Lexicon.is(CueRole.SELF_REFERENCE, next) && !lex.isOrgPossession(next);
    }

    /** "Wells Fargo's shares", "Zorbex's chief executive": a possessive before what only an organisation owns. */
    boolean ownsCompanyThings(List<Token> toks, Candidate c) {
        int s = c.last() + 1;
        if (s + 1 >= toks.size() || !NameFinder.isPossessive(toks.get(s)) || c.entry() != null) {
            return false;
        }
        String owned = toks.get(s + 1).lower();
        return lex.isOrgPossession(owned) || s + 2 < toks.size() && lex.isOrgPossession(owned + " " + toks.get(s + 2).lower());
    }
}
