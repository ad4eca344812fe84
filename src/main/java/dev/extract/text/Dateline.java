package dev.extract.text;

import dev.extract.lang.LanguagePack;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a dateline — a line that only dates the article ("March 01, 2008", "Friday, July 21, 2017",
 * "2024-01-05") or the wire-style opening "LONDON, Jan 5 (Reuters) -" — and reads its calendar date.
 * Kept apart from the date extractor: this decides the reference date before any extractor runs.
 */
public final class Dateline {
    /** Month and weekday names a dateline may use (common/months.tsv, common/weekdays.tsv), by their number. */
    private static final Map<String, Integer> MONTHS = forms("common/months.tsv");
    private static final String MONTH = "(" + alternation(MONTHS) + ")\\.?";
    private static final String WEEKDAY = "(?:(?:" + alternation(forms("common/weekdays.tsv")) + "),?\\s+)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** "LONDON, Jan 5 (Reuters) -" or "WASHINGTON (AP) —": a place in capitals, maybe a date, an agency, a dash. */
    private static final Pattern WIRE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .,'-]{1,40}?(?:,\\s+[^()\\n]{3,30}?)?\\s*\\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|IANS|PTI)\\)\\s*[-–—]+\\s*");
    /** "SPRINGFIELD —" or "PORTLAND, Maine –": a place in capitals and a long dash, without an agency. */
    private static final Pattern PLACE_DASH = Pattern.compile(
            "^\\p{Lu}{2}[\\p{Lu} .'-]{1,30}(?:,\\s+\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)?\\s+[–—]\\s+");

    /**
     * A publication line: "(Published Monday, Nov. 18, 2019)", "Updated 3:15 PM EST, Nov. 18, 2019", "Posted on
     * 18 November 2019": the label, at most a clock time and a few words, then a full date.
     */
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)(?<![\\p{L}])" + PublicationLabels.LABEL + "\\b\\s*:?\\s*" + PublicationLabels.CONNECTOR
                    + "(?:\\d{1,2}(?::\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\s*[ap]\\.?m\\.?)\\s*(?:[a-z]{2,4}\\b)?\\s*,?\\s*"
                    + PublicationLabels.CONNECTOR + ")?");
    /** How far into the text a publication line is looked for: it stands with the headline and byline. */
    private static final int PUBLISHED_REACH = 2000;

    private Dateline() {
    }

    /**
     * The date of a publication line near the top of the text ("(Published Monday, Nov. 18, 2019)"), when
     * the article states one with its year.
     */
    public static Optional<LocalDate> published(String text) {
        String head = text.substring(0, Math.min(text.length(), PUBLISHED_REACH));
        Matcher m = PUBLISHED.matcher(head);
        while (m.find()) {
            int end = m.end();
            String rest = head.substring(end, Math.min(head.length(), end + 40));
            Matcher d = MONTH_DAY_YEAR.matcher(rest);
            Matcher e = DAY_MONTH_YEAR.matcher(rest);
            Matcher i = ISO.matcher(rest);
            if (d.lookingAt() || e.lookingAt() || i.lookingAt()) {
                Optional<LocalDate> date = date(rest);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** True when the whole line is a date (optionally with a weekday), with nothing else of substance. */
    static boolean isDateOnly(String line) {
        String s = line.strip();
        if (s.length() > 40) {
            return false;
        }
        return MONTH_DAY_YEAR.matcher(s).matches() || DAY_MONTH_YEAR.matcher(s).matches() || ISO.matcher(s).matches();
    }

    /** Length (UTF-16) of a wire-style dateline at the start of {@code paragraph}, or 0. */
    static int wirePrefixLength(String paragraph) {
        Matcher m = WIRE.matcher(paragraph);
        if (m.lookingAt()) {
            return m.end();
        }
        m = PLACE_DASH.matcher(paragraph);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The calendar date a dateline states, when it states a full one. */
    public static Optional<LocalDate> date(String dateline) {
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(dateline);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = DAY_MONTH_YEAR.matcher(dateline);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = ISO.matcher(dateline);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            // "February 30, 2020": not a date, so no reference date from it
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    /** The forms of a common list that a dateline reads (reader dateline), with their number. */
    private static Map<String, Integer> forms(String resource) {
        Map<String, Integer> out = new HashMap<>();
        for (String[] row : LanguagePack.english().cells(resource)) {
            if (List.of(row[3].split(",")).contains("dateline")) {
                out.put(row[0], Integer.parseInt(row[1]));
            }
        }
        return out;
    }

    /** A regex alternation of the forms, longest first. */
    private static String alternation(Map<String, Integer> forms) {
        List<String> sorted = new ArrayList<>(forms.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String form : sorted) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(form));
        }
        return sb.toString();
    }
}
