package dev.extract.link;

import dev.extract.claims.Claim;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import java.util.ArrayList;
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
        // sorted starts and a per-sentence index, so each claim costs a binary search, not a scan of all facts
        List<Figure> fs = new ArrayList<>(figures);
        fs.sort(java.util.Comparator.comparingInt(Figure::start));
        List<DateMention> ds = new ArrayList<>(dates);
        ds.sort(java.util.Comparator.comparingInt(DateMention::start));
        int[] figureStarts = fs.stream().mapToInt(Figure::start).toArray();
        int[] dateStarts = ds.stream().mapToInt(DateMention::start).toArray();
        java.util.Map<Integer, List<DateMention>> bySentence = new java.util.HashMap<>();
        for (DateMention x : dates) {
            bySentence.computeIfAbsent(x.sentence(), k -> new ArrayList<>()).add(x);
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            List<String> f = new ArrayList<>();
            List<String> d = new ArrayList<>();
            if (c.content() != null) {
                int s = c.content().start();
                int e = c.content().end();
                for (int i = firstAtOrAfter(figureStarts, s); i < fs.size() && fs.get(i).start() < e; i++) {
                    if (fs.get(i).end() <= e) {
                        f.add(fs.get(i).id());
                    }
                }
                for (int i = firstAtOrAfter(dateStarts, s); i < ds.size() && ds.get(i).start() < e; i++) {
                    if (ds.get(i).end() <= e) {
                        d.add(ds.get(i).id());
                    }
                }
            }
            String date = c.date() != null ? c.date() : c.cue() == null ? null
                    : attributionDate(c, bySentence.getOrDefault(c.cue().sentence(), List.of()));
            out.add(new Claim(c.id(), c.kind(), c.speaker(), c.cue(), c.content(), c.hedged(), c.negated(),
                    date, List.copyOf(f), List.copyOf(d)));
        }
        return out;
    }

    private static int firstAtOrAfter(int[] sorted, int at) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < at) {
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
