package dev.extract.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "The day before last Tuesday's hearing", "the day after Christmas": a day counted from a day named right after
 * it is one expression, as TimeML annotates it, its value that day moved by one; the named day's own mention goes.
 */
final class CountedDays {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern GAP = Pattern.compile("\\s+");
    /** The rule of "the day before" / "the day after" (patterns.tsv). */
    private static final String COUNTED = "day-before";

    private CountedDays() {
    }

    /** One pass that copies the list: linear. */
    static void join(String text, Lexicon words, List<ResolvedDate> found) {
        List<ResolvedDate> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            ResolvedDate f = found.get(i);
            ResolvedDate d = i + 1 < found.size() ? found.get(i + 1) : null;
            if (d != null && COUNTED.equals(f.rule()) && d.from() >= f.to() && d.timex().type().equals("DATE")
                    && DAY.matcher(d.timex().value()).matches() && GAP.matcher(text).region(f.to(), d.from()).matches()) {
                String[] phrase = GAP.split(text.substring(f.from(), f.to()));
                String dir = phrase[phrase.length - 1];
                LocalDate day = LocalDate.parse(d.timex().value()).plusDays(words.number(WordKind.DIRECTION, dir));
                out.add(new ResolvedDate(f.from(), d.to(), f.sentence(), new Timex("DATE", day.toString(), null), f.relation(), f.rule()));
                i++; // the day named is part of the expression now
            } else {
                out.add(f);
            }
        }
        found.clear();
        found.addAll(out);
    }
}
