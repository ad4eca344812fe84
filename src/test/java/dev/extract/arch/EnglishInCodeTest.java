package dev.extract.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No English word set in the Java code: the words a rule tests live in the language pack
 * ({@code src/main/resources/dev/extract/lang/en/}). Scans every string literal of {@code src/main/java}
 * (comments skipped) and reports, with file:line,
 * <ul>
 * <li>a literal that is a lower-case English word or phrase ({@code "said"}, {@code "according to"}), unless
 * the word is on the allow-list of {@code lang/en/README.md} ({@code word — why it stays in code});</li>
 * <li>a literal holding a regular-expression alternation of lower-case words ({@code "said|told"}), even when
 * allow-listed: a set of words in a pattern is a list in disguise.</li>
 * </ul>
 * Not scanned, because their lower-case literals are names of a format, not English: {@code dev.extract.lang}
 * (the pack's reader), {@code cli} and {@code spark} (option names and choices, error codes, messages to the
 * user), {@code json} (output field names and codes), {@code view} (labels and column names of the views a
 * person reads), {@code source} (HTML tag and attribute names, the tags the sniffer looks for, JSON and CSV
 * field names, schema.org types, error codes, boilerplate.tsv kinds; its English word lists are in
 * lang/en/source/). Also not flagged: the code of an enum constant ({@code DIRECT("direct")}), which is the
 * value-set code written in the data files and the output, and the name of a regex group ({@code
 * m.group("weekday")}), which names a part of a pattern.
 */
class EnglishInCodeTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path ALLOW_LIST = Path.of("src/main/resources/dev/extract/lang/en/README.md");
    /** Packages whose lower-case literals are format names, not English (see the class comment). */
    private static final List<String> FORMAT_PACKAGES = List.of("dev/extract/lang/", "dev/extract/cli/",
            "dev/extract/spark/", "dev/extract/json/", "dev/extract/view/", "dev/extract/source/");
    private static final Pattern WORD_OR_PHRASE = Pattern.compile("[a-z]{2,}(?:[ '’-][a-z]+)*");
    private static final Pattern WORD_ALTERNATION = Pattern.compile("(?<![A-Za-z\\\\])[a-z]{2,}\\|[a-z]{2,}(?![A-Za-z])");
    /** What stands before the code of an enum constant: {@code NAME(} and any earlier string arguments. */
    private static final Pattern ENUM_CONSTANT = Pattern.compile("(?:^|[,{;]|\\s)[A-Z][A-Z0-9_]*\\(\\s*(?:\"[^\"]*\"\\s*,\\s*)*$");
    /** What stands before the name of a regex group: {@code m.group(}, {@code .start(}, {@code .end(}. */
    private static final Pattern GROUP_NAME = Pattern.compile("\\.(?:group|start|end)\\(\\s*$");

    @Test
    void noEnglishWordLiteralsInCode() throws IOException {
        Set<String> allowed = allowList();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                boolean formatPackage = FORMAT_PACKAGES.stream().anyMatch(relative::startsWith);
                for (Literal literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                    String why = offence(literal, formatPackage, allowed);
                    if (why != null) {
                        found.add(SOURCES.resolve(relative) + ":" + literal.line() + ": \"" + literal.value() + "\" " + why);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " English word literals in src/main/java (move the words to a list "
                + "under lang/en/, or allow-list a single structural word in lang/en/README.md with the reason):\n"
                + String.join("\n", found));
    }

    /** The scanner itself, on a made-up source: it runs while the corpus-wide test waits for the merge. */
    @Test
    void theScannerFindsWordsAndRegexWordSetsAndSkipsTheRest() {
        String src = "class X {\n"
                + "    // \"said\" in a comment\n"
                + "    /* \"told\" in a block\n comment */\n"
                + "    enum K { DIRECT(\"direct\"), NOUN_CUE(\"x\", \"nounCue\") } String w = m.group(\"weekday\");\n"
                + "    char q = '\"';\n"
                + "    Set<String> S = Set.of(\"said\", \"according to\", \"of\", \"PROPN\", \"f1\", \"a\");\n"
                + "    Pattern P = Pattern.compile(\"(?i)\\\\b(?:said|told)\\\\b\");\n"
                + "}\n";
        List<String> flagged = new ArrayList<>();
        for (Literal l : literals(src)) {
            String why = offence(l, false, Set.of("of"));
            if (why != null) {
                flagged.add(l.line() + ":" + l.value());
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of("7:said", "7:according to", "8:(?i)\\\\b(?:said|told)\\\\b"), flagged);
        for (Literal l : literals(src)) {
            org.junit.jupiter.api.Assertions.assertNull(offence(l, true, Set.of()), "a format package is not scanned");
        }
    }

    /** Why the literal is an English word in code, or null when it is not. */
    static String offence(Literal literal, boolean formatPackage, Set<String> allowed) {
        String v = literal.value();
        if (formatPackage) {
            return null;
        }
        if (WORD_ALTERNATION.matcher(v).find()) {
            return "(a regex alternation of words)";
        }
        if (literal.name() || !WORD_OR_PHRASE.matcher(v).matches()) {
            return null;
        }
        return allowed.contains(v.toLowerCase(Locale.ROOT)) ? null : "(a word)";
    }

    /** The words of the allow-list: every line {@code word — why}, bullets and backticks ignored. */
    static Set<String> allowList() throws IOException {
        Set<String> words = new HashSet<>();
        if (!Files.exists(ALLOW_LIST)) {
            return words;
        }
        for (String line : Files.readAllLines(ALLOW_LIST, StandardCharsets.UTF_8)) {
            String l = line.strip();
            int dash = l.indexOf(" — ");
            if (l.startsWith("#") || dash < 0) {
                continue;
            }
            String word = l.substring(0, dash).replaceFirst("^[-*]\\s+", "").replace("`", "").strip();
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * A string literal's value as written (escapes kept), its line, and whether it is a name rather than a word
     * of the text: an enum constant's code or a regex group's name.
     */
    record Literal(String value, int line, boolean name) {
    }

    /** The string literals of a Java source, comments and character literals skipped. Text blocks count too. */
    static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (c == '\'') {
                i = skipQuoted(src, i, '\'');
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.add(new Literal(src.substring(i + 3, Math.max(i + 3, end - 3)).strip(), line, false));
                line += count(src, i, end);
                i = end;
            } else if (c == '"') {
                int end = skipQuoted(src, i, '"');
                String before = src.substring(src.lastIndexOf('\n', i) + 1, i);
                out.add(new Literal(src.substring(i + 1, end - 1), line,
                        ENUM_CONSTANT.matcher(before).find() || GROUP_NAME.matcher(before).find()));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The index just after the closing quote of the literal opening at {@code from}. */
    private static int skipQuoted(String src, int from, char quote) {
        int i = from + 1;
        while (i < src.length() && src.charAt(i) != quote && src.charAt(i) != '\n') {
            i += src.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, src.length());
    }

    private static int count(String src, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (src.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
