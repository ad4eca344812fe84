package dev.extract.actors;

import java.util.regex.Pattern;
import static dev.extract.actors.ActorType.LOCATION;
import static dev.extract.actors.ActorType.ORGANIZATION;
import static dev.extract.actors.ActorType.PERSON;
import static dev.extract.actors.UnionFind.find;
import static dev.extract.actors.UnionFind.union;

import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alias links beyond same-name identity: short forms, arms of companies, descriptions, bare head words
 * and acronyms by initials. Each joins a mention to an actor only when exactly one actor fits. Indexed by
 * key so the work stays linear in the number of mentions.
 */
final class AliasLinks {
    private static final Pattern WORD_BREAK = Pattern.compile("[ -]");
    private AliasLinks() {
    }

    /**
     * "the Mets" after "New York Mets", "Lakers" after "Los Angeles Lakers": a bare plural word joins the one
     * organisation named as a known place and that word (city and club nickname).
     */
    static void nicknames(Lexicon lex, List<Candidate> cands, ActorType[] type, int[] parent) {
        Map<String, Set<Integer>> byNickname = new HashMap<>();
        for (int m = 0; m < cands.size(); m++) {
            String key = cands.get(m).key();
            int sp = key.lastIndexOf(' ');
            if (sp > 0 && ORGANIZATION.equals(type[m]) && key.endsWith("s") && isPlace(lex, key.substring(0, sp))) {
                byNickname.computeIfAbsent(key.substring(sp + 1), x -> new HashSet<>()).add(find(parent, m));
            }
        }
        for (int k = 0; k < cands.size() && !byNickname.isEmpty(); k++) {
            Set<Integer> roots = cands.get(k).length() == 1 && !PERSON.equals(type[k]) ? byNickname.get(cands.get(k).key()) : null;
            if (roots != null && roots.size() == 1) {
                union(parent, roots.iterator().next(), k);
            }
        }
    }

    private static boolean isPlace(Lexicon lex, String key) {
        GazetteerEntry e = lex.entry(key);
        return e != null ? e.type() == LOCATION : lex.worldPlace(key) != null;
    }

    /** "the Church" after "Church of Scientology": a bare head word joins the one organisation named with it. */
    static void heads(List<Candidate> cands, ActorType[] type, int[] parent) {
        Map<String, Set<Integer>> byWord = new HashMap<>();
        for (int m = 0; m < cands.size(); m++) {
            Candidate c = cands.get(m);
            if (c.length() > 1 && !PERSON.equals(type[m]) && c.kind() != CandidateKind.DESCRIPTION) {
                for (String w : c.key().split(" ")) {
                    byWord.computeIfAbsent(w, x -> new HashSet<>()).add(m);
                }
            }
        }
        for (int k = 0; k < cands.size(); k++) {
            if (cands.get(k).kind() != CandidateKind.HEAD) {
                continue;
            }
            Set<Integer> roots = new HashSet<>();
            for (int m : byWord.getOrDefault(cands.get(k).key(), Set.of())) {
                roots.add(find(parent, m));
            }
            if (roots.size() == 1) {
                union(parent, roots.iterator().next(), k);
            }
        }
    }

