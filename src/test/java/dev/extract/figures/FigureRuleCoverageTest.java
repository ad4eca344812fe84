package dev.extract.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.extract.lang.Coded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure rule has at least one line of the spec corpus ({@code testdata/figures.tsv}) that exercises it.
 *
 * <p>What a "rule" is for figures: the figures extractor is a set of readers driven by tables, so a rule is
 * one value of a fixed set or one class of table rows:
 * <ul>
 * <li>every figure kind, qualifier and change direction the output can carry is expected by some line
 *     (its kind, qualifier or change column);</li>
 * <li>every unit kind of {@code units.tsv} (percent, measure, age, duration, clock time, ordinal suffix…),
 *     every currency placement (a sign or word before, after, or either side of the amount, with
 *     {@code common/currency-signs.tsv}), every number-word role ({@code common/number-words.tsv}), every
 *     vague-word and suffix need, and every word role of {@code context.tsv} and {@code grammar.tsv} —
 *     which covers the not-a-figure classes (year cues, months, name words, street words, emergency numbers,
 *     name suffixes) and the cue classes (change, range, score, price, age, money, rate words) — has a line
 *     whose input holds one of its cues, read the way the figures scanner reads text;</li>
 * <li>the ending roles (plural, comparative, multiplier endings) count a word that ends with one.</li>
 * </ul>
 * Whether such a line passes is {@code FigureSpecTest}'s business; this test fails when a table gains a class
 * of rows that no line exercises, or a line that was the only one for a class is removed.
 */
class FigureRuleCoverageTest {
    private static final Lexicon LEX = Lexicon.get();
    private static final List<String[]> LINES = new ArrayList<>();
    /** Every input, scanned into lower-case words joined by single spaces, padded with a space each side. */
    private static final List<String> INPUTS = new ArrayList<>();
    private static final Set<String> INPUT_WORDS = new HashSet<>();

    @BeforeAll
    static void read() throws IOException {
        boolean header = true;
        for (String l : Files.readAllLines(Path.of("testdata/figures.tsv"), StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = l.split("\t", -1);
            LINES.add(cells);
            List<Word> words = WordScanner.scan(cells[0], 0, cells[0].length());
            INPUTS.add(" " + Phrases.join(words, 0, words.size()) + " ");
            for (Word w : words) {
                INPUT_WORDS.add(w.lower());
                INPUT_WORDS.add(w.text());
            }
        }
    }

    @Test
    void everyOutputValueIsExpectedBySomeLine() {
        List<String> missing = new ArrayList<>();
        missing.addAll(uncovered(FigureKind.values(), 6));
        missing.addAll(uncovered(Qualifier.values(), 7));
        missing.addAll(uncovered(Direction.values(), 9));
        assertTrue(missing.isEmpty(), "no spec line expects: " + missing);
    }

    @Test
    void everyUnitKindHasALineWithOneOfItsCues() {
        assertCovered("unit kind", EnumSet.allOf(UnitKind.class), k -> anyInputHas(LEX.units, u -> u.kind() == k));
    }

    @Test
    void everyCurrencyPlacementHasALineWithOneOfItsCues() {
        assertCovered("currency placement", EnumSet.allOf(Currency.Placement.class),
                p -> anyInputHas(LEX.currencies, c -> c.where() == p));
    }

    @Test
    void everyNumberWordRoleAndNeedHasALine() {
        assertCovered("number-word role", EnumSet.allOf(NumberRole.class), r -> anyInputHas(LEX.numbers, w -> w.role() == r));
        // a need no row of the table has is no rule ("alone": no vague word is a figure by itself today)
        Set<Boolean> alone = new HashSet<>();
        LEX.vague.values().forEach(v -> alone.add(v.alone()));
        assertCovered("vague need", alone, a -> anyInputHas(LEX.vague, v -> v.alone() == a));
        Set<Boolean> moneyOnly = new HashSet<>();
        LEX.suffixes.values().forEach(s -> moneyOnly.add(s.moneyOnly()));
        assertCovered("suffix need", moneyOnly, money -> anyInputHas(LEX.suffixes, s -> s.moneyOnly() == money));
        assertCovered("multiplier word", Set.of(true), any -> anyInputHas(LEX.multiplierWords, v -> true));
    }

    @Test
    void everyWordRoleHasALineWithOneOfItsWords() {
        Set<ContextRole> endings = EnumSet.of(ContextRole.PLURAL_ENDING, ContextRole.NOT_PLURAL_ENDING,
                ContextRole.COMPARATIVE_ENDING, ContextRole.MULTIPLIER_SUFFIX, ContextRole.AGE_PREFIX);
        assertCovered("word role", EnumSet.allOf(ContextRole.class), role -> endings.contains(role)
                ? INPUT_WORDS.stream().anyMatch(w -> LEX.endsWith(w, role) || LEX.startsWith(w, role))
                : role == ContextRole.THING_COMPOUND // the noun after the hyphen: "3-pointers"
                ? INPUT_WORDS.stream().anyMatch(w -> w.indexOf('-') > 0 && LEX.is(w.substring(w.indexOf('-') + 1).toLowerCase(Locale.ROOT), role))
                : anyInputHas(LEX.context, roles -> roles.contains(role)));
    }

    /** The values of {@code values} that no line expects in column {@code column}. */
    private static List<String> uncovered(Coded[] values, int column) {
        List<String> out = new ArrayList<>();
        for (Coded v : values) {
            if (LINES.stream().noneMatch(c -> c.length > column && c[column].equals(v.code()))) {
                out.add(v.code());
            }
        }
        return out;
    }

    private static <T> void assertCovered(String what, Set<T> classes, Predicate<T> covered) {
        Set<String> missing = new TreeSet<>();
        for (T c : classes) {
            if (!covered.test(c)) {
                missing.add(c instanceof Coded coded ? coded.code() : String.valueOf(c));
            }
        }
        assertTrue(missing.isEmpty(), "no spec line exercises the " + what + ": " + missing);
    }

    /** True when some input holds a cue of {@code table} whose entry passes {@code test}. */
    private static <V> boolean anyInputHas(Map<String, V> table, Predicate<V> test) {
        for (Map.Entry<String, V> e : table.entrySet()) {
            if (test.test(e.getValue()) && anyInputHas(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** True when some input holds {@code cue} as whole words, as written or lower-cased, or glued to a number. */
    private static boolean anyInputHas(String cue) {
        List<Word> words = WordScanner.scan(cue, 0, cue.length());
        String key = " " + Phrases.join(words, 0, words.size()) + " ";
        if (INPUT_WORDS.contains(cue)) {
            return true;
        }
        for (String input : INPUTS) {
            if (input.contains(key) || glued(input, cue.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "500m", "$5", "5bn", "115USD": a cue written against digits. */
    private static boolean glued(String input, String cue) {
        for (int at = input.indexOf(cue); at >= 0; at = input.indexOf(cue, at + 1)) {
            boolean digitBefore = at > 0 && Character.isDigit(input.charAt(at - 1));
            int end = at + cue.length();
            boolean digitAfter = end < input.length() && Character.isDigit(input.charAt(end));
            boolean wordEnds = end >= input.length() || !Character.isLetter(input.charAt(end)) || !Character.isLetter(cue.charAt(cue.length() - 1));
            if (digitBefore && wordEnds || digitAfter && (at == 0 || !Character.isLetter(input.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }
}
