package dev.extract.actors;

import static dev.extract.actors.ActorType.GROUP;
import static dev.extract.actors.ActorType.LOCATION;
import static dev.extract.actors.ActorType.ORGANIZATION;
import static dev.extract.actors.ActorType.PERSON;

import dev.extract.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The evidence each mention gives of its actor's type, before the mentions of one actor are weighed together
 * ({@link AliasResolver}): context (a title, "X's shares", a results row), gazetteers, head words ("Airlines",
 * "Airport"), the name's shape, and weak votes ("in X", "X said") that count only per actor.
 */
final class TypeEvidence {
    /** Digits, dots or ampersands: a code or an abbreviation ("AT&T", "L.A."), not a person. */
    private static final Pattern CODE_CHARS = Pattern.compile("[0-9.&]");

    private final Lexicon lex;
    private final SportsTeams teams;
    private final PlaceEvidence places;
    private final ContextCues cues;

    TypeEvidence(Lexicon lex, SportsTeams teams) {
        this.lex = lex;
        this.teams = teams;
        this.places = new PlaceEvidence(lex);
        this.cues = new ContextCues(lex);
    }

    /** What the mention itself and its context say of its type, strongest signal first; nothing for no evidence. */
    void read(List<Token> toks, Candidate c, int k, ActorType[] type, Subtype[] subtype, ResultsRows rows) {
        if (c.group()) {
            type[k] = GROUP;
            subtype[k] = Subtype.NATIONALITY;
        } else if (c.person() && c.kind() == CandidateKind.NAME) {
            type[k] = PERSON; // "President Ford" is no carmaker
        } else if (cues.ownsCompanyThings(toks, c)) {
            type[k] = ORGANIZATION; // "Wells Fargo's shares": people own no shares of their own
        } else if (c.kind() == CandidateKind.NAME && c.entry() == null && rows.isPlayer(c.first(), c.last())) {
            type[k] = PERSON; // "Nilis 42nd", "c Hussain b Mullally": scorers, fielders, bowlers
        } else if (teams.isTeam(toks, c, rows)) {
            type[k] = ORGANIZATION; // "BOSTON 6 Oakland 4": clubs named after their cities
            subtype[k] = Subtype.TEAM;
        } else if (c.entry() != null) {
            type[k] = c.entry().type();
            subtype[k] = c.entry().subtype();
        } else if (c.place()) {
            type[k] = LOCATION; // the place of a dateline
            subtype[k] = Subtype.CITY;
        } else if (ContextCues.isBasedIn(toks, c) || ContextCues.isPlaceOf(toks, c)) {
            type[k] = LOCATION; // "the Zorbex-based firm", "a Tarnow-born poet", "the town of Yeoncheon"
        } else if (((c.length() >= 3 || lex.orgWord(toks.get(c.last()).text()) == Subtype.COMPANY) // not "Shirley Temple", "Jim Courier"
                && NameFinder.isGivenName(lex, toks.get(c.first()).text())
                || c.length() >= 3 && RunSplitter.startsWithInitial(toks, c.first(), c.last()))
                && headWords(toks, c, k, type, subtype)) {
            return; // "Andy Warhol Foundation", "Adam Air", "W. County Road": the head word wins over the given name or initial
        } else if (c.person() || (c.length() >= 2 && lex.isFirstName(toks.get(c.first()).text()) && c.key().indexOf('&') < 0) // not "Douglas & Lomason"
                || withParticle(toks, c)
                || RunSplitter.startsWithInitial(toks, c.first(), c.last())) {
            type[k] = PERSON;
        } else if (c.organisation()) {
            type[k] = ORGANIZATION;
        } else {
            unknownName(toks, c, k, type, subtype);
        }
    }

    /** A name no gazetteer, title or context types: its words and shape decide, else weak votes. */
    private void unknownName(List<Token> toks, Candidate c, int k, ActorType[] type, Subtype[] subtype) {
        // the last organisation or place word decides: "Singapore Airlines", "Chiang Mai International Airport"
        headWords(toks, c, k, type, subtype);
        int of = c.key().indexOf(" of ");
        GazetteerEntry within = of > 0 && lex.orgWord(c.key().substring(0, of)) == null ? lex.entry(c.key().substring(of + 4)) : null;
        if (type[k] == null && within != null && within.type() == LOCATION) {
            type[k] = LOCATION; // "State of Texas", "Isle of Wight"
            subtype[k] = Subtype.REGION;
        }
        nameShape(toks, c, k, type, subtype);
        lastResorts(toks, c, k, type, subtype);
    }

