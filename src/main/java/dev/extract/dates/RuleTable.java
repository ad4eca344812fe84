package dev.extract.dates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@code patterns.tsv} and expands its macros into compiled patterns. Every macro is a plain alternation
 * or a bounded digit class and every rule is anchored by look-arounds, so no rule can backtrack badly.
 */
final class RuleTable {
    private static final Pattern MACRO = Pattern.compile("\\{([A-Z]+)(?::([a-z0-9]+))?}");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** Not inside a word or a longer number ("302,000", "555-1234", "2000-strong"). */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])(?<!\\p{N}[-/.:,])";
    private static final String AFTER = "(?![\\p{L}\\p{N}]|[-/.:,]\\p{N}|-\\p{L})";

    private final List<Rule> rules;

    RuleTable(Lexicon lexicon, List<String[]> table) {
        List<Rule> out = new ArrayList<>();
        for (String[] row : table) {
            if (row.length < 4) {
                throw new IllegalStateException("patterns.tsv: need rule, type, resolver, pattern: " + String.join("\t", row));
            }
            String regex = BEFORE + "(?:" + expand(row[3], lexicon) + ")" + AFTER;
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            // folding ASCII only is the same as folding the Unicode way while the pattern's letters are ASCII
            Pattern ascii = regex.chars().anyMatch(RuleTable::casedBeyondAscii) ? p : Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            LinkedHashSet<String> groups = new LinkedHashSet<>();
            Matcher g = GROUP.matcher(regex);
            while (g.find()) {
                groups.add(g.group(1));
            }
            Resolver resolver = dev.extract.lang.Coded.byCode(Resolver.values(), row[2]);
            if (resolver == null) {
                throw new IllegalStateException("patterns.tsv: unknown resolver " + row[2] + ": " + String.join("\t", row));
            }
            out.add(new Rule(row[0], row[1], resolver, p, ascii, List.copyOf(groups), out.size()));
        }
        this.rules = List.copyOf(out);
    }

    private static boolean casedBeyondAscii(int c) {
        return c >= 0x80 && (Character.toUpperCase(c) != c || Character.toLowerCase(c) != c);
    }

    List<Rule> rules() {
        return rules;
    }

    private static String expand(String pattern, Lexicon lexicon) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1);
            String name = m.group(2) != null ? m.group(2) : kind.toLowerCase(Locale.ROOT);
            m.appendReplacement(sb, Matcher.quoteReplacement(macro(kind, name, lexicon)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The word kind a macro names: {MONTH} is month; an unknown one fails. */
    private static WordKind wordKind(String macro) {
        WordKind kind = dev.extract.lang.Coded.byCode(WordKind.values(), macro.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new IllegalStateException("patterns.tsv: unknown macro {" + macro + "}");
        }
        return kind;
    }

    private static String macro(String kind, String name, Lexicon lexicon) {
        return switch (kind) {
            case "DAY" -> "(?<" + name + ">3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
            case "YEAR" -> "(?<" + name + ">1\\d{3}|20\\d{2})";
            case "NUM" -> "(?<" + name + ">\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:" + lexicon.alternation(WordKind.TENS) + ")[-\\s](?:" + lexicon.alternation(WordKind.ONES) + ")|"
                    + lexicon.alternation(WordKind.NUMBER) + ")(?!\\p{L})";
            case "AMPM" -> "(?<" + name + ">[ap]\\.\\s?m\\.?|[ap]m(?!\\p{L}))";
            case "TZ" -> "(?<" + name + ">\\(\\s*(?:GMT|UTC)\\s*[+−-]\\s*\\d{1,2}(?::?\\d{2})?\\s*\\)"
                    + "|(?:GMT|UTC)(?:\\s*[+−-]\\s*\\d{1,2}(?::?\\d{2})?)?|[ECMP][SD]T|BST|CEST|CET|MSK|JST|AEST|AEDT|HKT|SGT)(?!\\p{L})";
            default -> "(?<" + name + ">" + lexicon.alternation(wordKind(kind)) + ")(?!\\p{L})";
        };
    }
}