    /**
     * "Lockheed" → "Lockheed Martin", "China Eastern" → "China Eastern Airlines", "Scientology" → "Church of
     * Scientology": one longer name only; places and known names never shorten another name.
     */
    static void prefixes(Lexicon lex, List<Token> toks, List<Candidate> cands, ActorType[] type, int[] parent) {
        Map<String, List<Integer>> byPrefix = new HashMap<>(); // word prefixes of longer names, so this stays linear
        for (int m = 0; m < cands.size(); m++) {
            if (!PERSON.equals(type[m]) && !LOCATION.equals(type[m])) {
                String key = cands.get(m).key();
                for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
                    byPrefix.computeIfAbsent(key.substring(0, sp), x -> new ArrayList<>()).add(m);
                }
                int of = key.indexOf(" of ");
                if (of > 0 && ORGANIZATION.equals(type[m])) {
                    // "Scientology" for "Church of Scientology": what follows "of" names the organisation too
                    byPrefix.computeIfAbsent(key.substring(of + 4), x -> new ArrayList<>()).add(m);
                }
            }
        }
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            List<Integer> longer = byPrefix.get(c.key());
            if (longer == null || PERSON.equals(type[k]) || c.group() || c.entry() != null || c.kind() != CandidateKind.NAME
                    || placed(lex, toks, c, type[k])) {
                continue;
            }
            if (joinTheOne(parent, longer, k)) {
                type[k] = type[k] == null ? ORGANIZATION : type[k];
            }
        }
    }

    /** Joins mention {@code k} to the one actor that {@code named} mentions belong to; false when they are several. */
    private static boolean joinTheOne(int[] parent, List<Integer> named, int k) {
        Set<Integer> roots = new HashSet<>();
        for (int m : named) {
            roots.add(find(parent, m));
        }
        if (roots.size() != 1) {
            return false;
        }
        union(parent, roots.iterator().next(), k);
        return true;
    }

    /**
     * "the Thunder" after "the Oklahoma City Thunder", "the Times" after "The New York Times": an organisation named
     * after a known place is also called by the rest of its name. The bare rest joins the one such organisation.
     */
    static void afterPlace(Lexicon lex, List<Token> toks, List<Candidate> cands, ActorType[] type, int[] parent) {
        Map<String, List<Integer>> byRest = new HashMap<>();
        for (int m = 0; m < cands.size(); m++) {
            String key = cands.get(m).key();
            if (ORGANIZATION.equals(type[m]) && cands.get(m).kind() == CandidateKind.NAME) {
                for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
                    String head = key.substring(0, sp);
                    GazetteerEntry place = lex.entry(head);
                    if (place != null ? LOCATION.equals(place.type()) : lex.worldPlace(head) != null) {
                        byRest.computeIfAbsent(key.substring(sp + 1), x -> new ArrayList<>()).add(m);
                    }
                }
            }
        }
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            List<Integer> named = byRest.get(c.key());
            if (named == null || PERSON.equals(type[k]) || LOCATION.equals(type[k]) || c.group() || c.entry() != null
                    || c.kind() != CandidateKind.NAME) {
                continue;
            }
            if (joinTheOne(parent, named, k)) {
                type[k] = ORGANIZATION;
            }
        }
    }

    /** A dateline's place, or a place after "in"/"near" ("in Baltimore"): the place itself, not a short form of a longer name. */
    private static boolean placed(Lexicon lex, List<Token> toks, Candidate c, ActorType type) {
        return c.place() || LOCATION.equals(type) && c.first() > 0 && lex.isPlacePreposition(toks.get(c.first() - 1).lower());
    }

    /** "the Russian president" joins the one person titled President (of Russia, when known). */
    static void descriptions(List<Candidate> cands, ActorType[] type, int[] parent) {
        for (int k = 0; k < cands.size(); k++) {
            Candidate d = cands.get(k);
            if (d.kind() != CandidateKind.DESCRIPTION) {
                continue;
            }
            Set<Integer> roots = new HashSet<>();
            for (int m = 0; m < cands.size(); m++) {
                Candidate c = cands.get(m);
                if (m != k && PERSON.equals(type[m]) && c.title() != null && c.title().equalsIgnoreCase(d.title())
                        && (c.country() == null || c.country().equals(d.country()))) {
                    roots.add(find(parent, m));
                }
            }
            if (roots.size() == 1) {
                union(parent, roots.iterator().next(), k);
            }
        }
    }

    /** "Boeing Commercial Airplanes", "EADS North America": a known organisation's arm is that organisation. */
    static void divisions(Lexicon lex, List<Token> toks, List<Candidate> cands, ActorType[] type, int[] parent) {
        Map<String, Integer> orgs = new HashMap<>();
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            if (c.length() == 1 && ORGANIZATION.equals(type[k]) && c.kind() == CandidateKind.NAME) {
                orgs.putIfAbsent(c.key(), k);
            }
        }
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            Integer head = c.length() > 2 && c.entry() == null ? orgs.get(toks.get(c.first()).text()) : null;
            if (head != null && ORGANIZATION.equals(type[k])) {
                union(parent, head, k);
            }
        }
    }

    /** "MoD" → "Ministry of Defence": the capitals of an acronym are the initials of exactly one name. */
    static void initials(List<Candidate> cands, ActorType[] type, int[] parent) {
        Map<String, List<Integer>> byInitials = new HashMap<>();
        for (int m = 0; m < cands.size(); m++) {
            if (cands.get(m).length() > 1 && !PERSON.equals(type[m])) {
                byInitials.computeIfAbsent(initialsOf(cands.get(m).key()), x -> new ArrayList<>()).add(m);
            }
        }
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            if (c.length() != 1 || c.entry() != null || !RunSplitter.isAcronym(c.key())) {
                continue;
            }
            Set<Integer> roots = new HashSet<>();
            for (int m : byInitials.getOrDefault(capitals(c.key()), List.of())) {
                roots.add(find(parent, m));
            }
            if (roots.size() == 1) {
                union(parent, roots.iterator().next(), k);
            }
        }
    }

    private static String capitals(String w) {
        StringBuilder b = new StringBuilder();
        w.chars().filter(ch -> ch >= 'A' && ch <= 'Z').forEach(ch -> b.append((char) ch));
        return b.toString();
    }

    private static String initialsOf(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : WORD_BREAK.split(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

}
