package dev.extract.dates;

import java.util.List;
import java.util.regex.Pattern;

/** One row of {@code patterns.tsv}, compiled: its name, TIMEX3 type, resolver and the named groups it fills. */
record Rule(String name, String type, String resolver, Pattern pattern, List<String> groups, int order) {
}
