package dev.extract.actors;

import dev.extract.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sports clubs: names in results rows ({@link ResultsRows}) and, one sense per article, their other mentions; in a
 * sports report, a city's name outside a place phrase. Stateless apart from the lexicon.
 */
final class SportsTeams {
    private static final int SPORTS_WORDS = 3;
    /** Mentions of a country that must play a match in the prose before it counts as its national side throughout. */
    private static final int SIDE_CUES = 2;
    private final Lexicon lex;

    SportsTeams(Lexicon lex) {
        this.lex = lex;
    }

    /** A name in a results row that is no person (given name, initial) and no country (national sides stay places). */
    boolean isTeam(List<Token> toks, Candidate c, ResultsRows rows) {
        if (c.kind() != CandidateKind.NAME || c.entry() != null && c.entry().subtype() == Subtype.COUNTRY
                || c.entry() != null && c.entry().type() != ActorType.LOCATION
                || c.length() >= 2 && lex.isFirstName(toks.get(c.first()).text())
                || RunSplitter.startsWithInitial(toks, c.first(), c.last())
                || NameShape.isPlainName(c.key()) && !namesPlace(toks, c)) {
            return false; // "Alec Stewart 3 5 0 396" is a player; "Hansa Rostock 0 Hamburg 1" are clubs
        }
        return rows.isTeam(c.first(), c.last());
    }

    /** Whether a word of the name is a known place: "Rostock" in "Hansa Rostock". */
    private boolean namesPlace(List<Token> toks, Candidate c) {
        for (int t = c.first(); t <= c.last(); t++) {
            String w = toks.get(t).text();
            GazetteerEntry e = lex.entry(w);
            if (e != null && e.type() == ActorType.LOCATION || lex.worldPlace(w) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * One sense per article: a name the results rows show as a team is the team in its other mentions too ("Marseille
     * restored some pride"), except in a dateline or after a place preposition ("In Kansas City, Guzman tossed").
     * In a sports report (results rows or sports words) a city's or region's name is its club in the same way ("lost to
     * Cesena", "Kent beat Sussex by five wickets").
     */
    void throughout(List<Token> toks, List<Candidate> cands, ActorType[] type, Subtype[] subtype) {
        Set<String> teams = new HashSet<>();
        for (int k = 0; k < cands.size(); k++) {
            if (Subtype.TEAM.equals(subtype[k])) {
                teams.add(teamKey(cands.get(k)));
            }
        }
        boolean sports = !teams.isEmpty() || isSportsReport(toks);
        for (int k = 0; k < cands.size() && sports; k++) {
            Candidate c = cands.get(k);
            boolean placed = isPlaced(toks, c);
            boolean city = Subtype.CITY == subtype[k] || Subtype.WORLD_CITY.equals(subtype[k]) || Subtype.REGION == subtype[k] || Subtype.WORLD_REGION == subtype[k];
            if (c.kind() == CandidateKind.NAME && !placed && !ActorType.PERSON.equals(type[k]) && !ActorType.GROUP.equals(type[k])
                    && (teams.contains(teamKey(c)) || city)) {
                type[k] = ActorType.ORGANIZATION;
                subtype[k] = Subtype.TEAM;
            }
        }
        if (sports) {
            nationalSides(toks, cands, type, subtype);
            venues(toks, cands, type, subtype);
        }
    }

    /**
     * One sense per article: in a sports report, a country that plays a match in two or more of its mentions ("Sweden
     * defeated South Korea", "Tunisia's coach", "a late goal for Belgium") is its national side, an organisation, in
     * its other mentions too, except after a place preposition or in a dateline. Once only ("Australia beat Zimbabwe")
     * is too little to tell a side from the country of a wire report.
     */
    private void nationalSides(List<Token> toks, List<Candidate> cands, ActorType[] type, Subtype[] subtype) {
        Map<String, Integer> plays = new HashMap<>();
        for (Candidate c : cands) {
            if (isCountry(c) && !NameShape.isAllCaps(toks.get(c.first()).text()) && playsAsSide(toks, c)) { // a headline in capitals repeats the lead
                plays.merge(c.entry().name(), 1, Integer::sum);
            }
        }
        for (int k = 0; k < cands.size() && !plays.isEmpty(); k++) {
            Candidate c = cands.get(k);
            if (isCountry(c) && plays.getOrDefault(c.entry().name(), 0) >= SIDE_CUES && !isPlaced(toks, c)) {
                type[k] = ActorType.ORGANIZATION;
                subtype[k] = Subtype.TEAM;
            }
        }
    }

    /** In a sports report "at" before an unknown name votes for a place, as "in" does elsewhere: "played at Edgbaston". */
    private static void venues(List<Token> toks, List<Candidate> cands, ActorType[] type, Subtype[] subtype) {
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            if (type[k] == null && subtype[k] == null && c.first() > 0 && Lexicon.is(CueRole.VENUE_PREPOSITION, toks.get(c.first() - 1).lower())) {
                subtype[k] = Subtype.IN_PLACE;
            }
        }
    }

    private static boolean isCountry(Candidate c) {
        return c.kind() == CandidateKind.NAME && c.entry() != null && c.entry().subtype() == Subtype.COUNTRY;
    }

    /** "Sweden defeated", "faced Panama", "lost 1 – 2 to England", "Tunisia's goalkeeper", "Panama coach". */
    private static boolean playsAsSide(List<Token> toks, Candidate c) {
        int sentence = toks.get(c.first()).sentence();
        int after = c.last() + 1;
        boolean owner = after < toks.size() && NameFinder.isPossessive(toks.get(after));
        int member = owner ? after + 1 : after;
        if (member < toks.size() && toks.get(member).sentence() == sentence && Lexicon.is(CueRole.SIDE_MEMBER, toks.get(member).lower())
                || !owner && after < toks.size() && toks.get(after).sentence() == sentence && Lexicon.is(CueRole.SIDE_ACTION, toks.get(after).lower())) {
            return true;
        }
        int before = c.first() - 1;
        if (before < 0 || toks.get(before).sentence() != sentence) {
            return false;
        }
        String one = toks.get(before).lower();
        return Lexicon.is(CueRole.SIDE_OPPONENT, one)
                || before > 0 && toks.get(before - 1).sentence() == sentence && Lexicon.is(CueRole.SIDE_OPPONENT, toks.get(before - 1).lower() + " " + one);
    }

    /** In a dateline or after a place preposition: "In Kansas City, Guzman tossed", "at Sochi". */
    private boolean isPlaced(List<Token> toks, Candidate c) {
        return c.place() || c.first() > 0 && (lex.isPlacePreposition(toks.get(c.first() - 1).lower())
                || Lexicon.is(CueRole.TEAM_PLACE_MARKER, toks.get(c.first() - 1).lower()));
    }

    /** An article with three or more distinct words of sports reports ("striker", "innings", "standings"). */
    private boolean isSportsReport(List<Token> toks) {
        Set<String> seen = new HashSet<>();
        for (Token t : toks) {
            if (lex.isSportsWord(t.lower()) && seen.add(t.lower()) && seen.size() >= SPORTS_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** The name of a team as the article's mentions share it: "NEW YORK" and "New York" are one. */
    static String teamKey(Candidate c) {
        if (c.entry() != null) {
            return c.entry().name();
        }
        return NameShape.isAllCaps(c.key()) ? DatelineReader.wordCase(c.key()) : c.key();
    }
}
