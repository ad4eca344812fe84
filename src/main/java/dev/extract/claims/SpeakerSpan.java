package dev.extract.claims;

/** A speaker as reported: its UTF-16 range and whether it is a pronoun. */
record SpeakerSpan(int from, int to, boolean pronoun) {
}
