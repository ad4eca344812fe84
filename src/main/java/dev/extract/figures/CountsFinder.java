package dev.extract.figures;

import dev.extract.text.Span;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * What a figure counts: the noun phrase after it ("315,000 Russian troops"), or after "of" ("tens of
 * thousands of soldiers", "90% of the personnel"), or for an age or a number in brackets the noun phrase
 * before it ("young Russian man aged 18 to 30", "a wave of men (486,000)"). Read from the tagger's tokens.
 */
final class CountsFinder {
    private static final Lexicon LEX = Lexicon.get();
    private static final Set<String> NP_WORDS = Set.of("ADJ", "NOUN", "PROPN");
    private static final int MAX_WORDS = 8;
    private static final int BACK_REACH = 4;

    private CountsFinder() {
    }

    static Span find(SentenceView s, Draft d) {
        Span found = look(s, d);
        if (found == null && (d.kind() == FigureKind.PERCENT || d.kind() == FigureKind.MONEY)) {
            found = amountOf(s, d);
        }
        if (found == null) {
            return null;
        }
        String text = found.text().toLowerCase(java.util.Locale.ROOT);
        String head = text.substring(text.lastIndexOf(' ') + 1);
        return LEX.is(head, ContextRole.TIME_NOUN) || !countable(head) ? null : found;
    }

    /**
     * A head that can be counted: a word ("18 777s"), not a number (".496" in a table), a month ("35,000 September
     * options") or an adverb the tagger calls a noun ("$14 apiece", "1,550 ahead").
     */
    private static boolean countable(String head) {
        return head.chars().anyMatch(Character::isLetter) && !LEX.is(head, ContextRole.MONTH) && !LEX.is(head, ContextRole.NOT_COUNTED);
    }

    private static Span look(SentenceView s, Draft d) {
        List<Token> toks = s.tokens();
        int after = s.tokenIndexFrom(d.to());
        if (d.kind() == FigureKind.SCORE) {
            return null; // the two sides of "7-4" count votes or goals, which the words after seldom name
        }
        if (d.kind() == FigureKind.AGE) {
            int at = s.tokenIndexFrom(d.from());
            if (at > 0 && toks.get(at - 1).text().equals(",")) {
                return before(s, at - 1); // "Mensah, 31,"
            }
            int k = at - 1;
            while (k >= 0 && !LEX.startsWith(toks.get(k).lower(), ContextRole.AGE_PREFIX)) {
                k--;
            }
            // "Jobs, aged 55", "Steve Jobs dies aged 56": pass a comma or one verb
            if (k > 0 && (toks.get(k - 1).text().equals(",") || toks.get(k - 1).isVerb())) {
                k--;
            }
            return before(s, k);
        }
        if (d.kind() == FigureKind.COUNT && after > 0 && after < toks.size() && toks.get(after).text().equals(")")
                && s.tokenIndexFrom(d.from()) > 0 && toks.get(s.tokenIndexFrom(d.from()) - 1).text().equals("(")) {
            return before(s, s.tokenIndexFrom(d.from()) - 1);
        }
        int k = after;
        boolean of = k < toks.size() && toks.get(k).lower().equals("of");
        if (of) {
            k++;
        }
        if (d.kind() == FigureKind.MEASURE && !of && s.doc().text().substring(d.from(), d.to()).indexOf('-') < 0) {
            return null; // "70 km south-west": a measure counts only "500km of wiring" or "a 3.5-inch screen"
        }
        boolean multiplier = d.kind() == FigureKind.MULTIPLIER;
        while (k < toks.size() && LEX.is(toks.get(k).lower(), ContextRole.COUNTS_SKIP) && d.kind() != FigureKind.COUNT
                && (multiplier || !LEX.is(toks.get(k).lower(), ContextRole.COMPARISON))) {
            k++;
        }
        boolean skipped = k > after + (of ? 1 : 0);
        if (!of && !skipped && !multiplier && k < toks.size() && toks.get(k).tag().equals("DET")) {
            return null; // "95% the WHO says": a determiner right after the figure opens another phrase
        }
        if (k < toks.size() && (toks.get(k).tag().equals("DET") || toks.get(k).tag().equals("PRON"))
                && !LEX.is(toks.get(k).lower(), ContextRole.TIME_WORD)) {
            return forward(s, k, k + 1); // "of the personnel", "than their average salary"
        }
        return forward(s, k, k);
    }

    /**
     * What a percentage or an amount of money is of, when no noun follows it: "$2.1 billion in revenue" (a
     * common noun after "in"), or the common noun before it, across a verb and a preposition:
     * "unemployment rose to 4.1%", "revenue of $2.1 billion", "inflation was 3.2%".
     */
    private static Span amountOf(SentenceView s, Draft d) {
        List<Token> toks = s.tokens();
        int after = s.tokenIndexFrom(d.to());
        if (d.kind() == FigureKind.MONEY && after + 1 < toks.size() && toks.get(after).lower().equals("in")
                && toks.get(after + 1).tag().equals("NOUN")) {
            Span in = forward(s, after + 1, after + 1);
            if (in != null) {
                return in;
            }
        }
        int k = s.tokenIndexFrom(d.from()) - 1;
        if (d.qualifierFrom() >= 0) {
            k = s.tokenIndexFrom(d.qualifierFrom()) - 1;
        }
        int passed = 0;
        boolean link = false; // a verb or "of" must link the noun to the figure, not "to" alone ("4.3 points to 71.8%")
        boolean agent = false; // "the startup raised $40m": the subject acted, the money is not its
        boolean passive = false; // "the price has been reduced to $199"
        while (k >= 0 && passed < BACK_REACH && (linking(toks.get(k)) || LEX.is(toks.get(k).lower(), ContextRole.BACK_SKIP))) {
            String w = toks.get(k).lower();
            link |= linking(toks.get(k)) || w.equals("of");
            agent |= LEX.is(w, ContextRole.AGENT_VERB);
            passive |= LEX.is(w, ContextRole.LINK_VERB) && !LEX.is(w, ContextRole.AGENT_VERB);
            k--;
            passed++;
        }
        if (agent && !passive) {
            return null;
        }
        if (!link || k < 0 || !toks.get(k).tag().equals("NOUN") || LEX.is(toks.get(k).lower(), ContextRole.TIME_NOUN)
                || k > 0 && toks.get(k).from() == toks.get(k - 1).to()) {
            return null; // no noun, or the tail of a compound ("five-year-olds")
        }
        Span np = before(s, k + 1);
        if (np == null || toks.get(k + 1).lower().equals("of")) {
            return np; // "revenue of $2.1 billion"
        }
        return opensClause(toks, npStart(toks, k)) ? np : null; // "sales of chips for personal computers fell 11%"
    }

    /** True when the noun phrase starting at token {@code first} opens its clause: sentence start, comma, "and", a determiner. */
    private static boolean opensClause(List<Token> toks, int first) {
        if (first <= 0) {
            return true;
        }
        Token t = toks.get(first - 1);
        return t.text().equals(",") || t.tag().equals("DET") || t.tag().equals("CCONJ") || t.tag().equals("SCONJ")
                || t.tag().equals("PRON") && LEX.endsWith(t.lower(), ContextRole.PLURAL_ENDING);
    }

    /**
     * A verb that ties a noun to its amount: a form of "be", a change word ("rose", "fell", "cut") or a verb of
     * role {@code linkVerb} ("stood", "totalled", "cost"); not an action whose subject is an agent ("the club
     * paid €3.2m", "the startup raised $40m").
     */
    private static boolean linking(Token t) {
        String w = t.lower();
        return t.isVerb() && (LEX.is(w, ContextRole.UP) || LEX.is(w, ContextRole.DOWN) || LEX.is(w, ContextRole.LINK_VERB));
    }

    /**
     * The run of adjectives and nouns from {@code from} ({@code start} may hold a determiner), ending on a
     * noun. Hyphen compounds ("short-haul"), possessives ("Boeing's") and model numbers inside the phrase
     * ("Boeing 787 Dreamliner aircraft") stay in; the phrase ends after its first plural noun, as the tagger
     * often takes the verb after it for a noun ("40,000 songs fit").
     */
    private static Span forward(SentenceView s, int start, int from) {
        List<Token> toks = s.tokens();
        int lastNoun = -1;
        for (int k = from; k < toks.size() && k < from + MAX_WORDS; k++) {
            Token t = toks.get(k);
            boolean joined = k > from && t.from() == toks.get(k - 1).to();
            boolean hyphen = joined && (t.text().equals("-") && k + 1 < toks.size() && toks.get(k + 1).from() == t.to()
                    || t.text().startsWith("-") && t.text().length() > 1); // "short-haul" comes as "short" "-haul"
            boolean possessive = joined && (LEX.possessives.contains(t.lower()) || LEX.possessives.contains(t.text()));
            boolean number = t.tag().equals("NUM") && k > from && k + 1 < toks.size() && NP_WORDS.contains(toks.get(k + 1).tag());
            number |= k == from && idiomCompound(toks, k); // "$3 million one-time gain": an adjective
            if (k == from && LEX.is(t.lower(), ContextRole.TIME_WORD)) {
                return null; // "12% last year": a time phrase, not what the figure counts
            }
            if (!NP_WORDS.contains(t.tag()) && !hyphen && !possessive && !number) {
                break;
            }
            if (t.tag().equals("NOUN") || t.tag().equals("PROPN")) {
                lastNoun = k;
                if (t.tag().equals("NOUN") && isPlural(t.lower()) && !(k + 1 < toks.size() && toks.get(k + 1).from() == t.to())) {
                    break;
                }
            }
        }
        return lastNoun < 0 ? null : s.doc().span(toks.get(start).from(), toks.get(lastNoun).to());
    }

    /** True when the tokens glued together from {@code k} spell a compound of role idiomCompound ("one" "-" "time"). */
    private static boolean idiomCompound(List<Token> toks, int k) {
        StringBuilder sb = new StringBuilder(toks.get(k).lower());
        for (int j = k + 1; j < toks.size() && j <= k + 4 && toks.get(j).from() == toks.get(j - 1).to(); j++) {
            sb.append(toks.get(j).lower());
            if (LEX.is(sb.toString(), ContextRole.IDIOM_COMPOUND)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlural(String w) {
        return w.length() > 3 && LEX.endsWith(w, ContextRole.PLURAL_ENDING) && !LEX.endsWith(w, ContextRole.NOT_PLURAL_ENDING);
    }

    /** The noun phrase ending right before token {@code end} (exclusive). */
    private static Span before(SentenceView s, int end) {
        List<Token> toks = s.tokens();
        if (end <= 0) {
            return null;
        }
        int last = end - 1;
        Token t = toks.get(last);
        if (!(t.tag().equals("NOUN") || t.tag().equals("PROPN") || t.tag().equals("PRON") || t.tag().equals("DET"))) {
            return null;
        }
        return s.doc().span(toks.get(npStart(toks, last)).from(), t.to());
    }

    /** First token of the run of adjectives and nouns that ends at token {@code last}. */
    private static int npStart(List<Token> toks, int last) {
        int first = last;
        while (first - 1 >= 0 && NP_WORDS.contains(toks.get(first - 1).tag()) && last - first < MAX_WORDS) {
            first--;
        }
        return first;
    }
}
