package dev.extract.actors;

import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import static dev.extract.actors.ActorType.GROUP;
import static dev.extract.actors.ActorType.LOCATION;
import static dev.extract.actors.ActorType.ORGANIZATION;
import static dev.extract.actors.ActorType.PERSON;

/**
 * Groups the mentions of one article into actors and settles each actor's type: same gazetteer entry or
 * same name, acronym defined in brackets or by initials, a bare surname to the one person who has it, a
 * short company name to the one longer name it starts. Never merges people on a shared first name.
 */
final class AliasResolver {
    /** Digits, dots or ampersands: a code or an abbreviation ("AT&T", "L.A."), not a person. */
    private static final Pattern CODE_CHARS = Pattern.compile("[0-9.&]");
    /** Plain capitalised words; possessive quotes and hyphens allowed ("Michael O'Leary", "Wu Chi-wai"). */
    static final Pattern PLAIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)+");

    private final Lexicon lex;
    private final SportsTeams teams;
    private final PlaceEvidence places;
    private final ContextCues cues;

    AliasResolver(Lexicon lex) {
        this.lex = lex;
        this.teams = new SportsTeams(lex);
        this.places = new PlaceEvidence(lex);
        this.cues = new ContextCues(lex);
    }

    /** The candidates of each actor, in order of first mention, with their type and subtype. */
    record Cluster(List<Candidate> members, ActorType type, Subtype subtype) {
    }

    List<Cluster> resolve(List<Token> toks, List<Candidate> found) {
        List<Candidate> cands = rejoin(toks, found);
        int n = cands.size();
        int[] parent = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = k;
        }
        ActorType[] type = new ActorType[n];
        Subtype[] subtype = new Subtype[n];
        ResultsRows rows = new ResultsRows(toks);
        for (int k = 0; k < n; k++) {
            evidence(toks, cands.get(k), k, type, subtype, rows);
        }
        surnameAndPrefixEvidence(cands, type);
        teams.throughout(toks, cands, type, subtype);
        Map<String, Integer> byIdentity = new HashMap<>();
        for (int k = 0; k < n; k++) {
            String id = subtype[k] == Subtype.TEAM ? "team:" + SportsTeams.teamKey(cands.get(k)) : identity(cands.get(k));
            Integer other = byIdentity.putIfAbsent(id, k);
            if (other != null) {
                union(parent, other, k);
            }
        }
        for (int k = 0; k < n; k++) {
            Candidate c = cands.get(k);
            if (c.aliasOf() != null) {
                for (int m = k - 1; m >= 0; m--) {
                    if (cands.get(m).key().equals(c.aliasOf())) {
                        union(parent, m, k);
                        break;
                    }
                }
            }
        }
        surnames(cands, type, parent);
        for (int k = 0; k < n; k++) {
            Candidate c = cands.get(k);
            Integer state = c.kind() == CandidateKind.METONYM && !PERSON.equals(type[k]) ? byIdentity.get(identity(c.entry())) : null;
            if (state != null) {
                union(parent, state, k);
            }
        }
        AliasLinks.prefixes(cands, type, parent);
        AliasLinks.divisions(lex, toks, cands, type, parent);
        AliasLinks.descriptions(cands, type, parent);
        AliasLinks.heads(cands, type, parent);
        AliasLinks.nicknames(lex, cands, type, parent);
        AliasLinks.initials(cands, type, parent);
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            groups.computeIfAbsent(find(parent, k), r -> new ArrayList<>()).add(k);
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.stream().anyMatch(k -> cands.get(k).kind() != CandidateKind.DESCRIPTION && cands.get(k).kind() != CandidateKind.HEAD)) {
                out.add(settle(cands, g, type, subtype)); // a description or bare head word that fits no one is dropped
            }
        }
        return out;
    }

    /**
     * "China Eastern" after "China Eastern Airlines": a country and a word split apart that together begin a
     * longer name of the article are one short form of it.
     */
    private static List<Candidate> rejoin(List<Token> toks, List<Candidate> cands) {
        Set<String> prefixes = new HashSet<>(); // proper word prefixes of names of three or more tokens
        for (Candidate c : cands) {
            if (c.length() > 2) {
                for (int sp = c.key().indexOf(' '); sp > 0; sp = c.key().indexOf(' ', sp + 1)) {
                    prefixes.add(c.key().substring(0, sp));
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            Candidate d = k + 1 < cands.size() ? cands.get(k + 1) : null;
            String joined = d != null && d.first() == c.last() + 1 && c.kind() == CandidateKind.NAME && d.kind() == CandidateKind.NAME
                    ? Lexicon.key(toks.subList(c.first(), d.last() + 1)) : null;
            if (joined != null && prefixes.contains(joined)) {
                out.add(new Candidate(c.first(), d.last(), joined, CandidateKind.NAME, null, false, c.title(), c.person(), c.country(), false, null));
                k++;
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private void evidence(List<Token> toks, Candidate c, int k, ActorType[] type, Subtype[] subtype, ResultsRows rows) {
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
        } else if (ContextCues.isBasedIn(toks, c)) {
            type[k] = LOCATION; // "the Zorbex-based firm", "a Tarnow-born poet"
        } else if (c.length() >= 3 && lex.isFirstName(toks.get(c.first()).text()) && headWords(toks, c, k, type, subtype)) {
            return; // "Andy Warhol Foundation", "Jimmy Carter Center": the head word wins over the given name
        } else if (c.person() || (c.length() >= 2 && lex.isFirstName(toks.get(c.first()).text()))
                || RunSplitter.startsWithInitial(toks, c.first(), c.last())) {
            type[k] = PERSON;
        } else if (c.organisation()) {
            type[k] = ORGANIZATION;
        } else {
            // the last organisation or place word decides: "Singapore Airlines", "Chiang Mai International Airport"
            headWords(toks, c, k, type, subtype);
            int of = c.key().indexOf(" of ");
            Lexicon.Entry within = of > 0 && lex.orgWord(c.key().substring(0, of)) == null ? lex.entry(c.key().substring(of + 4)) : null;
            if (type[k] == null && within != null && within.type() == LOCATION) {
                type[k] = LOCATION; // "State of Texas", "Isle of Wight"
                subtype[k] = Subtype.REGION;
            }
            Lexicon.Entry head = places.knownPrefix(toks, c);
            Lexicon.Entry last = lex.entry(toks.get(c.last()).text());
            boolean cityLast = last != null && last.subtype() == Subtype.CITY || last == null && lex.worldCity(toks.get(c.last()).text()) != null
                    && GenderReader.get().givenName(toks.get(c.first()).text()) == null; // not "Lindsay Davenport"
            if (type[k] == null && places.isRegionOf(toks, c)) {
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
            Lexicon.Entry world = type[k] == null ? lex.worldPlace(c.key()) : null;
            if (world != null && !lex.isFirstName(toks.get(c.first()).text())) {
                type[k] = LOCATION; // "Surabaya", "Saskatchewan": a place of the world lists, when nothing else speaks
                subtype[k] = world.subtype() == Subtype.CITY ? Subtype.WORLD_CITY : Subtype.WORLD_REGION;
            }
            if (type[k] == null && (NameFinder.isAllCaps(c.key()) || CODE_CHARS.matcher(c.key()).find())) {
                type[k] = ORGANIZATION;
            }
            if (type[k] == null && c.length() == 1 && c.first() > 0 && toks.get(c.first() - 1).lower().equals("the")) {
                type[k] = ORGANIZATION; // "the Commonwealth", "the Pentagon": no person is "the" Smith
            }
            if (type[k] == null && c.length() == 1 && cues.speaksAsPerson(toks, c.last() + 1)) {
                subtype[k] = Subtype.SPEAKER; // "Tsang said": a weak vote, counted per actor in settle()
            }
        }
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
    private static void surnameAndPrefixEvidence(List<Candidate> cands, ActorType[] type) {
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

    private static String identity(Candidate c) {
        if (c.kind() == CandidateKind.DESCRIPTION) {
            return "description:" + c.first();
        }
        if (c.kind() == CandidateKind.HEAD) {
            return "head:" + c.key();
        }
        if (c.group()) {
            return "group:" + c.country();
        }
        if (c.kind() == CandidateKind.METONYM) {
            return "metonym:" + c.key(); // joins its country after surnames had their say ("Valeska Paris")
        }
        return c.entry() != null ? identity(c.entry()) : "name:" + c.key();
    }

    private static String identity(Lexicon.Entry e) {
        return "entry:" + e.name() + "/" + e.type();
    }

    /** A bare surname ("Putin", "President Putin") joins the one full name ending in it. */
    private void surnames(List<Candidate> cands, ActorType[] type, int[] parent) {
        Map<String, Set<Integer>> bySurname = new HashMap<>();
        Map<String, Set<Integer>> byFirstName = new HashMap<>();
        for (int k = 0; k < cands.size(); k++) {
            String[] words = cands.get(k).key().split(" ");
            if (PERSON.equals(type[k]) && words.length >= 2) {
                bySurname.computeIfAbsent(words[words.length - 1], w -> new HashSet<>()).add(find(parent, k));
                byFirstName.computeIfAbsent(words[0], w -> new HashSet<>()).add(find(parent, k));
            }
        }
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            boolean bare = c.key().indexOf(' ') < 0 && !c.group() && (c.kind() == CandidateKind.NAME || c.kind() == CandidateKind.METONYM); // also "Okafor-Liu"
            Set<Integer> roots = bare ? bySurname.get(c.key()) : null;
            if (roots == null && bare && c.entry() == null && lex.isFirstName(c.key()) && byFirstName.getOrDefault(c.key(), Set.of()).size() == 1) {
                roots = byFirstName.get(c.key()); // "Daniel" after "Daniel Montalvo", when he is the only Daniel
            }
            if (roots != null && roots.size() == 1) {
                union(parent, roots.iterator().next(), k);
            }
            if (roots != null) {
                type[k] = PERSON; // with two Smiths, "Smith" stays apart but is still a person
            }
        }
    }

    private Cluster settle(List<Candidate> cands, List<Integer> g, ActorType[] type, Subtype[] subtype) {
        List<Candidate> members = new ArrayList<>();
        ActorType t = null;
        Subtype sub = null;
        int rank = 0;
        for (int k : g) {
            members.add(cands.get(k));
            int r = type[k] == null ? 0 : type[k].equals(PERSON) ? 5 : type[k].equals(GROUP) ? 6
                    : subtype[k] == Subtype.TEAM ? 4 : cands.get(k).entry() != null ? 3 // a team row outweighs the city
                    : subtype[k] == Subtype.WORLD_CITY || subtype[k] == Subtype.WORLD_REGION ? 1 : 2;
            if (r > rank) {
                rank = r;
                t = type[k];
                sub = subtype[k];
            }
        }
        long placeVotes = g.stream().filter(k -> subtype[k] == Subtype.IN_PLACE).count();
        if (t == null && placeVotes * 2 > g.size()) {
            t = LOCATION; // most mentions follow "in" or "near"
            sub = null;
        } else if (t == null && g.stream().filter(k -> subtype[k] == Subtype.SPEAKER).count() * 2 >= g.size()) {
            t = PERSON; // half or more of the mentions speak: "Kucan said", "Tsang told reporters"
            sub = null;
        } else if (t == null && g.stream().anyMatch(k -> subtype[k] == Subtype.CITY_NAMED)) {
            t = ORGANIZATION;
            sub = null;
        } else if (t == null && members.get(0).length() > 1 && lex.placeWord(members.get(0).key().split(" ")[0]) == PlaceWordKind.PREFIX) {
            t = LOCATION; // "West Midlands", "North Kivu": a compass word before an unknown name
            sub = Subtype.REGION;
        } else if (t == null) {
            t = looksLikePersonName(members) ? PERSON : ORGANIZATION;
            sub = null;
        }
        if (t != ORGANIZATION && t != LOCATION && t != GROUP) {
            sub = null;
        }
        if (sub == Subtype.WORLD_CITY || sub == Subtype.WORLD_REGION) {
            sub = sub == Subtype.WORLD_CITY ? Subtype.CITY : Subtype.REGION;
        }
        return new Cluster(members, t, sub);
    }

    /** With no evidence either way, two or three plain capitalised words are a person's name, unless a place prefix opens them. */
    private boolean looksLikePersonName(List<Candidate> members) {
        for (Candidate c : members) {
            String[] words = c.key().split(" ");
            PlaceWordKind opening = lex.placeWord(words[0]);
            if (opening == PlaceWordKind.PREFIX || opening == PlaceWordKind.OPENER) {
                continue; // "St Pauli", "Port Vale", "North Melbourne": a place prefix opens no person's name
            }
            boolean owner = c.key().contains("'s ") || c.key().contains("’s "); // "Whole Woman's Health"
            if (words.length >= 2 && words.length <= 3 && !owner && PLAIN_NAME.matcher(c.key()).matches()) {
                return true;
            }
        }
        return false;
    }

    static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
