package dev.extract.dates;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of {@code patterns.tsv}, compiled: its name, TIMEX3 type, resolver and the named groups it fills.
 * {@code pattern} folds case the Unicode way; {@code asciiPattern} is the same expression folding ASCII only,
 * which gives the same matches (faster) on any text without a character that folds to ASCII (see RuleScanner).
 */
record Rule(String name, String type, Resolver resolver, Pattern pattern, Pattern asciiPattern, List<String> groups, int order) {
}
