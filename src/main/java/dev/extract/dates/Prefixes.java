package dev.extract.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words just before a match that belong to it (mods: "at least", "early", "the end of") or relate it to its
 * event and stay outside ("since", "until"). Each pattern is anchored at the end of a short tail of text.
 */
final class Prefixes {
    private static final int TAIL = 40;
    private final Lexicon words;
    /** A determiner after a mod: "over the next four years" is "during", not "more than". */
    private final Pattern determiner;
    private final Pattern mod;
    private final Pattern posmod;
    private final Pattern relation;
    private final Pattern lead;
    private final RuleStarts leadStarts;
    private final RuleStarts modStarts;
    private final RuleStarts posmodStarts;
    private final RuleStarts relationStarts;

    Prefixes(Lexicon words) {
        this.words = words;
        this.determiner = Pattern.compile("(?i)(?:" + words.alternation(WordKind.DETERMINER) + ")\\b");
        this.mod = tailPattern(words.alternation(WordKind.MOD), "\\s+");
        this.posmod = tailPattern(words.alternation(WordKind.POSMOD), "\\s*");
        this.relation = tailPattern(words.alternation(WordKind.RELATION), "\\s+");
        this.lead = tailPattern(words.alternation(WordKind.LEAD), "\\s+");
        this.leadStarts = new RuleStarts(java.util.List.of(lead));
        this.modStarts = new RuleStarts(java.util.List.of(mod));
        this.posmodStarts = new RuleStarts(java.util.List.of(posmod));
        this.relationStarts = new RuleStarts(java.util.List.of(relation));
    }

    private static Pattern tailPattern(String alternation, String gap) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternation + ")" + gap + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A found prefix: where it starts (UTF-16, in the text) and what it means. */
    record Found(int from, String word, String value) {
    }

    /** A mod word ending right at {@code at}, allowed before a {@code type}. */
    Found mod(String text, int lowest, int at, String type) {
        Found f = find(mod, modStarts, WordKind.MOD, text, lowest, at);
        if (f == null || determiner.matcher(text).region(at, Math.min(text.length(), at + 6)).lookingAt()) {
            return null; // "over the next four years" is "during", not "more than"
        }
        String where = words.extra(WordKind.MOD, f.word());
        boolean quantity = type.equals("DURATION") || type.equals("TIME") || type.equals("SET");
        return "any".equals(where) || quantity ? f : null;
    }

    Found posmod(String text, int lowest, int at) {
        Found f = find(posmod, posmodStarts, WordKind.POSMOD, text, lowest, at);
        if (f != null && at > 0 && !f.word().endsWith("-") && !Character.isWhitespace(text.charAt(at - 1))) {
            return null; // "early" must be a word of its own: "mid-2011" has its own row
        }
        return f;
    }

    /** "earlier", "later" before "this year", "that day", "Sunday": part of the span, no mod. */
    Found lead(String text, int lowest, int at) {
        return find(lead, leadStarts, WordKind.LEAD, text, lowest, at);
    }

    Found relation(String text, int lowest, int at) {
        return find(relation, relationStarts, WordKind.RELATION, text, lowest, at);
    }

    /** The tail match of a kind ("mod", "posmod", "relation") before {@code at}; fast or by plain find(), to compare. */
    Found tail(WordKind kind, String text, int lowest, int at, boolean plain) {
        Pattern p = switch (kind) {
            case MOD -> mod;
            case POSMOD -> posmod;
            default -> relation;
        };
        if (!plain) {
            return find(p, kind == WordKind.MOD ? modStarts : kind == WordKind.POSMOD ? posmodStarts : relationStarts, kind, text, lowest, at);
        }
        Matcher m = p.matcher(text).region(Math.max(lowest, at - TAIL), at);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return null;
        }
        String word = Lexicon.normalise(m.group(1));
        return new Found(m.start(), word, words.value(kind, word));
    }

    /** The leftmost match in the tail, as find() over it gives, trying only where a word of the list can start. */
    private Found find(Pattern p, RuleStarts starts, WordKind kind, String text, int lowest, int at) {
        Matcher m = null;
        for (int i = Math.max(lowest, at - TAIL); i < at; i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || starts.at(text, i, at).length == 0) {
                continue;
            }
            if (m == null) {
                m = p.matcher(text);
                m.useTransparentBounds(true);
            }
            if (m.region(i, at).lookingAt()) {
                String word = Lexicon.normalise(m.group(1));
                return new Found(m.start(), word, words.value(kind, word));
            }
        }
        return null;
    }
}
