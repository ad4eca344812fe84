package dev.extract.actors;

import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists and gazetteers of the actor extractor, read once from the TSV files next to this class.
 * Immutable after construction; shared by all threads.
 */
final class Lexicon {

    static final int MAX_NAME_TOKENS = 7;
    private static final Pattern GLUE = Pattern.compile(" *([-&]) *");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The structural words of the rules by role (cue_words.tsv); read before anything else, static methods use them. */
    private static final Map<CueRole, Set<String>> CUES = cueWords();
    /** "D-N.Y.", "R-Texas": a party letter, a hyphen and a capitalised state. */
    /** Gazetteer names ending in a full stop that belongs to them ("Ill.", "Tenn."): filled once by the constructor. */
    private static final Set<String> DOTTED = new HashSet<>();

    private final Map<String, GazetteerEntry> names = new HashMap<>();
    private final Map<String, String> demonymAdjectives = new HashMap<>();
    private final Map<String, String> demonymPlurals = new HashMap<>();
    private final Set<String> demonymSingulars = new HashSet<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, Subtype> orgWords = new HashMap<>();
    private final Map<String, Subtype> orgPhrases = new HashMap<>();
    private final Set<String> ofHeads = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> firstNames = new HashSet<>();
    private final Set<String> nonNames = new HashSet<>();
    private final Set<String> eventWords = new HashSet<>();
    private final Map<String, PlaceWordKind> placeWords = new HashMap<>();
    private final Set<String> products = new HashSet<>();
    private final Set<String> placePrepositions = new HashSet<>();
    private final Set<String> orgDescriptors = new HashSet<>();
    private final Set<String> namePossessives = new HashSet<>();
    /** Cities and regions of the world (generated, see NOTICE): weak evidence, consulted only where nothing else speaks. */
    private final Map<String, GazetteerEntry> worldPlaces = new HashMap<>();
    private final Set<String> sportsWords = new HashSet<>();
    private final Set<String> orgPossessions = new HashSet<>();
    private final Set<String> speechVerbs = new HashSet<>();
    private int maxTitleTokens = 1;

