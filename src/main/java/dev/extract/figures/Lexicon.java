package dev.extract.figures;

import dev.extract.lang.LanguagePack;
import dev.extract.lang.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists and tables of the figures extractor, read once from the language pack
 * ({@code lang/en/figures/*.tsv}). Immutable after loading, so shared by all threads. Every fixed value in a
 * table (a role, a kind, a qualifier) is read into its enum, so an unknown one fails with file and line.
 */
final class Lexicon {

    private static final Lexicon INSTANCE = new Lexicon();

    final Map<String, NumberWord> numbers = new HashMap<>();
    final Map<String, Vague> vague = new HashMap<>();
    final Map<String, Suffix> suffixes = new HashMap<>();
    final Map<String, Qualifier> qualifiers = new HashMap<>();
    final Map<String, Currency> currencies = new HashMap<>();
    final Map<String, UnitCue> units = new HashMap<>();
    final Map<String, Set<ContextRole>> context = new HashMap<>();
    /** Second parts of a measure in two units: the first part's unit code, then the cue, then its unit code. */
    final Map<String, Map<String, String>> compoundUnits = new HashMap<>();
    /** Possessive marks as split off a name ("'s", "’s", "'"): they stay inside what a figure counts. */
    final Set<String> possessives = new HashSet<>();
    /** Words that are a multiplier by themselves ("twice", "triple") and their value. */
    final Map<String, BigDecimal> multiplierWords = new HashMap<>();
    /** The words of each role, for the roles tested as word endings ("fold", "s", "er"). */
    private final Map<ContextRole, List<String>> byRole = new EnumMap<>(ContextRole.class);
    /** Longest cue of each multi-word table, in words, to bound the phrase look-ups. */
    final int longestQualifier;
    final int longestUnit;
    final int longestCurrency;
    /** The unit cue a multiplier word carries ("twice" reads as "2 times"). */
    final String multiplierCue;
    /** The first word of every currency cue: most words start none, and need no joined look-ups. */
    private final Set<String> currencyFirstWords = new HashSet<>();

    private Lexicon() {
        readNumbers();
        readCues();
        readRoles();
        multiplierCue = byRole.get(ContextRole.MULTIPLIER_CUE).get(0);
        longestQualifier = longest(qualifiers.keySet());
        longestUnit = longest(units.keySet());
        longestCurrency = longest(currencies.keySet());
        for (String k : currencies.keySet()) {
            currencyFirstWords.add(k.split(" ")[0]);
        }
    }

    /** Number words, vague magnitudes, magnitude suffixes and multiplier words. */
    private void readNumbers() {
        for (Row r : LanguagePack.english().rows("common/number-words.tsv")) {
            if (!r.cell(2).equals("-")) { // "-": a word only other features read
                numbers.put(r.cell(0), new NumberWord(new BigDecimal(r.cell(1)), r.coded(2, NumberRole.values())));
            }
        }
        for (Row r : rows("vague.tsv", 4)) {
            vague.put(r.cell(0), new Vague(new BigDecimal(r.cell(1)), new BigDecimal(r.cell(2)),
                    r.coded(3, Vague.VagueNeed.values()) == Vague.VagueNeed.ALONE));
        }
        for (Row r : rows("suffixes.tsv", 3)) {
            suffixes.put(r.cell(0), new Suffix(new BigDecimal(r.cell(1)), r.coded(2, Suffix.SuffixNeed.values()) == Suffix.SuffixNeed.MONEY));
        }
        for (Row r : rows("multiplier-words.tsv", 2)) {
            multiplierWords.put(r.cell(0), new BigDecimal(r.cell(1)));
        }
    }

    /** Qualifiers, currencies and units: the cues before and after a number. */
    private void readCues() {
        for (Row r : rows("qualifiers.tsv", 2)) {
            qualifiers.put(r.cell(0), r.coded(1, Qualifier.values()));
        }
        for (Row r : LanguagePack.english().rows("common/currency-signs.tsv")) {
            if (!r.cell(2).equals("-")) {
                currencies.put(r.cell(0), new Currency(r.cell(1), r.coded(2, Currency.Placement.values()), BigDecimal.ONE, null));
            }
        }
        for (Row r : rows("currencies.tsv", 3)) {
            currencies.put(r.cell(0), new Currency(r.cell(1), r.coded(2, Currency.Placement.values()),
                    r.size() > 3 ? new BigDecimal(r.cell(3)) : BigDecimal.ONE, r.size() > 4 ? r.cell(4) : null));
        }
        for (Row r : rows("compound-units.tsv", 3)) {
            compoundUnits.computeIfAbsent(r.cell(0), k -> new HashMap<>()).put(r.cell(1), r.cell(2));
        }
        for (Row r : rows("units.tsv", 3)) {
            units.put(cueKey(r.cell(0)), new UnitCue(r.coded(1, UnitKind.values()), r.cell(2).equals("-") ? null : r.cell(2),
                    r.size() > 3 ? new BigDecimal(r.cell(3)) : BigDecimal.ONE));
        }
        // "15th", "3rd": the suffixes of ordinals have one home with every feature's
        for (Row r : LanguagePack.english().rows("common/ordinal-suffixes.tsv")) {
            units.put(cueKey(r.cell(0)), new UnitCue(UnitKind.ORDINAL_SUFFIX, null, BigDecimal.ONE));
        }
    }

    /** The word roles of context.tsv and grammar.tsv, and the possessive marks; every role must have a word. */
    private void readRoles() {
        for (String file : new String[] {"context.tsv", "grammar.tsv"}) {
            for (Row r : rows(file, 2)) {
                ContextRole role = r.coded(1, ContextRole.values());
                context.computeIfAbsent(r.cell(0), k -> EnumSet.noneOf(ContextRole.class)).add(role);
                byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(r.cell(0));
            }
        }
        // month names have one home, shared with the other features; this feature reads its own forms of it
        for (Row r : LanguagePack.english().rows("common/months.tsv")) {
            if (List.of(r.cell(3).split(",")).contains("figures")) {
                context.computeIfAbsent(r.cell(0), k -> EnumSet.noneOf(ContextRole.class)).add(ContextRole.MONTH);
                byRole.computeIfAbsent(ContextRole.MONTH, k -> new ArrayList<>()).add(r.cell(0));
            }
        }
        for (Row r : LanguagePack.english().rows("common/possessives.tsv")) {
            if (!r.cell(1).equals("-")) {
                possessives.add(r.cell(0));
            }
        }
        for (ContextRole role : ContextRole.values()) {
            if (!byRole.containsKey(role)) {
                throw new IllegalStateException("figures: no word of role " + role.code() + " in context.tsv or grammar.tsv");
            }
        }
    }

    static Lexicon get() {
        return INSTANCE;
    }

    boolean is(String lowerWord, ContextRole role) {
        Set<ContextRole> roles = context.get(lowerWord);
        return roles != null && roles.contains(role);
    }

    /** True when {@code lower} ends with a word of {@code role} and is longer than it ("threefold", "faster"). */
    boolean endsWith(String lower, ContextRole role) {
        for (String ending : byRole.get(role)) {
            if (lower.length() > ending.length() && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code lower} starts with a word of {@code role} ("aged", "age"). */
    boolean startsWith(String lower, ContextRole role) {
        for (String start : byRole.get(role)) {
            if (lower.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    /** {@code lower} without its ending of {@code role} ("millions" gives "million"), or null when it has none. */
    String withoutEnding(String lower, ContextRole role) {
        for (String ending : byRole.get(role)) {
            if (lower.length() > ending.length() && lower.endsWith(ending)) {
                return lower.substring(0, lower.length() - ending.length());
            }
        }
        return null;
    }

    /**
     * Whether a cue starting with this word (no space in it) can name a currency, as written or lower-cased:
     * false spares the joining and the look-ups of every longer cue.
     */
    boolean mayStartCurrency(Word word) {
        return currencyFirstWords.contains(word.text()) || currencyFirstWords.contains(word.lower());
    }

    /** The currency a cue names: symbols and codes as written, words lower-cased. */
    Currency currency(String cue) {
        Currency c = currencies.get(cue);
        return c != null ? c : currencies.get(cue.toLowerCase(Locale.ROOT));
    }

    /** {@link #currency(String)} of a word whose lower-case form is at hand. */
    Currency currency(Word word) {
        Currency c = currencies.get(word.text());
        return c != null ? c : currencies.get(word.lower());
    }

    /**
     * A multi-word or symbol cue as the scanner will see it in text: its words lower-cased and joined by one
     * space ("km/h" becomes "km / h"). A cue with a capital letter stays as written (matched only glued to a number).
     */
    private static String cueKey(String cue) {
        if (!cue.equals(cue.toLowerCase(Locale.ROOT))) {
            return cue;
        }
        List<Word> words = WordScanner.scan(cue, 0, cue.length());
        return Phrases.join(words, 0, words.size());
    }

    private static int longest(Set<String> keys) {
        int max = 1;
        for (String k : keys) {
            max = Math.max(max, k.split(" ").length);
        }
        return max;
    }

    private static List<Row> rows(String name, int columns) {
        List<Row> out = LanguagePack.english().rows("figures/" + name);
        for (Row r : out) {
            if (r.size() < columns) {
                throw r.invalid("expected " + columns + " columns");
            }
        }
        return out;
    }
}
