package dev.extract.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes article text with facts as {@code <mark>} elements. Facts overlap (a figure inside a claim, an
 * actor inside a date's span, two claims sharing words), so marks are nested where spans nest and split
 * where they cross: at every span boundary the marks that end are closed, with any opened inside them,
 * and those still running are reopened as continuation fragments (class {@code cont}, no id, no tab stop).
 * Offsets are code points. Cost: one pass over the text, times the nesting depth at each boundary.
 */
final class HtmlMarks {
    /** One fact's span; {@code attributes} are the mark's attributes after class (escaped already). */
    record Span(int start, int end, String kind, int rank, String attributes, String firstAttributes) {
    }

    // Outer first: earlier start, then longer, then the kind's rank (claims around actors around figures).
    private static final Comparator<Span> NESTING = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparingInt(Span::rank);

    private HtmlMarks() {
    }

    static void write(StringBuilder out, String text, List<Span> spans) {
        int[] cps = text.codePoints().toArray();
        List<Span> sorted = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() >= 0 && s.end() <= cps.length && s.start() < s.end()) {
                sorted.add(s);
            }
        }
        sorted.sort(NESTING);
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Span s : sorted) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        cuts.add(cps.length);
        new Writer(out).write(cps, sorted, cuts);
    }

    /** The state of one pass: the marks open now and the spans covering the current position. */
    private static final class Writer {
        private final StringBuilder out;
        private final List<Span> open = new ArrayList<>();   // outermost first
        private final List<Span> active = new ArrayList<>(); // in nesting order
        private final Set<Span> begun = new HashSet<>();

        Writer(StringBuilder out) {
            this.out = out;
        }

        void write(int[] cps, List<Span> sorted, TreeSet<Integer> cuts) {
            int next = 0; // index into sorted of the next span to start
            int pos = 0;
            for (int cut : cuts) {
                if (cut > pos) {
                    openActive();
                    for (int i = pos; i < cut; i++) {
                        Html.appendEscaped(out, cps[i]);
                    }
                    pos = cut;
                }
                closeEndingAt(cut);
                active.removeIf(s -> s.end() <= cut);
                while (next < sorted.size() && sorted.get(next).start() == cut) {
                    active.add(sorted.get(next++));
                }
                active.sort(NESTING);
                // defensive: the open marks must stay the outer part of the active ones, else reopen them all
                if (!isPrefix(open, active)) {
                    closeFrom(0);
                }
            }
            closeFrom(0);
        }

        // A span opened before is reopened as a continuation: no id, no tab stop.
        private void openActive() {
            for (Span s : active) {
                if (!open.contains(s)) {
                    open.add(s);
                    boolean first = begun.add(s);
                    out.append("<mark class=\"fact ").append(s.kind()).append(first ? "\"" : " cont\"")
                            .append(first ? s.firstAttributes() : s.attributes()).append('>');
                }
            }
        }

        // Closes the outermost mark ending here and everything opened inside it.
        private void closeEndingAt(int cut) {
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).end() <= cut) {
                    closeFrom(i);
                    return;
                }
            }
        }

        private void closeFrom(int index) {
            for (int i = open.size() - 1; i >= index; i--) {
                out.append("</mark>");
                open.remove(i);
            }
        }
    }

    private static boolean isPrefix(List<Span> open, List<Span> active) {
        if (open.size() > active.size()) {
            return false;
        }
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i) != active.get(i)) {
                return false;
            }
        }
        return true;
    }
}
