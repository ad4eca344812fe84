package dev.extract.text;

import dev.extract.lang.LanguagePack;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the text into {@link Block}s: paragraphs at blank lines; inside a paragraph, a new block at each
 * line that reads as finished (hard-wrapped lines are joined) and around page furniture; then marks the
 * headline and the dateline. Offsets are UTF-16 indices; the text is never changed.
 */
final class Layout {
    /** Every furniture pattern as one alternation: one match per line instead of one per pattern. */
    private static final Pattern FURNITURE = loadFurniture();
    private static final int MAX_HEADLINE_CHARS = 250;
    private static final int WRAPPED_LINE_MIN = 50;

    private Layout() {
    }

    private record Line(int from, int to, int paragraph) {
    }

    static List<Block> blocks(String text) {
        List<Line> lines = lines(text);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line first = lines.get(i);
            String firstText = text.substring(first.from, first.to);
            if (isFurniture(firstText)) {
                blocks.add(new Block(blocks.size(), first.paragraph, first.from, first.to, Block.Kind.FURNITURE));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && lines.get(j).paragraph == first.paragraph
                    && continues(text.substring(lines.get(j - 1).from, lines.get(j - 1).to),
                                 text.substring(lines.get(j).from, lines.get(j).to))) {
                j++;
            }
            addBody(text, blocks, first.paragraph, first.from, lines.get(j - 1).to);
            i = j;
        }
        markHeadline(text, blocks, lines);
        return blocks;
    }

    /** A body block, with a wire-style dateline ("LONDON, Jan 5 (Reuters) -") cut off its front. */
    private static void addBody(String text, List<Block> blocks, int paragraph, int from, int to) {
        String body = text.substring(from, to);
        // only the first few blocks can be a dateline: a date line, a place-and-dash opening, or both
        boolean early = paragraph <= 3 && blocks.size() < 8;
        // looked up only among the first few blocks: a scan of all blocks per block made layout quadratic
        if (early && blocks.stream().noneMatch(b -> b.kind() == Block.Kind.DATELINE) && Dateline.isDateOnly(body)) {
            blocks.add(new Block(blocks.size(), paragraph, from, to, Block.Kind.DATELINE));
            return;
        }
        int wire = early ? Dateline.wirePrefixLength(body) : 0;
        if (wire > 0 && wire < body.length()) {
            int end = from + wire;
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            blocks.add(new Block(blocks.size(), paragraph, from, end, Block.Kind.DATELINE));
            from += wire;
        }
        blocks.add(new Block(blocks.size(), paragraph, from, to, Block.Kind.BODY));
    }

    /** A hard-wrapped line goes on: it is long, stops mid-sentence, and the next starts in lower case or a digit. */
    private static boolean continues(String previous, String next) {
        if (previous.length() < WRAPPED_LINE_MIN || isFurniture(next)) {
            return false;
        }
        int last = previous.codePointBefore(previous.length());
        int firstNext = next.codePointAt(0);
        boolean openEnded = Character.isLetterOrDigit(last) || last == ',' || last == ';' || last == '-';
        return openEnded && !Character.isUpperCase(firstNext) || openEnded && previous.length() >= 60;
    }

    /** The first paragraph is the headline when it is one short line without a closing full stop. */
    private static void markHeadline(String text, List<Block> blocks, List<Line> lines) {
        if (blocks.size() < 2 || lines.isEmpty()) {
            return;
        }
        Block first = blocks.get(0);
        if (first.kind() != Block.Kind.BODY || first.paragraph() != 0 || blocks.get(1).paragraph() == 0) {
            return;
        }
        String s = text.substring(first.from(), first.to());
        if (s.length() > MAX_HEADLINE_CHARS || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.endsWith(".")
                || s.chars().filter(Character::isLetter).count() < 3) {
            return;
        }
        blocks.set(0, new Block(0, 0, first.from(), first.to(), Block.Kind.HEADLINE));
    }

    static boolean isFurniture(String line) {
        return FURNITURE.matcher(line.strip()).matches();
    }

    /** Non-blank lines, trimmed of surrounding white space (and a BOM), each with its paragraph number. */
    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int paragraph = 0;
        boolean blankSinceLast = false;
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int eol = pos;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            int from = pos;
            int to = eol;
            while (from < to && isSpace(text.charAt(from))) {
                from++;
            }
            while (to > from && isSpace(text.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                blankSinceLast = true;
            } else {
                if (blankSinceLast && !out.isEmpty()) {
                    paragraph++;
                }
                blankSinceLast = false;
                out.add(new Line(from, to, paragraph));
            }
            if (eol >= n) {
                break;
            }
            pos = eol + (text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n' ? 2 : 1);
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0' || c == '\u200B';
    }

    // Each row compiles alone first, so a bad row fails by itself; then all join as (?:row1)|(?:row2)|...
    private static Pattern loadFurniture() {
        List<String> rows = LanguagePack.english().cells("text/furniture.tsv").stream()
                .map(row -> Pattern.compile(row[0].strip()).pattern())
                .map(row -> "(?:" + row + ")")
                .toList();
        return Pattern.compile(String.join("|", rows), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
