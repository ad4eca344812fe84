package dev.extract.actors;

import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import static dev.extract.actors.ActorType.GROUP;
import static dev.extract.actors.ActorType.LOCATION;
import static dev.extract.actors.ActorType.ORGANIZATION;
import static dev.extract.actors.ActorType.PERSON;
import static dev.extract.actors.UnionFind.find;
import static dev.extract.actors.UnionFind.union;

/**
 * Groups the mentions of one article into actors and settles each actor's type: same gazetteer entry or
 * same name, acronym defined in brackets or by initials, a bare surname to the one person who has it, a
 * short company name to the one longer name it starts. Never merges people on a shared first name.
 */
final class AliasResolver {
    private final Lexicon lex;
    private final SportsTeams teams;
    private final TypeEvidence evidence;

    AliasResolver(Lexicon lex) {
        this.lex = lex;
        this.teams = new SportsTeams(lex);
        this.evidence = new TypeEvidence(lex, teams);
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
            evidence.read(toks, cands.get(k), k, type, subtype, rows);
        }
        TypeEvidence.surnamesAndPrefixes(cands, type);
        teams.throughout(toks, cands, type, subtype);
        Map<String, Integer> byIdentity = sameIdentity(cands, subtype, parent);
        bracketAcronyms(cands, parent);
        surnames(cands, type, parent);
        for (int k = 0; k < n; k++) {
            Candidate c = cands.get(k);
            Integer state = c.kind() == CandidateKind.METONYM && !PERSON.equals(type[k]) ? byIdentity.get(identity(c.entry())) : null;
            if (state != null) {
                union(parent, state, k); // "Moscow claimed": the capital joins its state
            }
        }
        AliasLinks.prefixes(lex, toks, cands, type, parent);
        AliasLinks.afterPlace(lex, toks, cands, type, parent);
        AliasLinks.divisions(lex, toks, cands, type, parent);
        AliasLinks.descriptions(cands, type, parent);
        AliasLinks.heads(cands, type, parent);
        AliasLinks.nicknames(lex, cands, type, parent);
        AliasLinks.initials(cands, type, parent);
        return clusters(cands, type, subtype, parent);
    }

    /** Joins the mentions of one gazetteer entry, one name or one team; returns the first mention of each identity. */
    private static Map<String, Integer> sameIdentity(List<Candidate> cands, Subtype[] subtype, int[] parent) {
        Map<String, Integer> byIdentity = new HashMap<>();
        for (int k = 0; k < cands.size(); k++) {
            String id = subtype[k] == Subtype.TEAM ? "team:" + SportsTeams.teamKey(cands.get(k)) : identity(cands.get(k));
            Integer other = byIdentity.putIfAbsent(id, k);
            if (other != null) {
                union(parent, other, k);
            }
        }
        return byIdentity;
    }

    /** "Ministry of Defence (MoD)": the acronym in brackets joins the name before it. */
    private static void bracketAcronyms(List<Candidate> cands, int[] parent) {
        for (int k = 0; k < cands.size(); k++) {
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
    }

    /** One cluster per set of joined mentions, in order of first mention, each with its settled type. */
    private List<Cluster> clusters(List<Candidate> cands, ActorType[] type, Subtype[] subtype, int[] parent) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < cands.size(); k++) {
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

    private static String identity(GazetteerEntry e) {
        return "entry:" + e.name() + "/" + e.type();
    }

    /** A bare surname ("Putin", "President Putin") joins the one full name ending in it. */
    private void surnames(List<Candidate> cands, ActorType[] type, int[] parent) {
        Map<String, Set<Integer>> bySurname = new HashMap<>();
        Map<String, Set<Integer>> byFirstName = new HashMap<>();
        for (int k = 0; k < cands.size(); k++) {
            String[] words = cands.get(k).key().split(" ");
            boolean givenFirst = type[k] == null && words.length == 2 && GenderReader.get().givenName(words[0]) != null
                    && lex.entry(words[1]) == null; // "Shai Gilgeous-Alexander" before the votes say person
            if ((PERSON.equals(type[k]) || givenFirst) && words.length >= 2) {
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
        if (t != ORGANIZATION && t != LOCATION && t != GROUP || sub != null && sub.isVote()) {
            sub = null; // a weak vote decided the type (or lost to stronger evidence); it names no subtype
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
            if (words.length >= 2 && words.length <= 3 && !owner && NameShape.isPlainName(c.key()) && !NameShape.hasCodeWord(words)) {
                return true;
            }
        }
        return false;
    }
}
