package dev.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scanner skips positions where no rule can start; it must still find exactly what one find() loop per
 * rule finds, on every text: the spec corpus, the test articles, and random soup of the characters that
 * matter (digits, date words in any case, letters that fold to ASCII like "ſ" and the Kelvin sign, quotes).
 */
class RuleScannerTest {
    private static final Lexicon WORDS = Lexicon.load("words.tsv", "tense.tsv", "cues.tsv");
    private static final RuleTable TABLE = new RuleTable(WORDS, dev.extract.lang.LanguagePack.english().cells("dates/patterns.tsv"));
    private static final RuleScanner SCANNER = new RuleScanner(TABLE);

    @Test
    void usesTheWordTrie() {
        assertTrue(new RuleStarts(TABLE.rules().stream().map(Rule::pattern).toList()).usesWords(), "a rule accepts any word: every letter would be tried");
    }

    @Test
    void listsEveryCharacterThatFoldsToAscii() {
        StringBuilder found = new StringBuilder();
        for (int c = 0x80; c <= Character.MAX_CODE_POINT; c++) {
            int upper = Character.toUpperCase(c);
            int lower = Character.toLowerCase(c);
            if (upper < 0x80 || lower < 0x80 || Character.toLowerCase(upper) < 0x80 || Character.toUpperCase(lower) < 0x80
                    || Character.toTitleCase(c) < 0x80) {
                found.appendCodePoint(c);
            }
        }
        assertEquals(found.toString(), RuleScanner.FOLDS_TO_ASCII);
    }

    @Test
    void sameMatchesAsFindOnTheSpecCorpusAndArticles() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("testdata/dates.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                texts.add(line.split("\t", -1)[0].replace("\\n", "\n"));
            }
        }
        try (Stream<Path> files = Files.list(Path.of("testdata"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(p));
            }
        }
        for (String t : texts) {
            assertSame(t, 0, t.length());
            if (t.length() < 400) {
                assertSamePrefixes(t);
            }
            assertSame(t, Math.min(3, t.length()), Math.max(Math.min(3, t.length()), t.length() - 2)); // regions inside
        }
    }

    @Test
    void sameMatchesAsFindOnRandomSoup() {
        String[] pieces = {"January", "jan.", "MAY", "may", "March", "Sept", "Thursday", "TUE", "the", "The", "this", "last",
            "next", "a", "an", "one", "two", "twenty-five", "year", "years", "month", "week", "days", "hours", "ago",
            "later", "early", "mid-", "late", "end", "of", "fiscal", "FY", "Q", "Q3", "half", "first", "summer",
            "winter", "today", "tonight", "now", "every", "each", "per", "annual", "noon", "midnight", "o'clock",
            "o’clock", "a.m.", "PM", "GMT", "UTC", "EST", "century", "20th", "1990s", "’80s", "'99", "sixties",
            "Christmas", "Day", "since", "until", "at least", "more than", "nearly", "about", "Early", "by", "as of",
            "the end of", "the beginning of", "mid", "mid-", "ſeptember", "\u212Aelvin", "\u0130", "\u0131", "é",
            "“", "”", "’", "‘", "–", "—", "\uD835\uDC00", "-", "/", ":", ".", ",", " ", " ", " ", "\n", "\n\n", "(",
            ")", "%", "$"};
        Random random = new Random(20240105);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(4)) {
                    case 0 -> sb.append(random.nextInt(random.nextBoolean() ? 32 : 3000));
                    case 1 -> sb.append((char) ('A' + random.nextInt(58)));
                    default -> sb.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            String t = sb.toString();
            assertSame(t, 0, t.length());
            assertSamePrefixes(t);
        }
    }

    private static final Prefixes PREFIXES = new Prefixes(WORDS);

    /** The words before a match ("at least", "early", "since") are found the same way: only where they can start. */
    private static void assertSamePrefixes(String text) {
        for (int at = 0; at <= text.length(); at++) {
            for (WordKind kind : new WordKind[] {WordKind.MOD, WordKind.POSMOD, WordKind.RELATION}) {
                int lowest = at / 3;
                assertEquals(PREFIXES.tail(kind, text, lowest, at, true), PREFIXES.tail(kind, text, lowest, at, false),
                        kind + " before " + at + " in: " + text);
            }
        }
    }

    private static void assertSame(String text, int from, int to) {
        List<Candidate> fast = new ArrayList<>();
        List<Candidate> plain = new ArrayList<>();
        SCANNER.scan(text, from, to, fast);
        RuleScanner.scanEveryPosition(TABLE, text, from, to, plain);
        assertEquals(describe(plain), describe(fast), () -> "in [" + from + ", " + to + ") of: " + text);
    }

    /** Matches in a fixed order, with their groups: the scanner may find them in another order. */
    private static List<String> describe(List<Candidate> cs) {
        return cs.stream()
                .map(c -> String.format("%05d %05d %03d %s", c.from(), c.to(), c.rule().order(), new java.util.TreeMap<>(c.groups())))
                .sorted()
                .collect(Collectors.toList());
    }
}
