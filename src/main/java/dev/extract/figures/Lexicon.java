package dev.extract.figures;

import dev.extract.lang.LanguagePack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists and tables of the figures extractor, read once from
 * {@code src/main/resources/dev/extract/figures/*.tsv}. Immutable after loading, so shared by all threads.
 */
final class Lexicon {

    /** A number word: its value and its role in the grammar (unit, teen, tens, hundred, scale, fraction, fractions). */
    record NumberWord(BigDecimal value, String role) {
    }

    /** A vague magnitude ("tens", "several"): its bounds and whether it stands alone or needs a scale word. */
    record Vague(BigDecimal low, BigDecimal high, boolean alone) {
    }

    /** A magnitude suffix ("bn", "m"): its multiplier and whether it is a magnitude only for money. */
    record Suffix(BigDecimal multiplier, boolean moneyOnly) {
    }

    /**
     * A unit cue: the kind of figure it makes, the unit's canonical name (null when none) and the factor that
     * turns a number in it into the kind's own unit (0.01 for basis points to percentage points, else 1).
     */
    record Unit(String kind, String unit, BigDecimal factor) {
    }

    /**
     * A currency cue: ISO code, where it stands relative to the amount (before, after, both), the factor that
     * turns the amount into the currency's main unit (1000000 for "MUSD", else 1) and the minor unit the amount
     * is written in ("cent" for "54 cents", "penny" for "85 pence"), or null.
     */
    record Currency(String iso, String where, BigDecimal factor, String minorUnit) {
        boolean before() {
            return !where.equals("after");
        }

        boolean after() {
            return !where.equals("before");
        }
    }

    private static final Lexicon INSTANCE = new Lexicon();

    final Map<String, NumberWord> numbers = new HashMap<>();
    final Map<String, Vague> vague = new HashMap<>();
    final Map<String, Suffix> suffixes = new HashMap<>();
    final Map<String, String> qualifiers = new HashMap<>();
    final Map<String, Currency> currencies = new HashMap<>();
    final Map<String, Unit> units = new HashMap<>();
    final Map<String, Set<String>> context = new HashMap<>();
    /** Longest cue of each multi-word table, in words, to bound the phrase look-ups. */
    final int longestQualifier;
    final int longestUnit;
    final int longestCurrency;
    /** The first word of every currency cue: most words start none, and need no joined look-ups. */
    private final Set<String> currencyFirstWords = new HashSet<>();

    private Lexicon() {
        for (String[] r : rows("numbers.tsv", 3)) {
            numbers.put(r[0], new NumberWord(new BigDecimal(r[1]), r[2]));
        }
        for (String[] r : rows("vague.tsv", 4)) {
            vague.put(r[0], new Vague(new BigDecimal(r[1]), new BigDecimal(r[2]), r[3].equals("alone")));
        }
        for (String[] r : rows("suffixes.tsv", 3)) {
            suffixes.put(r[0], new Suffix(new BigDecimal(r[1]), r[2].equals("money")));
        }
        for (String[] r : rows("qualifiers.tsv", 2)) {
            qualifiers.put(r[0], r[1]);
        }
        for (String[] r : rows("currencies.tsv", 3)) {
            currencies.put(r[0], new Currency(r[1], r[2], r.length > 3 ? new BigDecimal(r[3]) : BigDecimal.ONE,
                    r.length > 4 ? r[4] : null));
        }
        for (String[] r : rows("units.tsv", 3)) {
            units.put(cueKey(r[0]), new Unit(r[1], r[2].equals("-") ? null : r[2], r.length > 3 ? new BigDecimal(r[3]) : BigDecimal.ONE));
        }
        for (String[] r : rows("context.tsv", 2)) {
            context.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[1]);
        }
        // month names have one home, shared with the other features; this feature reads its own forms of it
        for (String[] r : LanguagePack.english().cells("common/months.tsv")) {
            if (List.of(r[3].split(",")).contains("figures")) {
                context.computeIfAbsent(r[0], k -> new HashSet<>()).add("month");
            }
        }
        longestQualifier = longest(qualifiers.keySet());
        longestUnit = longest(units.keySet());
        longestCurrency = longest(currencies.keySet());
        for (String k : currencies.keySet()) {
            currencyFirstWords.add(k.split(" ")[0]);
        }
    }

    static Lexicon get() {
        return INSTANCE;
    }

    boolean is(String lowerWord, String role) {
        Set<String> roles = context.get(lowerWord);
        return roles != null && roles.contains(role);
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

    private static List<String[]> rows(String name, int columns) {
        List<String[]> out = LanguagePack.english().cells("figures/" + name);
        for (String[] cells : out) {
            if (cells.length < columns) {
                throw new IllegalStateException(name + ": expected " + columns + " columns: " + String.join("\t", cells));
            }
        }
        return out;
    }
}
