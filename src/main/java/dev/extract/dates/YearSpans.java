package dev.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "from 2009 to 2011", "between 2014 and 2016": besides the two years (each with its relation), the period
 * they bound is a duration of its own, spanning the whole phrase, as MEANTIME and TimeBank's news annotate it.
 */
final class YearSpans {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** What may stand between the two years: "to", "and", a dash. */
    private final Pattern link;
    private final Lexicon words;

    YearSpans(Lexicon words) {
        this.words = words;
        this.link = Pattern.compile("\\s*(?:" + words.alternation(WordKind.SPANLINK) + "|[-–])\\s*", Pattern.CASE_INSENSITIVE);
    }

    List<ResolvedDate> find(String text, List<ResolvedDate> found) {
        List<ResolvedDate> out = new ArrayList<>();
        for (int i = 0; i + 1 < found.size(); i++) {
            ResolvedDate a = found.get(i);
            ResolvedDate b = found.get(i + 1);
            boolean opens = a.relation() != null && words.has(WordKind.SPANOPENER, a.relation());
            if (!opens || a.sentence() != b.sentence() || !YEAR.matcher(a.timex().value()).matches()
                    || !YEAR.matcher(b.timex().value()).matches() || !link.matcher(text.substring(a.to(), b.from())).matches()) {
                continue;
            }
            int years = Integer.parseInt(b.timex().value()) - Integer.parseInt(a.timex().value());
            if (years <= 0) {
                continue;
            }
            int from = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf(a.relation(), a.from());
            if (from < 0 || a.from() - from > 12) {
                from = a.from();
            }
            out.add(new ResolvedDate(from, b.to(), a.sentence(), new Timex("DURATION", "P" + years + "Y", null), null, "year-span"));
        }
        return out;
    }
}
