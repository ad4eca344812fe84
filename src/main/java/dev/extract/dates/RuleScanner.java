package dev.extract.dates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Runs every rule of a {@link RuleTable} over a stretch of text in one pass, giving the same matches as one
 * {@link Matcher#find()} loop per rule, but trying a rule only where a match can begin: every rule opens with
 * a look-behind refusing a letter or digit before it, so only word starts are tried, and there only the rules
 * that may start with the character found there.
 */
final class RuleScanner {
    /**
     * The only characters beyond ASCII whose case folds onto an ASCII letter (İ, ı, ſ and the Kelvin sign; the
     * test checks every code point). A text without them matches the ASCII-folding patterns exactly as the
     * Unicode-folding ones, which pay a Character.toUpperCase per character compared.
     */
    static final String FOLDS_TO_ASCII = "\u0130\u0131\u017F\u212A";

    private final RuleTable table;
    private final RuleStarts starts;

    RuleScanner(RuleTable table) {
        this.table = table;
        this.starts = new RuleStarts(table.rules().stream().map(Rule::pattern).toList());
    }

    /** Every rule's matches in {@code text[from, to)}, per rule left to right and not overlapping, as find() gives. */
    void scan(String text, int from, int to, List<Candidate> out) {
        over(text).scan(from, to, out);
    }

    /** A scan of several stretches of one text, reusing its matchers (one per rule, made when first needed). */
    Session over(String text) {
        return new Session(text);
    }

    final class Session {
        private final String text;
        private final boolean ascii;
        private final Matcher[] matchers;
        private final int[] next;

        private Session(String text) {
            this.text = text;
            this.ascii = !foldsToAscii(text);
            this.matchers = new Matcher[table.rules().size()];
            this.next = new int[matchers.length];
        }

        void scan(int from, int to, List<Candidate> out) {
            List<Rule> rules = table.rules();
            java.util.Arrays.fill(next, from); // where each rule's next find() would start searching
            for (int p = from; p < to; p++) {
                if (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))) {
                    continue; // the look-behind every rule starts with refuses this position
                }
                for (int r : starts.at(text, p, to)) {
                    if (p < next[r]) {
                        continue;
                    }
                    Rule rule = rules.get(r);
                    Matcher m = matchers[r];
                    if (m == null) {
                        m = matchers[r] = (ascii ? rule.asciiPattern() : rule.pattern()).matcher(text);
                        m.useTransparentBounds(true);
                    }
                    m.region(p, to);
                    if (m.lookingAt()) {
                        out.add(new Candidate(rule, m.start(), m.end(), groups(rule, m)));
                        next[r] = m.end() == p ? p + 1 : m.end();
                    }
                }
            }
        }
    }

    private static boolean foldsToAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x130 && FOLDS_TO_ASCII.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> groups(Rule r, Matcher m) {
        Map<String, String> groups = new HashMap<>();
        for (String g : r.groups()) {
            String v = m.group(g);
            if (v != null) {
                groups.put(g, v);
            }
        }
        return groups;
    }

    /** The plain loop of find() per rule: what {@link #scan} must equal (kept for the test that says so). */
    static void scanEveryPosition(RuleTable table, String text, int from, int to, List<Candidate> out) {
        for (Rule r : table.rules()) {
            Matcher m = r.pattern().matcher(text).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                out.add(new Candidate(r, m.start(), m.end(), groups(r, m)));
            }
        }
    }
}
