package dev.extract.actors;

import dev.extract.text.Token;
import java.util.List;

/** Evidence that a name is a place, or is named after one: regions, towns before their state, known prefixes. */
final class PlaceEvidence {
    private final Lexicon lex;

    PlaceEvidence(Lexicon lex) {
        this.lex = lex;
    }

    /** The gazetteer (else world list) entry of the longest proper prefix of the name: "New York" in "New York Mets". */
    GazetteerEntry knownPrefix(List<Token> toks, Candidate c) {
        for (int len = Math.min(3, c.length() - 1); len > 1; len--) {
            GazetteerEntry e = lex.entry(Lexicon.key(toks.subList(c.first(), c.first() + len)));
            if (e != null) {
                return e;
            }
        }
        GazetteerEntry head = lex.entry(toks.get(c.first()).text());
        for (int len = Math.min(3, c.length() - 1); head == null && len > 0; len--) {
            String prefix = Lexicon.key(toks.subList(c.first(), c.first() + len));
            head = GenderReader.get().givenName(toks.get(c.first()).text()) == null ? lex.worldPlace(prefix) : null;
        }
        return head; // "Baltimore Orioles", "Houston Chronicle"; not "Jackson Browne"
    }

    /** Compass words or an adjective before a known place: "South East Asia", "Southern Indiana", "Saharan Africa". */
    boolean isRegionOf(List<Token> toks, Candidate c) {
        int k = c.first();
        while (k < c.last() && (lex.placeWord(toks.get(k).text()) == PlaceWordKind.PREFIX
                || k == c.first() && lex.demonymAdjective(toks.get(k).text()) == null
                        && (toks.get(k).tag().equals("ADJ") || afterHyphen(toks, k)))) {
            k++;
        }
        GazetteerEntry rest = k > c.first() ? lex.entry(Lexicon.key(toks.subList(k, c.last() + 1))) : null;
        return rest != null && rest.type() == ActorType.LOCATION;
    }

    /** A known place, then a compass word: "Kowloon East", "Jerusalem West" (a part of it). */
    boolean isQuarterOf(List<Token> toks, Candidate c) {
        if (c.length() != 2 || !Lexicon.is(CueRole.COMPASS_SUFFIX, toks.get(c.last()).text())) {
            return false;
        }
        String w = toks.get(c.first()).text();
        GazetteerEntry e = lex.entry(w);
        boolean place = e != null ? e.type() == ActorType.LOCATION : lex.worldPlace(w) != null;
        return place && GenderReader.get().givenName(w) == null; // "Jordan West" is a person
    }

    /** A name followed by a comma and a known state or country in the same sentence, not led by a given name. */
    boolean beforeItsRegion(List<Token> toks, Candidate c) {
        int comma = c.last() + 1;
        if (comma + 1 >= toks.size() || !toks.get(comma).text().equals(",") || lex.isFirstName(toks.get(c.first()).text())
                || toks.get(comma + 1).sentence() != toks.get(c.last()).sentence()) {
            return false;
        }
        for (int len = 1; len <= 2 && comma + len < toks.size(); len++) {
            GazetteerEntry e = lex.entry(Lexicon.key(toks.subList(comma + 1, comma + 1 + len)));
            if (e != null && e.type() == ActorType.LOCATION && (Subtype.REGION == e.subtype() || Subtype.COUNTRY == e.subtype())) {
                int after = comma + 1 + len;
                return after >= toks.size() || !toks.get(after).isCapitalised(); // not "Paris, Texas Instruments"
            }
        }
        return false;
    }

    /** "sub-Saharan": a word glued to a hyphenated prefix before it. */
    private static boolean afterHyphen(List<Token> toks, int k) {
        return k > 0 && toks.get(k - 1).text().endsWith("-") && toks.get(k - 1).to() == toks.get(k).from();
    }
}
