package dev.extract.link;

import dev.extract.claims.Claim;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where facts meet: each claim lists the figures and dates that lie inside its content, and takes as its own
 * date the date the attribution gives ("said in December", "estimates from November"): a calendar date in
 * the cue's sentence, outside the content and on the attribution's side of it, the nearest to the cue.
 */
public final class Linker {
    private Linker() {
    }

    public static List<Claim> link(List<Claim> claims, List<Figure> figures, List<DateMention> dates) {
        // sorted copies searched by binary search: a scan of every fact per claim was quadratic
        List<Figure> figs = new ArrayList<>(figures);
        figs.sort(Comparator.comparingInt(Figure::start));
        List<DateMention> ds = new ArrayList<>(dates);
        ds.sort(Comparator.comparingInt(DateMention::start));
        int[] figStarts = figs.stream().mapToInt(Figure::start).toArray();
        int[] dateStarts = ds.stream().mapToInt(DateMention::start).toArray();
        List<DateMention> bySentence = new ArrayList<>(dates);
        bySentence.sort(Comparator.comparingInt(DateMention::sentence).thenComparingInt(DateMention::start));
        int[] sentences = bySentence.stream().mapToInt(DateMention::sentence).toArray();
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            List<String> f = new ArrayList<>();
            List<String> d = new ArrayList<>();
            if (c.content() != null) {
                int s = c.content().start();
                int e = c.content().end();
                for (int i = firstAtLeast(figStarts, s); i < figs.size() && figStarts[i] < e; i++) {
                    if (figs.get(i).end() <= e) {
                        f.add(figs.get(i).id());
                    }
                }
                for (int i = firstAtLeast(dateStarts, s); i < ds.size() && dateStarts[i] < e; i++) {
                    if (ds.get(i).end() <= e) {
                        d.add(ds.get(i).id());
                    }
                }
            }
            String date = c.date() != null ? c.date() : c.cue() == null ? null
                    : attributionDate(c, sameSentence(bySentence, sentences, c.cue().sentence()));
            out.add(new Claim(c.id(), c.kind(), c.speaker(), c.cue(), c.content(), c.hedged(), c.negated(),
                    date, List.copyOf(f), List.copyOf(d)));
        }
        return out;
    }

    private static List<DateMention> sameSentence(List<DateMention> bySentence, int[] sentences, int sentence) {
        int from = firstAtLeast(sentences, sentence);
        int to = firstAtLeast(sentences, sentence + 1);
        return bySentence.subList(from, to);
    }

    /** Index of the first value at least {@code key} in a sorted array (its length when none is). */
    private static int firstAtLeast(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The value of the date that dates the attribution of {@code c}, or null. */
    static String attributionDate(Claim c, List<DateMention> dates) {
        if (c.cue() == null || c.content() == null) {
            return null;
        }
        Claim.Cue cue = c.cue();
        Claim.Content content = c.content();
        boolean contentAfter = content.start() >= cue.end();
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention x : dates) {
            if (x.sentence() != cue.sentence() || !"DATE".equals(x.type()) || x.value() == null) {
                continue;
            }
            boolean outside = contentAfter ? x.end() <= content.start() : x.start() >= content.end()
                    || content.sentence() != cue.sentence();
            if (!outside) {
                continue;
            }
            int distance = x.start() >= cue.end() ? x.start() - cue.end() : cue.start() - x.end();
            if (distance < bestDistance) {
                best = x;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.value();
    }
}
