package dev.extract.dates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rules can match at a position, worked out once from the compiled patterns themselves (nothing to keep
 * in step by hand): a rule that fails on a prefix of the text without reading past its end fails on every
 * text with that prefix. Two tables: per first character, and, for words of letters a-z (after folding case
 * the way a case-insensitive pattern does), a trie of the word prefixes each rule can still match.
 * Only the look-behind at a rule's start sees text before a match, and it can only refuse more in real text.
 */
final class RuleStarts {
    /**
     * Characters that are not letters, below PROBED or in General Punctuation (dashes, quotes) and Currency
     * Symbols ("€"), have their own list of rules; a letter starts a walk in the trie; others try every rule.
     */
    private static final char PROBED = 0x250;
    private static final char PUNCTUATION = 0x2000;
    private static final char PUNCTUATION_END = 0x20D0;
    /** Words longer than this try the rules still alive after their first DEPTH letters. */
    private static final int DEPTH = 16;
    /** More trie nodes than this means some rule takes any word: then letters use the per-character table. */
    private static final int MAX_NODES = 20_000;
    private static final int[] NONE = new int[0];
    /** A first word that leaves at least this many rules alive has its next word read too. */
    private static final int TWO_WORD_MIN_RULES = 2;
    /** Most word pairs remembered; past that, pairs are probed each time (a bound on memory, not on results). */
    private static final int MAX_PAIRS = 50_000;

    private final List<Pattern> patterns;
    /** Rules alive after a first word, a space and a second word (folded), per such prefix; shared by threads. */
    private final java.util.Map<String, int[]> pairs = new java.util.concurrent.ConcurrentHashMap<>();

    private final int[] all;
    private final int[][] byChar;
    /** Trie over a-z: child[node * 26 + letter] is the child node, or -1; rules[node] the rules alive there. */
    private final int[] child;
    private final int[][] rules;

    /** @param patterns each opening with a look-behind that refuses a letter or digit before it */
    RuleStarts(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Matcher[] probes = new Matcher[patterns.size()];
        for (int r = 0; r < probes.length; r++) {
            probes[r] = patterns.get(r).matcher("");
        }
        this.all = new int[probes.length];
        Arrays.setAll(all, i -> i);
        this.byChar = new int[PROBED + PUNCTUATION_END - PUNCTUATION][];
        for (char c = 0; c < PROBED; c++) {
            byChar[c] = Character.isLetter(c) ? all : alive(probes, all, String.valueOf(c));
        }
        for (char c = PUNCTUATION; c < PUNCTUATION_END; c++) {
            byChar[PROBED + c - PUNCTUATION] = alive(probes, all, String.valueOf(c));
        }
        List<int[]> nodes = new ArrayList<>();
        List<int[]> children = new ArrayList<>();
        nodes.add(all);
        children.add(newChildren());
        boolean complete = grow(probes, 0, new StringBuilder(), nodes, children);
        if (complete) {
            this.rules = nodes.toArray(new int[0][]);
            this.child = new int[nodes.size() * 26];
            for (int n = 0; n < children.size(); n++) {
                System.arraycopy(children.get(n), 0, child, n * 26, 26);
            }
        } else {
            this.rules = null;
            this.child = null;
        }
    }

    /** Indices of the patterns that may match at {@code text[p]}, a position not preceded by a letter or digit. */
    int[] at(String text, int p, int to) {
        char c = text.charAt(p);
        if (!Character.isLetter(c)) {
            int[] alive = byChar(c);
            boolean number = c >= '0' && c <= '9' && child != null;
            return number && alive.length >= TWO_WORD_MIN_RULES ? afterNumber(text, p, to, alive) : alive;
        }
        if (child == null) {
            return all;
        }
        int node = 0;
        int i = p;
        for (int depth = 0; i < to && depth < DEPTH; i++, depth++) {
            char ch = text.charAt(i);
            if (!Character.isLetter(ch)) {
                break;
            }
            int folded = fold(ch);
            if (folded < 'a' || folded > 'z') {
                return rules[node]; // a letter the trie does not know: the rules its prefix allows
            }
            node = child[node * 26 + folded - 'a'];
            if (node < 0) {
                return NONE;
            }
        }
        if (i < to && text.charAt(i) == ' ' && rules[node].length >= TWO_WORD_MIN_RULES) {
            return withNextWord(text, p, i, to, rules[node]);
        }
        return rules[node];
    }

    /** A letter folded as a case-insensitive pattern compares it: an ASCII letter when it is one. */
    private static int fold(char ch) {
        return ch < 0x80 ? ch | 0x20 : Character.toLowerCase(Character.toUpperCase(ch));
    }

    private static boolean isFoldedAscii(char ch) {
        int folded = fold(ch);
        return Character.isLetter(ch) && folded >= 'a' && folded <= 'z';
    }

