package dev.extract.dates;

import java.util.Map;

/** A rule's match in the text: UTF-16 range and the groups it filled. */
record Candidate(Rule rule, int from, int to, Map<String, String> groups) {
    int length() {
        return to - from;
    }

    boolean overlaps(Candidate o) {
        return from < o.to && o.from < to;
    }
}
