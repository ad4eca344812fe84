package dev.extract.actors;

import dev.extract.text.OrdinalSuffixes;
import dev.extract.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rows of sports results, standings and fixtures ("BOSTON 6 Oakland 4", "Cardiff 3 1 1 1 1 2 4", "CHICAGO AT
 * ATLANTA"): a line of names and numbers with no prose in it. A name that opens such a row or follows a score,
 * and is itself followed by a score or a "v"/"at", is a team, whatever a gazetteer says of the city it is named
 * after. One instance per article: it remembers which sentences are rows.
 */
final class ResultsRows {
    /** A score or a table figure: "6", "343-8", "10.10", ".511", "1/2"; not an ordinal ("52nd"), a date or bowling figures ("10-1-36-2"). */
    private static final Pattern SCORE = Pattern.compile("(?![12][0-9]{3}-[01][0-9]-[0-3][0-9]$)[0-9]*[.]?[0-9]+(?:[-./][0-9]+)?");
    private static final int MAX_BRACKET = 5;
    /** A standings row gives a team three or more figures ("Volendam 3 0 1 2 2 7 1"). */
    private static final int MIN_STANDING_FIGURES = 3;
    /** A goal's minute ("42nd"): what follows a scorer's name. */
    static final Pattern PLAYER_FIGURE = Pattern.compile("[0-9]+" + OrdinalSuffixes.GROUP);

    private final List<Token> toks;
    private final Map<Integer, Boolean> rows = new HashMap<>();

    ResultsRows(List<Token> toks) {
        this.toks = toks;
    }

    /** Whether the name {@code [first, last]} stands as a team in a results row. */
    boolean isTeam(int first, int last) {
        if (!isRow(toks.get(first).sentence(), first)) {
            return false;
        }
        Token before = first > 0 && toks.get(first - 1).sentence() == toks.get(first).sentence() ? toks.get(first - 1) : null;
        boolean opens = before == null || SCORE.matcher(before.text()).matches() || before.text().equals(")")
                || before.text().equals(":") || Lexicon.is(CueRole.VERSUS, before.text());
        int next = last + 1;
        if (next < toks.size() && toks.get(next).text().equals("(")) {
            int close = next + 1;
            while (close < toks.size() && close - next <= MAX_BRACKET && !toks.get(close).text().equals(")")) {
                close++;
            }
            next = close + 1; // "Nyva Vinnytsya ( Ukraine ) 1": the country in brackets is skipped
        }
        boolean scored = next < toks.size() && toks.get(next).sentence() == toks.get(first).sentence()
                && (SCORE.matcher(toks.get(next).text()).matches() || Lexicon.is(CueRole.VERSUS, toks.get(next).text()));
        return opens && (scored || before != null && Lexicon.is(CueRole.VERSUS, before.text()));
    }

    /**
     * "Peterborough 2 Crewe 2", "Volendam 3 0 1 2 2 7 1": a lone word opening a sentence {@code [i, end)} and followed
     * by a score, in a line with no prose, and with an opponent or three figures. Scans the sentence once; called for
     * sentence openings only.
     */
    static boolean opensRow(List<Token> toks, int i, int end) {
        if (i + 1 >= end || !SCORE.matcher(toks.get(i + 1).text()).matches()) {
            return false;
        }
        int scores = 0;
        boolean opponent = false;
        for (int k = i + 1; k < end; k++) {
            String w = toks.get(k).text();
            if (w.length() > 1 && w.equals(toks.get(k).lower()) && Character.isLetter(w.charAt(0)) && !Lexicon.is(CueRole.ROW_WORD, w)) {
                return false;
            }
            scores += SCORE.matcher(w).matches() ? 1 : 0;
            opponent |= toks.get(k).isCapitalised();
        }
        return opponent || scores >= MIN_STANDING_FIGURES; // not a label: "Halftime 0-0", "Attendance 25,000"
    }

    /** "6", "343-8", "10.10": a score or a table figure. */
    static boolean isScore(String w) {
        return SCORE.matcher(w).matches();
    }

    /** "2 Crewe 2": a lone word between two scores of one sentence, whatever the tagger calls it. */
    static boolean betweenScores(List<Token> toks, int i) {
        return i > 0 && i + 1 < toks.size() && toks.get(i - 1).sentence() == toks.get(i).sentence()
                && toks.get(i + 1).sentence() == toks.get(i).sentence()
                && SCORE.matcher(toks.get(i - 1).text()).matches() && SCORE.matcher(toks.get(i + 1).text()).matches();
    }

    /** Whether the name {@code [first, last]} stands as a player: a goal's minute after it, a scorecard mark before. */
    boolean isPlayer(int first, int last) {
        int sentence = toks.get(first).sentence();
        boolean figure = last + 1 < toks.size() && toks.get(last + 1).sentence() == sentence
                && PLAYER_FIGURE.matcher(toks.get(last + 1).text()).matches();
        boolean marked = first > 0 && toks.get(first - 1).sentence() == sentence && Lexicon.is(CueRole.SCORECARD_MARK, toks.get(first - 1).text())
                && isRow(sentence, first);
        return figure || marked;
    }

    /** A row has a number or a "v"/"at", and no lower-case word of two letters or more beyond those. */
    private boolean isRow(int sentence, int at) {
        return rows.computeIfAbsent(sentence, s -> {
            int from = at;
            while (from > 0 && toks.get(from - 1).sentence() == s) {
                from--;
            }
            boolean marker = false;
            for (int k = from; k < toks.size() && toks.get(k).sentence() == s; k++) {
                String w = toks.get(k).text();
                if (Lexicon.is(CueRole.ROW_WORD, w) || Lexicon.is(CueRole.VERSUS, w) || SCORE.matcher(w).matches()) {
                    marker = true;
                } else if (w.length() > 1 && w.equals(toks.get(k).lower()) && Character.isLetter(w.charAt(0))) {
                    return false;
                }
            }
            return marker;
        });
    }
}
