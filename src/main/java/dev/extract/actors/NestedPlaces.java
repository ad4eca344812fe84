package dev.extract.actors;

import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places named inside an organisation's name, as mentions of their own: "University of Southern Indiana", "Doctor Who
 * Society of Canada" (a known place after "of" or "at"), and the state that opens a body of its government
 * ("U.S. Department of Agriculture", "UK Government"; not the armed forces, "US Air Force", which MEANTIME keeps whole). A fact-checker asking where the article points
 * finds them; the organisation keeps its whole name. Companies and clubs named after a place ("Qatar Airways",
 * "Manchester United", "Bank of America") say nothing of the place itself and keep none.
 */
final class NestedPlaces {
    private final Lexicon lex;
    private final PlaceEvidence places;

    NestedPlaces(Lexicon lex) {
        this.lex = lex;
        this.places = new PlaceEvidence(lex);
    }

    /** The clusters with the nested places added: to the place's own actor when the article names it, else as a new one. */
    List<Cluster> add(List<Token> toks, List<Cluster> clusters) {
        List<Candidate> found = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.type() == ActorType.ORGANIZATION && c.subtype() != Subtype.COMPANY && c.subtype() != Subtype.TEAM) {
                for (Candidate m : c.members()) {
                    // a known organisation ("Bank of England") is one name of the gazetteer
                    Candidate inner = m.kind() == CandidateKind.NAME && m.entry() == null ? inner(toks, m, c.subtype()) : null;
                    if (inner != null) {
                        found.add(inner);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return clusters;
        }
        List<Cluster> out = new ArrayList<>(clusters);
        Map<String, Integer> byPlace = new HashMap<>();
        for (int k = 0; k < out.size(); k++) {
            if (out.get(k).type() == ActorType.LOCATION) {
                for (Candidate m : out.get(k).members()) {
                    byPlace.putIfAbsent(placeKey(m), k);
                }
            }
        }
        for (Candidate p : found) {
            Integer k = byPlace.get(placeKey(p));
            if (k == null) {
                byPlace.put(placeKey(p), out.size());
                out.add(new Cluster(new ArrayList<>(List.of(p)), ActorType.LOCATION, p.entry() == null ? Subtype.REGION : p.entry().subtype()));
            } else {
                List<Candidate> members = new ArrayList<>(out.get(k).members());
                members.add(p);
                members.sort(Comparator.comparingInt(Candidate::first));
                out.set(k, new Cluster(members, out.get(k).type(), out.get(k).subtype()));
            }
        }
        return out;
    }

    private static String placeKey(Candidate c) {
        return c.entry() != null ? "entry:" + c.entry().name() : "name:" + c.key();
    }

    /** The place inside mention {@code m} of an organisation, or null. */
    private Candidate inner(List<Token> toks, Candidate m, Subtype subtype) {
        for (int t = m.first() + 1; t < m.last(); t++) {
            String w = toks.get(t).text();
            if (Lexicon.is(CueRole.NESTED_PLACE_MARKER, w)) {
                int from = t + 1 < m.last() && toks.get(t + 1).lower().equals("the") ? t + 2 : t + 1;
                Candidate after = placeFrom(toks, from, m.last());
                if (after != null) {
                    return after;
                }
                break; // the first "of" decides
            }
        }
        if (subtype == Subtype.GOVERNMENT) {
            for (int last = Math.min(m.last() - 1, m.first() + Lexicon.MAX_NAME_TOKENS - 1); last >= m.first(); last--) {
                GazetteerEntry e = lex.entry(Lexicon.key(toks.subList(m.first(), last + 1)));
                if (e != null && e.subtype() == Subtype.COUNTRY) {
                    return place(toks, m.first(), last, e); // "U.S. Department of Agriculture", "UK Government"
                }
            }
        }
        return null;
    }

    /** The longest known place opening tokens {@code [from, last]}: "North Carolina" of "North Carolina at Greensboro". */
    private Candidate placeFrom(List<Token> toks, int from, int last) {
        for (int end = Math.min(last, from + Lexicon.MAX_NAME_TOKENS - 1); end >= from; end--) {
            if (!toks.get(from).isCapitalised()) {
                return null;
            }
            GazetteerEntry e = lex.entry(Lexicon.key(toks.subList(from, end + 1)));
            if (e != null && e.type() == ActorType.LOCATION) {
                return place(toks, from, end, e);
            }
            Candidate region = new Candidate(from, end, Lexicon.key(toks.subList(from, end + 1)), CandidateKind.NAME, null, false,
                    null, false, null, false, null);
            if (end > from && places.isRegionOf(toks, region)) {
                return region; // "University of Southern Indiana"
            }
        }
        return null;
    }

    private static Candidate place(List<Token> toks, int first, int last, GazetteerEntry e) {
        return new Candidate(first, last, Lexicon.key(toks.subList(first, last + 1)), CandidateKind.NAME, e, false, null, false,
                null, false, null);
    }
}