    /** A region, a club named after its city, an arm of a known name, a given name, a town before its state. */
    private void nameShape(List<Token> toks, Candidate c, int k, ActorType[] type, Subtype[] subtype) {
        GazetteerEntry head = places.knownPrefix(toks, c);
        GazetteerEntry last = lex.entry(toks.get(c.last()).text());
        boolean cityLast = last != null && last.subtype() == Subtype.CITY || last == null && lex.worldCity(toks.get(c.last()).text()) != null
                && GenderReader.get().givenName(toks.get(c.first()).text()) == null; // not "Lindsay Davenport"
        if (type[k] == null && (places.isRegionOf(toks, c) || places.isQuarterOf(toks, c))) {
            type[k] = LOCATION; // "East Los Angeles", "South East Asia", "sub-Saharan Africa"
            subtype[k] = Subtype.REGION;
        } else if (type[k] == null && c.length() == 2 && head == null && cityLast
                && !lex.isFirstName(toks.get(c.first()).text())) {
            subtype[k] = Subtype.CITY_NAMED; // "Inter Milan": a club named after its city, unless a surname ("Valeska Paris")
        } else if (type[k] == null && head != null && c.length() > 1 && head.subtype() != Subtype.COUNTRY) {
            // "Boeing Commercial Airplanes" is Boeing's; "LA Weekly" is named after a city, not one
            type[k] = ORGANIZATION;
            subtype[k] = head.type() == ORGANIZATION ? head.subtype() : null;
        } else if (type[k] == null && c.length() == 1 && lex.isFirstName(c.key())) {
            type[k] = PERSON; // "Daniel" alone, when no full name takes it
        } else if (type[k] == null && places.beforeItsRegion(toks, c)) {
            type[k] = LOCATION; // "Evansville, Indiana", "Irving, Texas": a town before its state or country
            subtype[k] = Subtype.CITY;
        } else if (type[k] == null && c.first() > 0 && lex.isPlacePreposition(toks.get(c.first() - 1).lower())) {
            subtype[k] = Subtype.IN_PLACE; // "grown in Zarvania": a weak vote, counted per actor in settle()
        }
    }

    /** The weakest evidence, when nothing else spoke: world lists, capitals or codes, "the X", "X said". */
    private void lastResorts(List<Token> toks, Candidate c, int k, ActorType[] type, Subtype[] subtype) {
        GazetteerEntry world = type[k] == null ? lex.worldPlace(c.key()) : null;
        if (world != null && !lex.isFirstName(toks.get(c.first()).text())) {
            type[k] = LOCATION; // "Surabaya", "Saskatchewan": a place of the world lists, when nothing else speaks
            subtype[k] = world.subtype() == Subtype.CITY ? Subtype.WORLD_CITY : Subtype.WORLD_REGION;
        }
        if (type[k] == null && (NameShape.isAllCaps(c.key()) || CODE_CHARS.matcher(c.key()).find())) {
            type[k] = ORGANIZATION;
        }
        if (type[k] == null && c.length() == 1 && c.first() > 0 && toks.get(c.first() - 1).lower().equals("the")) {
            type[k] = ORGANIZATION; // "the Commonwealth", "the Pentagon": no person is "the" Smith
        }
        if (type[k] == null && c.length() == 1 && cues.speaksAsPerson(toks, c.last() + 1)) {
            subtype[k] = Subtype.SPEAKER; // "Tsang said": a weak vote, counted per actor in settle()
        }
    }

    /** "Max van Heeswijk", "Joost van der Westhuizen": a given name, then a particle inside the name. */
    private static boolean withParticle(List<Token> toks, Candidate c) {
        if (c.length() < 3 || !NameFinder.isGivenName(Lexicon.get(), toks.get(c.first()).text())) {
            return false;
        }
        for (int t = c.first() + 1; t < c.last(); t++) {
            if (Lexicon.is(CueRole.NAME_PARTICLE, toks.get(t).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last organisation or place word decides: "Singapore Airlines", "Chiang Mai International Airport";
     * two words together may override it ("European Central Bank"). Returns whether one was found.
     */
    private boolean headWords(List<Token> toks, Candidate c, int k, ActorType[] type, Subtype[] subtype) {
        boolean found = false;
        for (int t = c.first(); t <= c.last() && (c.length() > 1 || c.kind() == CandidateKind.ACRONYM); t++) {
            String w = toks.get(t).text();
            if (lex.orgWord(w) != null) {
                type[k] = ORGANIZATION;
                subtype[k] = lex.orgWord(w);
                found = true;
            } else if (lex.placeWord(w) != null && (t > c.first() || t < c.last() && toks.get(t + 1).lower().equals("of"))
                    && lex.placeWord(w).subtype() != null) { // "Chiang Mai International Airport", "Museum of Flight"
                type[k] = LOCATION;
                subtype[k] = lex.placeWord(w).subtype();
                found = true;
            } else if (t == c.last() && t > c.first() && lex.placeWord(w) == PlaceWordKind.OPENER) {
                type[k] = LOCATION; // "N. Main St": a saint's abbreviation that ends a name is a street's
                subtype[k] = Subtype.FACILITY;
                found = true;
            }
        }
        for (int t = c.first(); found && t < c.last(); t++) {
            Subtype phrase = lex.orgPhrase(toks.get(t).text() + " " + toks.get(t + 1).text());
            if (phrase != null) {
                type[k] = ORGANIZATION;
                subtype[k] = phrase;
            }
        }
        return found;
    }

    /** Unknown full names: a later bare last word says person ("Nesbit"), a bare first word company ("Northrop"). */
    static void surnamesAndPrefixes(List<Candidate> cands, ActorType[] type) {
        Set<String> singles = new HashSet<>();
        for (Candidate c : cands) {
            if (c.length() == 1 && (c.entry() == null || c.kind() == CandidateKind.METONYM) && !c.group() && !RunSplitter.isAcronym(c.key())) {
                singles.add(c.key()); // an acronym ("DAB" after "Pro-Beijing DAB") is no surname
            }
        }
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            String[] words = c.key().split(" ");
            if (type[k] != null || words.length < 2) {
                continue;
            }
            if (singles.contains(words[words.length - 1])) {
                type[k] = PERSON;
            } else if (singles.contains(words[0])) {
                type[k] = ORGANIZATION;
            }
        }
    }
}
