package dev.extract.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stretch of text into {@link Word}s in one linear pass (no regular expressions). A word is a run of
 * letters and digits that may hold a separator between digits ("302,000", "4.6", "7/8/07", "6:40"), a hyphen
 * or en dash between letters or digits ("twenty-five", "15–20"), and a currency letter prefix ("US$"). Any
 * other non-space character is a word of its own. A whitespace-delimited chunk that looks like a URL or an
 * e-mail address is one word marked {@code url}, so no number inside it becomes a figure.
 */
final class WordScanner {

    private WordScanner() {
    }

    static List<Word> scan(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        int chunkEnd = from; // end of the current whitespace-delimited chunk, found once per chunk
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (i >= chunkEnd) {
                chunkEnd = i;
                while (chunkEnd < to && !Character.isWhitespace(text.charAt(chunkEnd))) {
                    chunkEnd++;
                }
                if (looksLikeUrl(text, i, chunkEnd)) {
                    out.add(new Word(i, chunkEnd, text.substring(i, chunkEnd), true));
                    i = chunkEnd;
                    continue;
                }
            }
            int end = wordEnd(text, i, to);
            out.add(new Word(i, end, text.substring(i, end), false));
            i = end;
        }
        return out;
    }

    private static int wordEnd(String text, int i, int to) {
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
            return i + 1;
        }
        int j = i + 1;
        while (j < to) {
            char d = text.charAt(j);
            char prev = text.charAt(j - 1);
            char next = j + 1 < to ? text.charAt(j + 1) : ' ';
            if (Character.isLetterOrDigit(d)) {
                j++;
            } else if ((d == ',' || d == '.' || d == '/' || d == ':') && Character.isDigit(prev) && Character.isDigit(next)) {
                j++;
            } else if ((d == '-' || d == '\u2013') && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                j++;
            } else if (d == '$' && allUpperLetters(text, i, j) && j - i <= 3) {
                return j + 1; // "US$", "A$", "HK$"
            } else if (d == '.' && allUpperLetters(text, i, j) && j - i == 1 && next != ' ') {
                j++; // "U.S."-like abbreviations stay whole
            } else if (d == '.' && j - i == 1 && Character.isLowerCase(prev) && Character.isLowerCase(next)
                    && j + 2 < to && text.charAt(j + 2) == '.') {
                return j + 3; // "a.m.", "p.m.", "e.g." stay whole, closing dot included
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean allUpperLetters(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (!(Character.isUpperCase(ch) || ch == '.')) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean looksLikeUrl(String text, int from, int to) {
        String chunk = text.substring(from, to);
        return chunk.contains("://") || chunk.startsWith("www.") || (chunk.indexOf('@') > 0 && chunk.indexOf('.') > 0);
    }
}
