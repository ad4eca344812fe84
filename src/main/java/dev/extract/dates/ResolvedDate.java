package dev.extract.dates;

/**
 * A date resolved but not yet numbered: its UTF-16 range in the text, its sentence, its value, the word that
 * relates it ("since") and the rule that found it. Made by {@link DateExtractor}, joined and widened by
 * {@link ClockDays} and {@link YearSpans}.
 */
record ResolvedDate(int from, int to, int sentence, Timex timex, String relation, String rule) {
}
