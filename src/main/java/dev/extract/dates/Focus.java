package dev.extract.dates;

import java.time.LocalDate;

/**
 * What an article is talking about at a point, as far as dates go: the quarter it last reported on (and whether
 * that was a few sentences ago), and the last period it named, for "the next year" after "August 2016".
 *
 * @param quarter    the last quarter named that was over by the article's date ("2023-Q3"), or null
 * @param quarterNear whether {@code quarter} was named in this sentence or the few before
 * @param period     the first day of the last date named with its year ("August 2016" → 2016-08-01), or null
 * @param periodUnit how precise {@code period} is: D, M, Q or Y
 */
record Focus(String quarter, boolean quarterNear, LocalDate period, String periodUnit) {
    static final Focus NONE = new Focus(null, false, null, null);
}
