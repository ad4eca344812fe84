package dev.extract.view;

import dev.extract.actors.Actor;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** Short readable forms of normalised values, for people: "≈302,000", "USD 95,000,000", "2024-01-04". */
final class Normalised {
    private static final Map<String, String> QUALIFIER = Map.of(
            "approximately", "≈", "moreThan", ">", "atLeast", "≥", "lessThan", "<", "atMost", "≤",
            "upTo", "≤", "justUnder", "<", "justOver", ">", "exactly", "=");

    private Normalised() {
    }

    static String figure(Figure f) {
        String amount = f.value() != null ? number(f.value())
                : f.low() != null || f.high() != null ? range(f.low(), f.high())
                : f.score() != null ? score(f.score()) : "?";
        String q = f.qualifier() == null ? "" : QUALIFIER.getOrDefault(f.qualifier(), "");
        String unit = switch (f.kind()) {
            case "percent" -> "%";
            case "percentagePoints" -> " pp";
            case "multiplier" -> "×";
            default -> f.unit() == null ? "" : " " + f.unit();
        };
        String currency = f.currency() == null ? "" : f.currency() + " ";
        return q + currency + amount + unit + " · " + f.kind();
    }

    /** "7–6 (5)": the sides in the order written, then the tie-break. */
    private static String score(Figure.ScoreSides score) {
        StringBuilder out = new StringBuilder();
        for (BigDecimal side : score.sides()) {
            out.append(out.length() == 0 ? "" : "–").append(number(side));
        }
        return score.tiebreak() == null ? out.toString() : out + " (" + number(score.tiebreak()) + ")";
    }

    private static String range(BigDecimal low, BigDecimal high) {
        return (low == null ? "" : number(low)) + "–" + (high == null ? "" : number(high));
    }

    static String number(BigDecimal d) {
        // a new format each call: DecimalFormat is not thread-safe and renderers run on worker threads
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return d.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0 ? format.format(d) : d.toPlainString();
    }

    static String date(DateMention d) {
        return d.value() + (d.mod() == null ? "" : " " + d.mod()) + " · " + d.type();
    }

    static String actor(Actor a) {
        return a.name() + " · " + a.type() + (a.subtype() == null ? "" : " (" + a.subtype() + ")");
    }

    /** Text for one line on a terminal: control characters (an escape sequence in the article) become spaces. */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return out.toString();
    }
}
