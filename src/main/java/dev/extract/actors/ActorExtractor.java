package dev.extract.actors;

import dev.extract.text.Document;
import dev.extract.text.Span;
import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the people, organisations, places and groups an article names, with aliases merged. Rules over
 * OpenNLP tokens and tags plus the gazetteers in this package's resources. Stateless: safe to share.
 */
public final class ActorExtractor {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Lexicon LEXICON = Lexicon.get();
    private final Lexicon lex = Lexicon.get();
    private final NameFinder finder = new NameFinder();
    private final AliasResolver resolver = new AliasResolver(lex);
    private final GenderReader genders = GenderReader.get();
    private final Affiliations affiliations = new Affiliations(lex);
    private final NestedPlaces nested = new NestedPlaces(lex);

    /**
     * Loads the given-name list (60,000 names) on the calling thread, so that a caller building the
     * extractor on another thread can have both large tables read at once at start-up.
     */
    public static boolean preloadGivenNames() {
        return GenderReader.get() != null;
    }

    public List<Actor> extract(Document doc) {
        List<Token> toks = doc.tokens();
        List<Cluster> clusters = nested.add(toks, resolver.resolve(toks, finder.find(doc)));
        clusters.sort(Comparator.comparingInt(c -> c.members().get(0).first()));
        Gender[] gender = genders.genders(toks, clusters, personStarts(toks.size(), clusters));
        Affiliation[] affiliation = affiliations.read(toks, clusters);
        List<Actor> out = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) {
            Actor a = actor("a" + (k + 1), clusters.get(k), gender[k], doc);
            if (affiliation[k] != null) {
                a = new Actor(a.id(), a.name(), a.type(), a.subtype(), a.titles(), a.country(), a.gender(),
                        affiliation[k].role(), "a" + (affiliation[k].organisation() + 1), a.count(), a.mentions());
            }
            out.add(a);
        }
        return out;
    }

    /** For each token, the index of the person cluster whose name mention starts there, else -1. */
    private static int[] personStarts(int tokens, List<Cluster> clusters) {
        int[] at = new int[tokens];
        Arrays.fill(at, -1);
        for (int k = 0; k < clusters.size(); k++) {
            if (clusters.get(k).type() == ActorType.PERSON) {
                for (Candidate m : clusters.get(k).members()) {
                    at[m.first()] = k;
                }
            }
        }
        return at;
    }

    private Actor actor(String id, Cluster c, Gender gender, Document doc) {
        List<Token> toks = doc.tokens();
        List<Mention> mentions = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        String country = null;
        boolean multiWord = c.members().stream().anyMatch(m -> m.length() > 1 && m.kind() == CandidateKind.NAME);
        for (Candidate m : c.members()) {
            int to = toks.get(m.last()).to();
            if (doc.text().charAt(to - 1) == '.' && !m.key().endsWith(".")) {
                to--; // the full stop the tokenizer left on the last word ("Kyiv.")
            }
            if (doc.text().charAt(to - 1) == '-' && to - 1 > toks.get(m.first()).from()) {
                to--; // "EADS-" of "EADS-led" as the tokenizer cuts it
            }
            Span s = doc.span(toks.get(m.first()).from(), to);
            MentionKind kind = m.kind().written(); // a bare head word, "the Church" for the Church of Scientology, is a name
            if (m.kind() == CandidateKind.NAME && multiWord && m.length() == 1 && RunSplitter.isAcronym(m.key())) {
                kind = MentionKind.ACRONYM;
            } else if (m.kind() == CandidateKind.METONYM && c.type() == ActorType.PERSON) {
                kind = MentionKind.NAME; // "Paris said" about Valeska Paris
            }
            mentions.add(new Mention(s.text(), s.start(), s.end(), toks.get(m.first()).sentence(), kind.code(),
                    m.credit() ? MentionRole.CREDIT.code() : null));
            if (m.title() != null && kind != MentionKind.DESCRIPTION) {
                titles.add(m.title());
            }
            if (country == null && m.country() != null && c.type() != ActorType.GROUP) {
                country = m.country();
            }
        }
        GazetteerEntry place = c.members().stream().map(Candidate::entry)
                .filter(e -> e != null && e.type() == ActorType.LOCATION).findFirst().orElse(null);
        String name = canonicalName(c, place, doc);
        if (place != null && c.type() == ActorType.LOCATION) {
            country = place.country() != null && !place.country().equals(place.name()) ? place.country() : null;
        }
        if (country != null && country.equals(name)) {
            country = null;
        }
        return new Actor(id, name, c.type().code(), c.subtype() == null ? null : c.subtype().code(), List.copyOf(titles), country, gender,
                mentions.size(), mentions);
    }

    /** The gazetteer's name for a place, else the longest written form that is not all capitals. */
    private static String canonicalName(Cluster c, GazetteerEntry place, Document doc) {
        List<Token> toks = doc.tokens();
        if (place != null && c.type() == ActorType.LOCATION) {
            return place.name();
        }
        String best = null;
        String bestCaps = null;
        for (Candidate m : c.members()) {
            if (m.kind() != CandidateKind.NAME && m.kind() != CandidateKind.ACRONYM) {
                continue;
            }
            if (m.place()) {
                best = best == null || m.key().length() > best.length() ? m.key() : best; // "Springfield" for "SPRINGFIELD"
                continue;
            }
            String k = SPACES.matcher(doc.text().substring(toks.get(m.first()).from(), toks.get(m.last()).to())).replaceAll(" ");
            if (k.endsWith("-") || k.endsWith(".") && !m.key().endsWith(".")) {
                k = m.key(); // "EADS-led", "UEFA." at the end of a sentence
            }
            boolean caps = NameShape.isAllCaps(k) && k.length() > 1;
            if (caps && m.length() > 1) {
                k = titleCase(k);
            }
            if (!caps || m.length() > 1) {
                if (best == null || k.length() > best.length()) {
                    best = k;
                }
            } else if (bestCaps == null || k.length() > bestCaps.length()) {
                bestCaps = k;
            }
        }
        if (best == null && bestCaps != null && bestCaps.length() > 3 && isPlaceName(bestCaps)) {
            best = DatelineReader.wordCase(bestCaps); // "BOSTON" the team: the city's name as the gazetteer writes it
        }
        if (best == null) {
            best = bestCaps != null ? bestCaps : c.members().get(0).key();
        }
        return best;
    }

    private static boolean isPlaceName(String key) {
        GazetteerEntry e = LEXICON.entry(key);
        return e != null ? e.type() == ActorType.LOCATION : LEXICON.worldPlace(key) != null;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
