package dev.extract.figures;

/**
 * Outcome of reading at a word: a draft, or none, and the last word consumed either way; {@code second}
 * holds the other figure when one reading makes two ("fell from 70% to 60%": the old and the new value).
 */
record ReadResult(Draft draft, Draft second, int lastWord) {
    ReadResult(Draft draft, int lastWord) {
        this(draft, null, lastWord);
    }
}
