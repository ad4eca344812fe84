/**
 * The language pack: every word list and pattern table the extractors read, one folder per language under
 * {@code /dev/extract/lang/<tag>/} on the class path ({@code en}: English; {@code en-GB}: an overlay whose
 * files replace or extend the base language's). This package depends on nothing else of ours, so any
 * feature may read it and no word list needs a home of its own beside a feature's classes.
 */
package dev.extract.lang;
