package dev.extract.dates;

/** A resolved TIMEX3: type, value and mod (null when none). */
record Timex(String type, String value, String mod) {
    Timex withMod(String m) {
        return new Timex(type, value, m);
    }

    Timex withType(String t) {
        return new Timex(t, value, mod);
    }
}
