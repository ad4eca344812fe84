package dev.extract.actors;

import dev.extract.text.Sentence;
import dev.extract.text.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines that place and credit a story: datelines ("LONDON, Dec 20 (Reuters) -", "SPRINGFIELD —") and
 * bylines ("By MARIA DELGADO"). Their capitals say place or writer, not what they would say in a sentence.
 * Stateless; shared by all threads through its {@link NameFinder}.
 */
final class DatelineReader {
    private static final int MAX_BYLINE = 16;
    private static final Set<String> LONG_DASHES = Set.of("—", "–", "--");
    /** An ISO date, or its start where the tokenizer cut it ("1996-08-" "22"). */
    private static final Pattern ISO_DATE = Pattern.compile("[12][0-9]{3}-[01][0-9]-(?:[0-3][0-9])?");

    private final Lexicon lex;
    private final NameFinder finder;

    DatelineReader(Lexicon lex, NameFinder finder) {
        this.lex = lex;
        this.finder = finder;
    }

    /**
     * A dateline ("LONDON, Dec 20 (Reuters) -", "PORTLAND, Maine -"): its names outside brackets are places
     * whatever their case; a name in brackets is the agency that filed the story.
     */
    void dateline(List<Token> toks, int from, int end, List<Candidate> out) {
        int depth = 0;
        int i = from;
        while (i < end) {
            Token t = toks.get(i);
            depth += t.text().equals("(") ? 1 : t.text().equals(")") ? -1 : 0;
            if (!finder.startsName(t)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < end && finder.startsName(toks.get(j + 1))) {
                j++;
            }
            String key = Lexicon.key(toks.subList(i, j + 1));
            String written = NameShape.isAllCaps(key) && key.length() > 3 ? wordCase(key) : key;
            GazetteerEntry e = lex.entry(key) != null ? lex.entry(key) : lex.entry(written);
            if (depth > 0) {
                out.add(new Candidate(i, j, key, CandidateKind.NAME, e, false, null, false, null, false, null, e == null, false));
            } else if (e != null) {
                boolean place = e.type() == ActorType.LOCATION;
                out.add(new Candidate(i, j, place ? written : key, CandidateKind.NAME, e, false, null, false, null, false, null, false, place));
            } else {
                out.add(new Candidate(i, j, written, CandidateKind.NAME, null, false, null, false, null, false, null, false, true));
            }
            i = j + 1;
        }
    }

    /**
     * The end (exclusive) of a dateline that opens a body sentence, "SPRINGFIELD —" or "PORTLAND, Maine –": a
     * place in capitals, perhaps a comma and a capitalised region, then a long dash or an ISO date
     * ("CARLSBAD, Calif. 1996-08-24"). -1 if there is none.
     */
    int datelineOpening(List<Token> toks, Sentence s) {
        int k = s.firstToken();
        int end = Math.min(s.endToken(), k + NameFinder.MAX_RUN);
        while (k < end && NameShape.isAllCaps(toks.get(k).text()) && Character.isLetter(toks.get(k).text().charAt(0))) {
            k++;
        }
        if (k == s.firstToken() || toks.get(s.firstToken()).text().length() < 2) {
            return -1;
        }
        GazetteerEntry known = lex.entry(Lexicon.key(toks.subList(s.firstToken(), k)));
        if (known != null && known.type() != ActorType.LOCATION) {
            return -1; // "NATO — the alliance — met": a known organisation, not a dateline
        }
        if (k < end && toks.get(k).text().equals(",")) {
            k++;
            int region = k;
            while (k < end && k - region < 3 && toks.get(k).isCapitalised()) {
                k++;
            }
            if (k == region) {
                return -1;
            }
        }
        if (k < end && ISO_DATE.matcher(toks.get(k).text()).matches()) {
            return k; // "BRUSSELS 1996-08-22": a place and the story's date on their own line
        }
        return k < end && LONG_DASHES.contains(toks.get(k).text()) ? k + 1 : -1;
    }

    /** "By MARIA DELGADO", "By Jane Roe and Zorba Quint, Reuters": a short line crediting the writers. */
    static boolean isByline(List<Token> toks, Sentence s) {
        int n = s.endToken() - s.firstToken();
        if (n < 3 || n > MAX_BYLINE || !Lexicon.is(CueRole.BYLINE_OPENER, toks.get(s.firstToken()).text())) {
            return false;
        }
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            Token t = toks.get(k);
            if (!t.isCapitalised() && !t.isPunctuation() && !Lexicon.is(CueRole.BYLINE_GLUE, t.text())) {
                return false;
            }
        }
        return true;
    }

    /** The writers of a byline are people (a known name there, "Reuters", keeps its own type); marked as credits. */
    void byline(List<Token> toks, Sentence s, List<Candidate> out) {
        int i = s.firstToken() + 1;
        while (i < s.endToken()) {
            if (!finder.isNameToken(toks.get(i))) {
                i++;
                continue;
            }
            int j = lastNameToken(toks, i, s.endToken());
            String key = Lexicon.key(toks.subList(i, j + 1));
            GazetteerEntry e = lex.entry(key);
            out.add(new Candidate(i, j, key, CandidateKind.NAME, e, false, null, e == null && j > i, null, true, null));
            i = j + 1;
        }
    }

    /** The last of the run of name tokens that opens at {@code i}, before {@code end}. */
    private int lastNameToken(List<Token> toks, int i, int end) {
        int j = i;
        while (j + 1 < end && finder.isNameToken(toks.get(j + 1))) {
            j++;
        }
        return j;
    }

    /** Photo credits: all-caps names are photographers, names after "via" or "/" agencies. */
    void credits(List<Token> toks, Sentence s, List<Candidate> out) {
        int i = s.firstToken();
        while (i < s.endToken()) {
            Token t = toks.get(i);
            if (!finder.isNameToken(t) || lex.isNonName(t.text())) {
                i++;
                continue;
            }
            int j = lastNameToken(toks, i, s.endToken());
            String key = Lexicon.key(toks.subList(i, j + 1));
            boolean allCaps = NameShape.isAllCaps(key.replace(" ", ""));
            boolean agency = i > s.firstToken() && Lexicon.is(CueRole.AGENCY_LINK, toks.get(i - 1).lower());
            GazetteerEntry e = lex.entry(key);
            if (agency || e != null) {
                out.add(new Candidate(i, j, key, CandidateKind.NAME, e, false, null, false, null, true, null));
            } else if (allCaps && j > i) {
                out.add(new Candidate(i, j, key, CandidateKind.NAME, null, false, null, true, null, true, null));
            }
            i = j + 1;
        }
    }

    /** "NEW YORK" → "New York", "WILKES-BARRE" → "Wilkes-Barre". */
    static String wordCase(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        boolean start = true;
        for (int k = 0; k < caps.length(); k++) {
            char c = caps.charAt(k);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return b.toString();
    }
}