    private static final Lexicon INSTANCE = new Lexicon();

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        readCountries();
        readGazetteers();
        readOrgWords();
        readWordLists();
    }

    /** Countries with their aliases, demonyms and capitals. */
    private void readCountries() {
        for (String[] r : rows("countries.tsv")) {
            GazetteerEntry e = new GazetteerEntry(r[0], ActorType.LOCATION, Subtype.COUNTRY, r[0]);
            names.putIfAbsent(r[0], e);
            for (String a : list(r, 2)) {
                names.putIfAbsent(key(a), e);
            }
            for (String a : list(r, 3)) {
                demonymAdjectives.putIfAbsent(a, r[0]);
            }
            for (String a : list(r, 4)) {
                demonymPlurals.putIfAbsent(a, r[0]);
                if (a.endsWith("s") && !a.endsWith("ss") && a.indexOf(' ') < 0) {
                    demonymSingulars.add(a.substring(0, a.length() - 1)); // "Spaniards": "the Spaniard"
                }
            }
            for (String c : list(r, 5)) {
                capitals.putIfAbsent(c, r[0]);
                names.putIfAbsent(key(c), new GazetteerEntry(c, ActorType.LOCATION, Subtype.CITY, r[0]));
            }
        }
    }

    /** Hand-written cities, regions and organisations, with their aliases; first row wins a shared name. */
    private void readGazetteers() {
        for (Row row : LanguagePack.english().rows("actors/cities.tsv")) {
            String[] r = row.cells();
            GazetteerEntry e = new GazetteerEntry(r[0], ActorType.LOCATION, row.coded(1, Subtype.WRITTEN), r.length > 2 && !r[2].isEmpty() ? r[2] : null);
            names.putIfAbsent(key(r[0]), e);
            for (String a : list(r, 3)) {
                if (a.endsWith(".") && a.indexOf('.') == a.length() - 1) {
                    DOTTED.add(a); // "Tenn." keeps its full stop as a name
                }
                names.putIfAbsent(key(a), e);
            }
        }
        for (Row row : LanguagePack.english().rows("actors/organizations.tsv")) {
            String[] r = row.cells();
            GazetteerEntry e = new GazetteerEntry(r[0], ActorType.ORGANIZATION, row.coded(1, Subtype.WRITTEN), null);
            names.putIfAbsent(key(r[0]), e);
            for (String a : list(r, 2)) {
                names.putIfAbsent(key(a), e);
            }
        }
    }

    private void readOrgWords() {
        for (Row row : LanguagePack.english().rows("actors/org_words.tsv")) {
            String word = row.cell(0);
            OrgWordPosition position = row.coded(2, OrgWordPosition.values());
            ofHeads.add(word);
            if (position == OrgWordPosition.PHRASE) {
                orgPhrases.put(word, row.coded(1, Subtype.WRITTEN));
            } else if (position != OrgWordPosition.OF) {
                orgWords.put(word, row.coded(1, Subtype.WRITTEN));
            }
        }
    }

    private void readWordLists() {
        for (String[] r : rows("titles.tsv")) {
            titles.add(titleKey(r[0]));
            maxTitleTokens = Math.max(maxTitleTokens, r[0].split(" ").length + 1); // + a detached full stop
        }
        rows("first_names.txt").forEach(r -> firstNames.add(r[0]));
        rows("nonnames.tsv").forEach(r -> nonNames.add(r[0]));
        // month and weekday names and "Today" have one home, shared with the other features: capitalised here
        for (String common : List.of("common/months.tsv", "common/weekdays.tsv", "common/time-words.tsv")) {
            for (String[] r : LanguagePack.english().cells(common)) {
                if (List.of(r[r.length - 1].split(",")).contains("actors")) {
                    nonNames.add(Character.toUpperCase(r[0].charAt(0)) + r[0].substring(1));
                }
            }
        }
        rows("event_words.tsv").forEach(r -> eventWords.add(r[0]));
        for (Row row : LanguagePack.english().rows("actors/place_words.tsv")) {
            placeWords.put(row.cell(0), row.coded(1, PlaceWordKind.values()));
        }
        rows("products.tsv").forEach(r -> products.add(r[0]));
        rows("place_prepositions.tsv").forEach(r -> placePrepositions.add(r[0]));
        rows("org_descriptors.tsv").forEach(r -> orgDescriptors.add(r[0]));
        rows("name_possessives.tsv").forEach(r -> namePossessives.add(r[0]));
        rows("world_cities.tsv").forEach(r -> worldPlaces.put(r[0], new GazetteerEntry(r[0], ActorType.LOCATION, Subtype.CITY, r[1])));
        rows("world_regions.tsv").forEach(r -> worldPlaces.putIfAbsent(r[0], new GazetteerEntry(r[0], ActorType.LOCATION, Subtype.REGION, r[1])));
        for (Map.Entry<String, GazetteerEntry> e : List.copyOf(worldPlaces.entrySet())) {
            worldPlaces.putIfAbsent(Letters.fold(e.getKey()), e.getValue()); // "Wroclaw", "Lodz" as news writes "Wrocław", "Łódź"
        }
        rows("sports_words.tsv").forEach(r -> sportsWords.add(r[0]));
        rows("org_possessions.tsv").forEach(r -> orgPossessions.add(r[0]));
        speechVerbs.addAll(dev.extract.text.ReportingVerbs.english().forms(dev.extract.text.ReportingVerbs.User.ACTORS));
    }

    /** The lookup key of a token sequence: words joined by one space, hyphens and ampersands glued. */
    static String key(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            boolean glue = w.equals("-") || w.equals("&") || w.equals(".") || w.startsWith("'") || w.startsWith("’")
                    || (b.length() > 0 && (b.charAt(b.length() - 1) == '-' || b.charAt(b.length() - 1) == '&'));
            if (b.length() > 0 && !glue) {
                b.append(' ');
            }
            int dash = w.indexOf('-');
            if (dash > 0 && is(CueRole.ATTRIBUTIVE, w.substring(dash + 1))) {
                w = w.substring(0, dash); // "EADS-led consortium": the name is EADS
            }
            if (k == tokens.size() - 1 && w.length() > 2 && w.endsWith(".") && !is(CueRole.DOTTED_ABBREVIATION, w) && !DOTTED.contains(w)
                    && (Character.isLowerCase(w.charAt(w.length() - 2)) || w.indexOf('.') == w.length() - 1)) {
                w = w.substring(0, w.length() - 1); // a full stop the tokenizer left on the last word: "Kyiv.", "UEFA."
            }
            b.append(w);
        }
        while (b.length() > 1 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }

    static String key(String text) {
        return SPACES.matcher(GLUE.matcher(text).replaceAll("$1")).replaceAll(" ").strip();
    }

    /** The gazetteer entry of a name, also when written in capitals ("LONDON", "NEW YORK"). */
    GazetteerEntry entry(String key) {
        GazetteerEntry e = names.get(key);
        if (e == null && key.length() > 3 && NameShape.isAllCaps(key)) {
            e = names.get(DatelineReader.wordCase(key));
        }
        return e;
    }

    /** A city or region of the world lists ("Surabaya", "Saskatchewan"), also in capitals; else null. */
    GazetteerEntry worldPlace(String key) {
        GazetteerEntry e = worldPlaces.get(key);
        if (e == null && key.length() > 3 && NameShape.isAllCaps(key)) {
            e = worldPlaces.get(DatelineReader.wordCase(key));
        }
        return e;
    }

    /** A city of the world list, else null. */
    GazetteerEntry worldCity(String key) {
        GazetteerEntry e = worldPlace(key);
        return e != null && e.subtype() == Subtype.CITY ? e : null;
    }

    /** "said", "told": a verb of saying (lower case). */
    boolean isSpeechVerb(String lower) {
        return speechVerbs.contains(lower);
    }

    /** "shares", "subsidiary": a noun (lower case) that only an organisation owns. */
    boolean isOrgPossession(String lower) {
        return orgPossessions.contains(lower);
    }

    /** "striker", "innings", "standings": a word (lower case) of sports reports. */
    boolean isSportsWord(String lower) {
        return sportsWords.contains(lower);
    }

    String demonymAdjective(String key) {
        return demonymAdjectives.get(key);
    }

    /** "Spaniard", "Briton", "Swede": one person of a nationality, a description rather than a name. */
    boolean isDemonymSingular(String word) {
        return demonymSingulars.contains(word) && !demonymAdjectives.containsKey(word);
    }

    String demonymPlural(String key) {
        return demonymPlurals.get(key);
    }

    /** The country whose capital this is, or null. */
    String capitalOf(String key) {
        return capitals.get(key);
    }

    /** The organisation subtype a word signals, or null. */
    Subtype orgWord(String word) {
        return orgWords.get(word);
    }

    /** The organisation subtype two words together signal ("Central Bank": government), or null. */
    Subtype orgPhrase(String twoWords) {
        return orgPhrases.get(twoWords);
    }

    /** Whether "of" after this word continues the name ("Ministry of Defence", "Republic of Korea"). */
    boolean takesOf(String word) {
        return ofHeads.contains(word);
    }

    boolean isTitle(String words) {
        return titles.contains(titleKey(words));
    }

    /** "Gen .", "Gen." and "gen" are one title; "C.E.O." is "ceo". */
    private static String titleKey(String words) {
        return words.replace(".", "").strip().toLowerCase(Locale.ROOT);
    }

    int maxTitleTokens() {
        return maxTitleTokens;
    }

    boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    /**
     * A word that is no name by itself ("Dec", "Dec.", "ET", "OK"), a ticker code ("XAU=", "EUR=") or a US
     * politician's party-and-state tag ("D-N.Y.", "R-Texas").
     */
    boolean isNonName(String word) {
        int n = word.length();
        return nonNames.contains(word) || n > 1 && (word.charAt(n - 1) == '=' || word.charAt(n - 1) == '.' && nonNames.contains(word.substring(0, n - 1)))
                || isPartyStateTag(word);
    }

    /** "D-N.Y.", "R-Texas": a US politician's party and state after the name. */
    boolean isPartyStateTag(String word) {
        return dev.extract.text.PartyStateTags.is(word);
    }

    /** What a place word does ("Airport": heads a facility; "North": opens a region), or null. */
    PlaceWordKind placeWord(String word) {
        return placeWords.get(word);
    }

    /** "in", "near": before an unknown name, a place. */
    boolean isPlacePreposition(String word) {
        return placePrepositions.contains(word);
    }

    /** "retailer", "maker": a noun that, right before a name, makes it an organisation. */
    boolean isOrgDescriptor(String word) {
        return orgDescriptors.contains(word);
    }

    /** "People" in "Korean People's Army": a noun whose possessive stays inside a name. */
    boolean isNamePossessive(String word) {
        return namePossessives.contains(word);
    }

    boolean isProduct(String word) {
        return products.contains(word);
    }

    boolean isEventWord(String word) {
        return eventWords.contains(word);
    }

    /** Whether {@code word} (compared as given) plays {@code role} in cue_words.tsv. */
    static boolean is(CueRole role, String word) {
        Set<String> words = CUES.get(role);
        return words != null && words.contains(word);
    }

    private static Map<CueRole, Set<String>> cueWords() {
        Map<CueRole, Set<String>> out = new EnumMap<>(CueRole.class);
        for (Row r : LanguagePack.english().rows("actors/cue_words.tsv")) {
            out.computeIfAbsent(r.coded(1, CueRole.values()), x -> new HashSet<>()).add(r.cell(0));
        }
        return out;
    }

    private static List<String> list(String[] row, int column) {
        if (row.length <= column || row[column].isEmpty()) {
            return List.of();
        }
        return List.of(row[column].split("\\|"));
    }

    private static List<String[]> rows(String resource) {
        return LanguagePack.english().cells("actors/" + resource);
    }
}
