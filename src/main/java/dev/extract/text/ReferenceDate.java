package dev.extract.text;

import java.time.LocalDate;

/**
 * The one place that decides an article's reference date, the day relative dates are resolved against.
 * Whoever reads part of an input (the command line, a record reader, the page reader, the segmenter)
 * {@linkplain #offer offers} the dates it finds as {@link Evidence}; the kind listed first wins, whatever the
 * order of the offers. Immutable.
 */
public record ReferenceDate(LocalDate date, Evidence evidence) {
    /** No date known yet. */
    public static final ReferenceDate NONE = new ReferenceDate(null, null);

    /**
     * Where a date can come from, strongest first, and what {@code referenceDateSource} reports for it:
     * option &gt; input record &gt; HTML metadata &gt; dateline &gt; publication line.
     */
    public enum Evidence {
        /** {@code --reference-date}, or the date a library caller passes. */
        OPTION(ReferenceDateSource.OPTION),
        /** The input record's own date field (a JSON Lines line, a JSON or CSV record). */
        INPUT_FIELD(ReferenceDateSource.INPUT),
        /** The publication date of a web page held in a record's text field ({@code --html}); reported as the record's. */
        PAGE_IN_RECORD(ReferenceDateSource.INPUT),
        /** A web page's publication date from its metadata. */
        PAGE_METADATA(ReferenceDateSource.HTML),
        /** When a web archive captured the page (WARC-Date): weaker than a date the page states. */
        CAPTURE(ReferenceDateSource.INPUT),
        /** A dateline in the text ("WASHINGTON, March 3 (Reuters) -"). */
        DATELINE(ReferenceDateSource.DATELINE),
        /** A publication line in the text ("(Published Monday, Nov. 18, 2019)"). */
        PUBLISHED_LINE(ReferenceDateSource.PUBLISHED);

        private final ReferenceDateSource reported;

        Evidence(ReferenceDateSource reported) {
            this.reported = reported;
        }

        /** The evidence a caller that already names the output source means; OPTION when it names none. */
        public static Evidence reportedAs(ReferenceDateSource source) {
            if (source == null) {
                return OPTION;
            }
            for (Evidence e : values()) {
                if (e.reported == source) {
                    return e; // the first, strongest kind reported that way
                }
            }
            throw new IllegalArgumentException(source.toString());
        }
    }

    /** {@code date} as {@code evidence}; NONE when the date is null. */
    public static ReferenceDate of(Evidence evidence, LocalDate date) {
        return NONE.offer(evidence, date);
    }

    /** This, or {@code date} when it is not null and its evidence is stronger than what is known. */
    public ReferenceDate offer(Evidence kind, LocalDate candidate) {
        return candidate != null && wants(kind) ? new ReferenceDate(candidate, kind) : this;
    }

    /** Whether a date of this kind would win: lets a caller skip looking for one that cannot. */
    public boolean wants(Evidence kind) {
        return evidence == null || kind.compareTo(evidence) < 0;
    }

    /** What the output's {@code referenceDateSource} says; null when there is no date. */
    public ReferenceDateSource source() {
        return evidence == null ? null : evidence.reported;
    }
}
