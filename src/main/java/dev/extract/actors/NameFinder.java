package dev.extract.actors;

import dev.extract.lang.LanguagePack;
import dev.extract.text.Block;
import dev.extract.text.Document;
import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds name mentions: runs of capitalised tokens, cut at titles and possessives, split where a known
 * country leads, typed later by {@link AliasResolver}. Title-case headlines and photo credits get their own
 * rules. Stateless apart from the lexicon; one instance serves all threads.
 */
final class NameFinder {
    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART",
            "PUNCT", "NUM", "SYM", "INTJ");
    private static final Set<String> OPENERS = Set.of("\"", "“", "‘", "'", "(", "[", ":", "—", "–", "-");
    /** Longest name run in tokens: longer capitalised stretches are lists or shouting, cut to bound the work. */
    static final int MAX_RUN = 12;
    /** First characters of the currency signs a country code may stand before ("US $40"): common/currency-signs.tsv. */
    private static final String CURRENCY_SIGNS = currencySigns();
    /** A dateline stands in the first few blocks of an article. */
    private static final int EARLY_BLOCKS = 4;
    /** The possessive marks of common/possessives.tsv that actors reads. */
    private static final Set<String> POSSESSIVE = possessives();

    private final Lexicon lex = Lexicon.get();
    private final RunSplitter splitter = new RunSplitter(lex);
    private final DatelineReader datelines = new DatelineReader(lex, this);
    private final HeadingReader headings = new HeadingReader(lex, this, splitter);
    private final ProductNames products = new ProductNames(lex, this);

    List<Candidate> find(Document doc) {
        List<Token> toks = doc.tokens();
        LoneWords lone = new LoneWords(lex, doc);
        List<Candidate> out = new ArrayList<>();
        List<int[]> pending = new ArrayList<>();
        List<Sentence> titleCase = new ArrayList<>();
        List<Sentence> headingLines = new ArrayList<>();
        int resume = -1;
        for (Sentence s : doc.sentences()) {
            Block.Kind kind = doc.block(s).kind();
            if (DatelineReader.isByline(toks, s)) {
                datelines.byline(toks, s, out);
            } else if (kind == Block.Kind.FURNITURE) {
                datelines.credits(toks, s, out);
            } else if (kind == Block.Kind.DATELINE) {
                datelines.dateline(toks, s.firstToken(), s.endToken(), out);
            } else if (kind == Block.Kind.HEADLINE && LineShape.isTitleCase(toks, s)) {
                titleCase.add(s);
            } else {
                Block b = doc.block(s);
                int from = b.index() < EARLY_BLOCKS && b.from() == toks.get(s.firstToken()).from()
                        ? datelines.datelineOpening(toks, s) : -1;
                if (from < 0 && b.index() > 0 && LineShape.isHeading(toks, s, b.from(), b.to())) {
                    headingLines.add(s); // a heading or caption: names there need the body, a gazetteer or a given name
                    continue;
                }
                if (from < 0 && LineShape.isShouting(toks, s)) {
                    titleCase.add(s); // capitals say nothing in a line of capitals either
                    continue;
                }
                if (from > 0) {
                    datelines.dateline(toks, s.firstToken(), from, out); // a second dateline after a date line: "SPRINGFIELD —"
                }
                int slug = from < 0 && b.from() == toks.get(s.firstToken()).from() ? LineShape.slugEnd(toks, s) : -1;
                if (slug > 0 && lex.entry(Lexicon.key(toks.subList(s.firstToken(), slug - 1))) != null) {
                    slug = -1; // "IRAQ - ...": a known name opens the line
                }
                int start = Math.max(Math.max(Math.max(from, slug), s.firstToken()), resume);
                resume = start < s.endToken() ? body(toks, s, start, lone, pending, out) : -1;
            }
        }
        readWithBody(toks, pending, titleCase, headingLines, out);
        products.drop(toks, out);
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    /**
     * The second pass, once the body's names are known: lone words kept only if named elsewhere, then the
     * headlines, lines in capitals and headings, which keep the names the body or the gazetteers know.
     */
    private void readWithBody(List<Token> toks, List<int[]> pending, List<Sentence> titleCase, List<Sentence> headingLines,
                              List<Candidate> out) {
        Set<String> known = new HashSet<>();
        for (Candidate c : out) {
            known.add(c.key());
            String[] words = c.key().split(" ");
            String last = words[words.length - 1];
            if (words.length == 1 || lex.placeWord(last) == null) {
                known.add(last); // a surname names its person in a headline or a sentence opening; "Glacier" of "Rhone Glacier" does not
            }
        }
        for (int[] p : pending) {
            if (known.contains(Lexicon.key(toks.subList(p[0], p[0] + 1)))) {
                splitter.split(toks, p[0], p[0], p[1], out);
            }
        }
        for (Sentence s : titleCase) {
            // in an all-capitals line "US" may be the pronoun ("ABOUT US"): short codes need mixed case there
            boolean shouting = NameShape.isAllCaps(Lexicon.key(toks.subList(s.firstToken(), s.endToken())).replace(" ", ""));
            headings.known(toks, s.firstToken(), s.endToken(), shouting, known, out);
        }
        for (Sentence s : headingLines) {
            headings.heading(toks, s, known, out);
        }
    }

    /** Reads a body sentence; returns where the next sentence's reading resumes (past a name carried into it), or -1. */
    private int body(List<Token> toks, Sentence s, int from, LoneWords lone, List<int[]> pending, List<Candidate> out) {
        int i = from;
        while (i < s.endToken()) {
            if (!startsName(toks.get(i)) || isCurrency(toks, i, s.endToken())) {
                if (isNameToken(toks.get(i)) && !isDateUse(toks, i, s.endToken())) {
                    pending.add(new int[] {i, s.endToken()}); // "May" is a name only as a known surname
                }
                i++;
                continue;
            }
            if (afterStancePrefix(toks, i)) {
                // "the pro-Beijing camp", "anti-Mafia laws": a stance, not a mention of the place or body; a name
                // after it is read on its own ("pro-Beijing New People Party")
                i = longestKnown(toks, i, s.endToken()) + 1;
                continue;
            }
            int j = Math.max(extend(toks, i, s.endToken()), longestKnown(toks, i, s.endToken()));
            int carried = j == s.endToken() - 1 ? carryInitial(toks, j) : -1;
            if (carried > j) {
                splitter.split(toks, i, carried, carried + 1, out); // "M." | "Atherton": the tagger cut the sentence at an initial
                return carried + 1;
            }
            if (ownsNothing(toks, i, j, s.endToken())) {
                j++; // "Moody's, which rates the debt", "Sainsbury's said": the 's is part of the name
            }
            boolean initial = isInitial(toks, s, i);
            if (j == i && !(initial ? lone.keepInitial(toks, i, s.endToken()) : lone.keepSingle(toks, toks.get(i)))) {
                pending.add(new int[] {i, s.endToken()}); // kept only if the article names it elsewhere
                i = j + 1;
                continue;
            }
            i = Math.max(j, splitter.split(toks, i, j, s.endToken(), out)) + 1;
        }
        return -1;
    }

    /**
     * A name run ending a sentence at an initial ("M." or "M ."), when the sentence detector cut there and the next
     * sentence opens with the surname in the same line: the last token of the whole name in the next sentence, else -1.
     */
    private int carryInitial(List<Token> toks, int j) {
        Token last = toks.get(j);
        boolean initial = RunSplitter.isInitials(last.text()) || last.text().equals(".") && j > 0 && NameShape.isInitialLetter(toks.get(j - 1).text());
        int next = j + 1;
        if (!initial || next >= toks.size() || !startsName(toks.get(next)) || toks.get(next).from() - last.to() != 1) {
            return -1;
        }
        int end = next;
        while (end < toks.size() && end - next < MAX_RUN && toks.get(end).sentence() == toks.get(next).sentence()) {
            end++;
        }
        return extend(toks, next, end);
    }

    /** A possessive that owns nothing (a comma, a verb or the end follows) belongs to an unknown name: "Moody's". */
    private boolean ownsNothing(List<Token> toks, int i, int j, int end) {
        if (j + 1 >= end || !toks.get(j + 1).text().endsWith("s") || !isPossessive(toks.get(j + 1))
                || lex.entry(Lexicon.key(toks.subList(i, j + 1))) != null) {
            return false;
        }
        Token after = j + 2 < end ? toks.get(j + 2) : null;
        return after == null || Lexicon.is(CueRole.AFTER_BARE_OWNER, after.text());
    }

    /** A name glued to "pro-" or "anti-" before it, however the tokenizer cut the hyphen ("pro-" "Beijing", "pro" "-" "Beijing"). */
    private static boolean afterStancePrefix(List<Token> toks, int i) {
        if (i == 0 || toks.get(i - 1).to() != toks.get(i).from()) {
            return false;
        }
        String before = toks.get(i - 1).lower();
        if (before.equals("-") && i > 1 && toks.get(i - 2).to() == toks.get(i - 1).from()) {
            return Lexicon.is(CueRole.STANCE_PREFIX, toks.get(i - 2).lower());
        }
        return before.endsWith("-") && Lexicon.is(CueRole.STANCE_PREFIX, before.substring(0, before.length() - 1));
    }

    /** "in May", "May 5": a month in a date, never a surname. */
    private static boolean isDateUse(List<Token> toks, int i, int end) {
        return (i > 0 && Lexicon.is(CueRole.DATE_PREPOSITION, toks.get(i - 1).lower()))
                || (i + 1 < end && toks.get(i + 1).isNumber());
    }

    /** "US$ 40", "GB £20.1 billion": a country code before a currency sign is part of an amount. */
    private static boolean isCurrency(List<Token> toks, int i, int end) {
        if (i + 1 >= end || toks.get(i + 1).text().isEmpty()) {
            return false;
        }
        char sign = toks.get(i + 1).text().charAt(0);
        boolean glued = toks.get(i + 1).from() == toks.get(i).to();
        return CURRENCY_SIGNS.indexOf(sign) >= 0 && (glued || NameShape.isAllCaps(toks.get(i).text()) && toks.get(i).text().length() <= 3);
    }

    /** The last token of the longest gazetteer name starting at {@code i} ("People's Republic of China"), or i. */
    int longestKnown(List<Token> toks, int i, int end) {
        for (int j = Math.min(end - 1, i + Lexicon.MAX_NAME_TOKENS - 1); j > i; j--) {
            if (!toks.get(j).text().equals("-") && lex.entry(Lexicon.key(toks.subList(i, j + 1))) != null) {
                return j;
            }
        }
        return i;
    }

    static boolean isInitial(List<Token> toks, Sentence s, int i) {
        return i == s.firstToken() || OPENERS.contains(toks.get(i - 1).text());
    }

    boolean startsName(Token t) {
        return isNameToken(t) && !lex.isNonName(t.text()) && !Lexicon.is(CueRole.SPELLED_NUMBER, t.text());
    }

    /** A capitalised word that may be part of a name; the tagger's function tags are trusted only for known function words. */
    boolean isNameToken(Token t) {
        String x = t.text();
        if (x.isEmpty() || !Character.isUpperCase(x.codePointAt(0)) || x.indexOf('$') >= 0) {
            return false;
        }
        return !FUNCTION_TAGS.contains(t.tag()) || !lex.isNonName(x) || (NameShape.isAllCaps(x) && x.length() > 1 && !x.equals("I"));
    }

    /** The last token of the name run that starts at {@code i}. */
    int extend(List<Token> toks, int i, int end) {
        int j = i;
        while (j + 1 < end && j - i < MAX_RUN) {
            int further = glued(toks, i, j, end);
            if (further < 0) {
                further = joined(toks, i, j, end);
            }
            if (further < 0) {
                break;
            }
            j = further;
        }
        return j;
    }

    /** The run's new last token when the next token is another name word or glued to it, else -1. */
    private int glued(List<Token> toks, int i, int j, int end) {
        Token next = toks.get(j + 1);
        if (isNameToken(next) && (!lex.isNonName(next.text()) || (j == i && lex.isFirstName(toks.get(i).text())))) {
            return j + 1;
        }
        String w = next.text();
        if (w.equals(".") && next.from() == toks.get(j).to() && NameShape.isInitialLetter(toks.get(j).text())) {
            return j + 1; // "G . Thorpe", "Elizabeth A . Burton" as the tokenizer splits them: the initial's full stop
        }
        if (w.equals(".") && next.from() == toks.get(j).to() && lex.isTitle(Lexicon.key(toks.subList(i, j + 1)))) {
            return j + 1; // "Gen ." split by the tokenizer
        }
        int gapBefore = toks.get(j + 1).from() - toks.get(j).to();
        if ((w.equals("-") || w.equals("&")) && j + 2 < end && startsName(toks.get(j + 2))
                && gapBefore == toks.get(j + 2).from() - toks.get(j + 1).to() && (gapBefore == 0 || w.equals("&"))) {
            return j + 2; // "Wal-Mart", "AT&T", "Johnson & Johnson"; not "San Jose - Cisco", a dash between two names
        }
        return -1;
    }

    /** The run's new last token when a lower-case word joins two parts of one name ("of", "'s", "Kwok-kin", "van", "and"), else -1. */
    private int joined(List<Token> toks, int i, int j, int end) {
        Token next = toks.get(j + 1);
        String w = next.text();
        if (Lexicon.is(CueRole.NAME_CONNECTOR, w) && headInRun(toks, i, j)) {
            int m = j + 2;
            if (m < end && toks.get(m).lower().equals("the")) {
                m++;
            }
            GazetteerEntry object = m < end ? lex.entry(toks.get(m).text()) : null;
            boolean farPlace = !lex.takesOf(toks.get(j).text()) && object != null && object.type() == ActorType.LOCATION;
            if (m < end && startsName(toks.get(m)) && !farPlace) { // not "University of Sheffield of the UK"
                return m;
            }
        }
        if (isPossessive(next) && j + 2 < end && lex.isNamePossessive(toks.get(j).text()) && startsName(toks.get(j + 2))) {
            return j + 2; // "Korean People's Army", "Whole Woman's Health"
        }
        if (toks.get(j).text().endsWith("-") && next.from() == toks.get(j).to() && !next.text().isEmpty()
                && Character.isLowerCase(next.text().charAt(0)) && toks.get(j).text().length() > 1
                && !Lexicon.is(CueRole.ATTRIBUTIVE, next.text())) {
            return j + 1; // "Wong Kwok-kin" as the tokenizer splits it: "Kwok-" "kin"
        }
        if (Lexicon.is(CueRole.NAME_PARTICLE, w) && isGivenName(lex, toks.get(i).text())) {
            int m = j + 2 < end && Lexicon.is(CueRole.NAME_PARTICLE, toks.get(j + 2).text()) ? j + 3 : j + 2; // "van der", "de la"
            if (m < end && startsName(toks.get(m))) {
                return m;
            }
        }
        return w.equals("and") ? joinsAnd(toks, i, j, end) : -1;
    }

    /** A given name of the short list, or of the generated one in mixed case ("Joost" of Joost van der Westhuizen). */
    static boolean isGivenName(Lexicon lex, String w) {
        return lex.isFirstName(w) || !NameShape.isAllCaps(w) && GenderReader.get().givenName(w) != null;
    }

    /** "Court of Appeals for the Fifth Circuit": an organisation or place head anywhere in the run lets "of"/"for" go on. */
    private boolean headInRun(List<Token> toks, int i, int j) {
        for (int k = j; k >= i; k--) {
            if (lex.takesOf(toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Defence and Space Company": "and" inside an organisation's name, when only the right part has its head.
     * Returns the last token of the joined name, or -1.
     */
    private int joinsAnd(List<Token> toks, int i, int j, int end) {
        if (j + 2 >= end || !startsName(toks.get(j + 2))) {
            return -1;
        }
        for (int k = i; k <= j; k++) {
            if (lex.orgWord(toks.get(k).text()) != null && j > i || lex.entry(toks.get(k).text()) != null) {
                return -1; // one word before "and" may itself be an organisation word: "Securities and Exchange Commission"
            }
        }
        if (lex.entry(Lexicon.key(toks.subList(i, j + 1))) != null || lex.isFirstName(toks.get(i).text())) {
            return -1;
        }
        int r = extend(toks, j + 2, Math.min(end, j + 2 + MAX_RUN));
        return lex.orgWord(toks.get(r).text()) != null && lex.entry(toks.get(j + 2).text()) == null ? r : -1;
    }

    static boolean isPossessive(Token t) {
        return POSSESSIVE.contains(t.text());
    }

    /** The possessive marks of common/possessives.tsv that actors reads. */
    private static Set<String> possessives() {
        Set<String> out = new HashSet<>();
        for (String[] row : LanguagePack.english().cells("common/possessives.tsv")) {
            if (!row[2].equals("-")) {
                out.add(row[0]);
            }
        }
        return Set.copyOf(out);
    }

    private static String currencySigns() {
        StringBuilder sb = new StringBuilder();
        for (String[] row : LanguagePack.english().cells("common/currency-signs.tsv")) {
            if (!row[3].equals("-")) {
                sb.append(row[0].charAt(0));
            }
        }
        return sb.toString();
    }
}