    /**
     * Of {@code alive} (the rules the first word allows), those that the text still allows after the space and
     * the next word: "the" leaves a dozen rules, "the company" none. The answer depends only on the two words
     * folded, so it is probed once per pair and remembered (up to {@value #MAX_PAIRS} pairs).
     */
    private int[] withNextWord(String text, int p, int space, int to, int[] alive) {
        int end = space + 1;
        int limit = Math.min(to, space + 1 + DEPTH);
        while (end < limit && isFoldedAscii(text.charAt(end))) {
            end++;
        }
        if (end == space + 1) {
            return alive;
        }
        char[] key = new char[end - p];
        for (int k = p; k < end; k++) {
            key[k - p] = k == space ? ' ' : (char) fold(text.charAt(k));
        }
        return remembered(new String(key), alive);
    }

    /**
     * Of {@code alive} (the rules a digit allows), those that the number's word ("15", "1,200", "10:30",
     * "15th", "5pm") and what follows it still allow: the next word after a space ("15 percent" leaves none
     * of the rules "15" leaves), or else the one character after it ("15%"). Remembered per such prefix.
     */
    private int[] afterNumber(String text, int p, int to, int[] alive) {
        int i = p;
        while (i < to && i - p < DEPTH && isNumberWordChar(text.charAt(i))) {
            i++;
        }
        if (i < to && text.charAt(i) == ' ') {
            return withNextWord(text, p, i, to, alive);
        }
        int end = i < to && i - p < DEPTH && !Character.isSurrogate(text.charAt(i)) ? i + 1 : i;
        char[] key = new char[end - p];
        for (int k = p; k < end; k++) {
            char ch = text.charAt(k);
            key[k - p] = k < i ? (char) fold(ch) : ch; // the number's word is ASCII; the mark after it stays
        }
        return remembered(new String(key), alive);
    }

    /** The rules of {@code alive} that {@code prefix} still allows, worked out once per prefix (up to a bound). */
    private int[] remembered(String prefix, int[] alive) {
        int[] known = pairs.get(prefix);
        if (known == null) {
            known = alive(patterns, alive, prefix);
            if (pairs.size() < MAX_PAIRS) {
                pairs.put(prefix, known);
            }
        }
        return known;
    }

    /** ASCII digits and letters and the marks inside numbers, dates and times: the word a number opens. */
    private static boolean isNumberWordChar(char ch) {
        return ch < 0x80 && (Character.isLetterOrDigit(ch) || ch == ',' || ch == '.' || ch == ':' || ch == '/' || ch == '-');
    }

    private int[] byChar(char c) {
        if (c < PROBED) {
            return byChar[c];
        }
        return c >= PUNCTUATION && c < PUNCTUATION_END ? byChar[PROBED + c - PUNCTUATION] : all;
    }

    /** Whether the trie is in use (false only when a rule accepts any word, which the table has none of). */
    boolean usesWords() {
        return child != null;
    }

    private static int[] newChildren() {
        int[] c = new int[26];
        Arrays.fill(c, -1);
        return c;
    }

    /** Adds the children of {@code node} (the prefix {@code prefix}) whose prefix some rule still matches. */
    private static boolean grow(Matcher[] probes, int node, StringBuilder prefix, List<int[]> nodes, List<int[]> children) {
        if (prefix.length() == DEPTH) {
            return true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            prefix.append(c);
            int[] alive = alive(probes, nodes.get(node), prefix.toString());
            if (alive.length > 0) {
                if (nodes.size() >= MAX_NODES) {
                    return false;
                }
                int n = nodes.size();
                nodes.add(alive);
                children.add(newChildren());
                children.get(node)[c - 'a'] = n;
                if (!grow(probes, n, prefix, nodes, children)) {
                    return false;
                }
            }
            prefix.setLength(prefix.length() - 1);
        }
        return true;
    }

    /** Those of {@code candidates} that match {@code input} or read past its end (new matchers: any thread). */
    private static int[] alive(List<Pattern> patterns, int[] candidates, String input) {
        int[] out = new int[candidates.length];
        int n = 0;
        for (int r : candidates) {
            Matcher m = patterns.get(r).matcher(input);
            if (m.lookingAt() || m.hitEnd()) {
                out[n++] = r;
            }
        }
        return n == candidates.length ? candidates : Arrays.copyOf(out, n);
    }

    /** Those of {@code candidates} that match {@code input} or read past its end. */
    private static int[] alive(Matcher[] probes, int[] candidates, String input) {
        int[] out = new int[candidates.length];
        int n = 0;
        for (int r : candidates) {
            Matcher m = probes[r].reset(input);
            if (m.lookingAt() || m.hitEnd()) {
                out[n++] = r;
            }
        }
        return n == candidates.length ? candidates : Arrays.copyOf(out, n);
    }
}
